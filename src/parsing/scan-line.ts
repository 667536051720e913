/**
 * One pass over a line's content that answers both questions cleaning asks of every line: does
 * it need cleanLine's character-by-character pass (markup, escapes, odd whitespace, control
 * characters, surrogates), and may it be or hold page furniture (what dropFurniture looks for)?
 * These used to be three regex scans a line (the plain-line class, the furniture hint and the
 * footer hint); most characters are neither, so one table lookup each settles them.
 */

/** scanLine's answer for a line that needs cleanLine: its furniture hint is read from the cleaned text. */
export const NEEDS_CLEANING = 2;

/** What a character means to scanLine; 0 is an ordinary character. */
const MARKUP = 1;
const SPACE = 2;
const HINT = 3;

/**
 * The meaning of every UTF-16 code unit, so the loop needs no range checks: MARKUP for what sends
 * a line to cleanLine (whitespace other than a space, Markdown markup and escapes, `$`/`#`
 * signature residue, control characters, surrogates: a lone one must read as U+FFFD), SPACE for
 * a space (two in a row need folding), HINT for a character furnitureAt checks around: a digit,
 * ".", "c", "f", "h" (rare letters, so few characters stop the loop) and the whitespace that `\s`
 * in dropFurniture's inline patterns matches but cleaning does not fold.
 */
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 32; c++) KIND[c] = MARKUP;
for (const c of '\\*_[]<$#|') KIND[c.charCodeAt(0)] = MARKUP;
for (const c of [0xa0, 0xfeff, 0x202f, 0x3000, 0xfffd]) KIND[c] = MARKUP;
KIND.fill(MARKUP, 0x2000, 0x200c);
KIND.fill(MARKUP, 0xd800, 0xe000);
KIND[32] = SPACE;
for (const c of '0123456789.cCfFhH') KIND[c.charCodeAt(0)] = HINT;
for (const c of [0x1680, 0x2028, 0x2029, 0x205f]) KIND[c] = HINT;

/**
 * Reads line content codes[from, to) (the input's UTF-16 code units, trimmed: it neither starts
 * nor ends with whitespace) in one pass. NEEDS_CLEANING when it holds markup, odd whitespace, a
 * control character or two spaces in a row; otherwise the line is its own cleaned text, and the
 * answer is 1 when it may be or hold page furniture (see furnitureHint), else 0.
 */
export function scanLine(codes: Uint16Array, from: number, to: number): number {
  let hint = furnitureAtStart(codes, from, to);
  for (let p = from; p < to; p++) {
    const kind = KIND[codes[p]!]!;
    if (kind === 0) continue;
    if (kind === MARKUP) return NEEDS_CLEANING;
    if (kind === SPACE) {
      // Not the last character (the line is trimmed), so p + 1 is inside it.
      if (codes[p + 1] === 32) return NEEDS_CLEANING;
    } else if (!hint) hint = furnitureAt(codes, p, from, to);
  }
  return hint ? 1 : 0;
}

/**
 * Whether cleaned line codes[from, to) may be page furniture or hold some. A superset of what
 * dropFurniture drops or edits: every line it says no to would pass its checks unchanged, so it
 * is kept as it is. It finds what these patterns (case-insensitive) would, and a little more:
 * `- ?\d|ditandatangani secara elektronik|^\d{1,4} ?-?$|araf|pihak i|halaman|camscanner|page \d|
 * ^(?:[\w-]+\.)+go\.id`, a footer's continuation lines (`^(?:diterbitkan oleh|uu ite no|
 * "?informasi elektronik)`) and the whitespace of U+1680, U+2028, U+2029 and U+205F.
 */
export function furnitureHint(codes: Uint16Array, from: number, to: number): boolean {
  if (furnitureAtStart(codes, from, to)) return true;
  for (let p = from; p < to; p++) {
    if (KIND[codes[p]!] === HINT && furnitureAt(codes, p, from, to)) return true;
  }
  return false;
}

/** The forms that only count at the start of a line: a bare page number ("7", "12 -") and a footer's continuation lines. */
function furnitureAtStart(codes: Uint16Array, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = codes[from]!;
  if (first >= 48 && first <= 57) return to - from <= 6; // `^\d{1,4} ?-?$` is at most six characters
  switch (first | 32) {
    case 100: // d
      return startsWithFolded(codes, from, from, to, 'diterbitkan oleh');
    case 117: // u
      return startsWithFolded(codes, from, from, to, 'uu ite no');
    case 105: // i
      return startsWithFolded(codes, from, from, to, 'informasi elektronik');
    case 34: // "
      return startsWithFolded(codes, from + 1, from, to, 'informasi elektronik');
    default:
      return false;
  }
}

/**
 * Whether furniture is found around codes[p], a HINT character: each form is looked for from
 * its rarest character, so that few characters stop the loop, and most stops end at the
 * character next to it.
 */
function furnitureAt(codes: Uint16Array, p: number, from: number, to: number): boolean {
  const c = codes[p]!;
  if (c >= 128) return true; // one of the unfolded spaces
  switch (c | 32) {
    case 46: // ".go.id" after a domain's first labels, from the start of the line
      return (
        (codes[p + 1]! | 32) === 103 &&
        startsWithFolded(codes, p + 1, from, to, 'go.id') &&
        isDomainLabels(codes, from, p)
      );
    case 99: // "c": "camscanner", or the one in "ditandatangani secara elektronik"
      if ((codes[p + 1]! | 32) !== 97) return false;
      return (
        startsWithFolded(codes, p, from, to, 'camscanner') ||
        startsWithFolded(codes, p - 17, from, to, 'ditandatangani secara elektronik')
      );
    case 102: // the "f" of "araf" ("paraf")
      return p > from && (codes[p - 1]! | 32) === 97 && startsWithFolded(codes, p - 3, from, to, 'araf');
    case 104: // "h": "halaman", "pihak i"
      if ((codes[p + 1]! | 32) !== 97) return false;
      return (
        startsWithFolded(codes, p, from, to, 'halaman') || startsWithFolded(codes, p - 2, from, to, 'pihak i')
      );
    default: {
      // A digit: "-9" or "- 9" (a page number glued into a paragraph), or "page 9".
      if (p - 1 < from) return false;
      const before = codes[p - 1]!;
      if (before === 45) return true;
      if (before !== 32) return false;
      return (p - 2 >= from && codes[p - 2] === 45) || startsWithFolded(codes, p - 5, from, to, 'page ');
    }
  }
}

/**
 * Whether codes[at, to) starts with `word` (lower-case ASCII) in either case, `at` not before
 * `from`. Only ASCII letters fold, as in a regex with the `i` flag and without `u`: no other
 * character matches a letter.
 */
function startsWithFolded(codes: Uint16Array, at: number, from: number, to: number, word: string): boolean {
  if (at < from || at + word.length > to) return false;
  for (let r = 0; r < word.length; r++) {
    const c = codes[at + r]!;
    const w = word.charCodeAt(r);
    if (c !== w && !(c >= 65 && c <= 90 && (c | 32) === w)) return false;
  }
  return true;
}

/** Whether codes[from, to) could be a domain's first labels, `([\w-]+\.)+` less its last dot: a superset. */
function isDomainLabels(codes: Uint16Array, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let r = from; r < to; r++) {
    const c = codes[r]!;
    const lower = c | 32;
    const word = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 95 || c === 45 || c === 46;
    if (!word) return false;
  }
  return true;
}
