/**
 * Splits an article body into paragraphs "(1)" and items "a." "1." "1)", in plain text with
 * hard line breaks and in reflowed or Markdown text alike: a label counts only where a new
 * unit may begin (line start or after `.` `;` `:`), in sequence, and not after a word that
 * makes it a reference ("ayat (1)", "huruf a.").
 */

/** Range-based pieces; the caller reads values from the cleaned text. */
export interface RawItem {
  readonly label: string | null;
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
}

export interface RawParagraph {
  readonly label: string | null;
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
  readonly items: readonly RawItem[];
  /** End of the text before the first item (the intro), or `end` when there are no items. */
  readonly introEnd: number;
}

export interface ListNotes {
  /** Letters that jump ("h." followed by "l."), as "h.→l.". */
  readonly skips: string[];
  /** Items whose label was lost by the converter. */
  unlabeled: number;
}

const REFERENCE_WORDS = new Set([
  'ayat',
  'pada',
  'dalam',
  'huruf',
  'angka',
  'pasal',
  'dengan',
  'sebagaimana',
  'dimaksud',
  'butir',
  'poin',
  'nomor',
  'sampai',
  's/d',
]);
const CONJUNCTIONS = new Set(['dan', 'atau', 'dan/atau', 'serta']);

const LETTER = /\p{L}/u;

/** A letter or `/` (as in "dan/atau"): what the word before a label is made of. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47;
  return LETTER.test(String.fromCharCode(c));
}

/** Whether a label at `i` stands where a new paragraph or item may begin. */
export function startsUnit(text: string, i: number, regionStart: number): boolean {
  let j = i - 1;
  let newline = false;
  while (j >= regionStart && (text[j] === ' ' || text[j] === '\n')) {
    if (text[j] === '\n') newline = true;
    j--;
  }
  if (j < regionStart) return true;
  const c = text[j]!;
  if (c === '.' || c === ';' || c === ':') return true;
  let k = j;
  while (k >= regionStart && isWordChar(text.charCodeAt(k))) k--;
  const word = text.slice(k + 1, j + 1).toLowerCase();
  if (CONJUNCTIONS.has(word)) {
    let q = k;
    while (q >= regionStart && (text[q] === ' ' || text[q] === '\n')) q--;
    return q < regionStart || text[q] === ';' || text[q] === ',';
  }
  if (REFERENCE_WORDS.has(word)) return false;
  return newline;
}

/** Splits [start, end) into numbered paragraphs; text before "(1)" is an unnumbered paragraph. */
export function splitParagraphs(text: string, start: number, end: number, notes: ListNotes): RawParagraph[] {
  const bounds: Array<{ label: string | null; start: number; bodyStart: number }> = [];
  // Regexes run on the slice so a scan never reads past `end` (linear in the input).
  const region = text.slice(start, end);
  const re = /\((\d{1,2})\)/g;
  let expected = 1;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    if (Number(m[1]) !== expected) continue;
    const at = start + m.index;
    if (!startsUnit(text, at, start)) continue;
    bounds.push({ label: m[0], start: at, bodyStart: at + m[0].length });
    expected++;
  }
  const out: RawParagraph[] = [];
  const first = bounds[0];
  const leadEnd = first ? first.start : end;
  if (hasText(text, start, leadEnd))
    out.push(...withItems(text, { label: null, start, bodyStart: start }, leadEnd, notes));
  for (let b = 0; b < bounds.length; b++) {
    const cur = bounds[b]!;
    const stop = bounds[b + 1]?.start ?? end;
    out.push(...withItems(text, cur, stop, notes));
  }
  return out;
}

function hasText(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text[i] !== ' ' && text[i] !== '\n') return true;
  return false;
}

interface Candidate {
  readonly at: number;
  readonly label: string | null;
  readonly bodyStart: number;
  /** Sequence value: letter code for a. b. c., number for 1. 2., -1 when lost. */
  readonly value: number;
  readonly alpha: boolean;
  readonly paren: boolean;
  /** "1." printed where the sequence expects "l.". */
  readonly one: boolean;
}

/**
 * A label: "a." "1." "a)" "12)" before a space or newline. It must not follow a letter, a digit,
 * "." "/" or "-" ("Rp1.", "2.a."): labelAfterWord checks that on each match, cheaper than a
 * lookbehind tried at every position of the scan.
 */
const LABEL_RE = /([a-z]|\d{1,2})([.)])(?=[ \n])/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the label at `i` of `s` follows what `(?<![\p{L}\p{N}./-])` excludes (the code point before it). */
function labelAfterWord(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128)
    return (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 45 ||
      c === 46 ||
      c === 47
    );
  const pair = (c & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return LETTER_OR_DIGIT.test(pair ? s.slice(i - 2, i) : String.fromCharCode(c));
}
const LABELLED_LINE = /^(?:[a-z]|\d{1,2})[.)] /;
const PARAGRAPH_LINE = /^\(\d{1,2}\)/;
/** The end of a line that closes an item: "…;", "…; dan", "…; atau". */
const CLOSED_ITEM = /;\s*(?:dan|atau|dan\/atau)?$/;
const LETTER_FIRST = /^\p{L}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Whether a line may be a lone conjunction once trimmed: at most 8 characters ("dan/atau"),
 * or whitespace at an end. Saves trimming and lower-casing every line of every list.
 */
function mayBeConjunction(line: string): boolean {
  return line.length <= 8 || isTrimmable(line.charCodeAt(0)) || isTrimmable(line.charCodeAt(line.length - 1));
}

/** A superset of what String.prototype.trim removes. */
function isTrimmable(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether text[from, to) holds a ";" (a short range: no search past it). */
function holdsSemicolon(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (text.charCodeAt(j) === 59) return true;
  return false;
}

type ParagraphHead = { label: string | null; start: number; bodyStart: number };

/** Items of one list under an intro: the first group is the paragraph's own, later ones restart after a new intro. */
interface ItemGroup {
  introStart: number;
  items: Array<{ c: Candidate; start: number }>;
}

/** Splits one paragraph into its items; a list that restarts after a new intro ("Hak PIHAK KEDUA:") starts a new unnumbered paragraph. */
function withItems(text: string, head: ParagraphHead, end: number, notes: ListNotes): RawParagraph[] {
  const cands = itemCandidates(text, head, end);
  const groups = groupItems(text, cands, head, notes);
  return paragraphsOf(groups, head, end);
}

/** Every place an item may start: a printed label ("a.", "(2)"), or a line whose label the converter lost. */
function itemCandidates(text: string, head: ParagraphHead, end: number): Candidate[] {
  const cands: Candidate[] = [];
  const region = text.slice(head.bodyStart, end);
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(region); m; m = LABEL_RE.exec(region)) {
    if (labelAfterWord(region, m.index)) {
      // As the lookbehind would: no label starts here; the next may start one character on.
      LABEL_RE.lastIndex = m.index + 1;
      continue;
    }
    const raw = m[1]!;
    const alpha = raw.charCodeAt(0) >= 97;
    const at = head.bodyStart + m.index;
    cands.push({
      at,
      label: m[0],
      bodyStart: at + m[0].length,
      value: alpha ? raw.charCodeAt(0) : Number(raw),
      alpha,
      paren: m[2] === ')',
      one: raw === '1',
    });
  }
  // Items whose label the converter lost: a new line after a line that closed an item.
  // Labelled candidates come in text order; only lost labels, added below, need sorting in.
  const labelled = cands.length;
  const newlines: number[] = [];
  for (let i = text.indexOf('\n', head.bodyStart); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
    newlines.push(i);
  for (let n = 0; n < newlines.length; n++) {
    const i = newlines[n]!;
    const ls = i + 1;
    if (ls >= end) break;
    // Only a line after one that closed an item ("…;", "…; dan") or an intro ("…:") can be an
    // item whose label was lost: for every other line (most of them) nothing below is read.
    const prevStart = Math.max(head.bodyStart, i - 12);
    const closed = holdsSemicolon(text, prevStart, i);
    if (!closed && !(i > prevStart && text.charCodeAt(i - 1) === 58)) continue;
    const lineEnd = newlines[n + 1] ?? end;
    const line = text.slice(ls, lineEnd);
    if (LABELLED_LINE.test(line) || PARAGRAPH_LINE.test(line)) continue;
    if (mayBeConjunction(line) && CONJUNCTIONS.has(line.trim().toLowerCase())) continue;
    const prev = text.slice(prevStart, i);
    if (closed && CLOSED_ITEM.test(prev) && LETTER_FIRST.test(line)) {
      cands.push({ at: ls, label: null, bodyStart: ls, value: -1, alpha: true, paren: false, one: false });
    } else if (prev.endsWith(':') && LOWER_FIRST.test(line)) {
      cands.push({ at: ls, label: null, bodyStart: ls, value: -2, alpha: true, paren: false, one: false });
    }
  }
  if (cands.length > labelled) cands.sort((a, b) => a.at - b.at);
  return cands;
}

/**
 * Keeps the candidates that continue a sequence ("a." "b." "c.", or "1." "2."), noting skipped
 * letters and lost labels, and starts a new group where a list restarts after an intro ending in ":".
 */
function groupItems(
  text: string,
  cands: readonly Candidate[],
  head: ParagraphHead,
  notes: ListNotes,
): ItemGroup[] {
  const groups: ItemGroup[] = [{ introStart: head.bodyStart, items: [] }];
  let last: Candidate | null = null;
  let lastValue = 0;
  for (const c of cands) {
    const group = groups[groups.length - 1]!;
    if (c.label === null) {
      // A lost label continues the sequence; a lost first label needs an intro ending in ":".
      if (last === null && c.value !== -2) continue;
      if (last !== null && c.value === -2) continue;
      group.items.push({ c, start: c.at });
      lastValue += 1;
      last = last ?? c;
      notes.unlabeled++;
      continue;
    }
    if (!startsUnit(text, c.at, head.bodyStart)) continue;
    if (last === null) {
      const firstOk = c.value === 'a'.charCodeAt(0) || c.value === 1;
      if (!firstOk) continue;
      group.items.push({ c, start: c.at });
      last = c;
      lastValue = c.value;
      continue;
    }
    const restart =
      (c.value === 'a'.charCodeAt(0) || (c.value === 1 && !last.alpha)) && prevChar(text, c.at) === ':';
    if (restart && group.items.length > 0) {
      const cut = sentenceStart(text, group.items[group.items.length - 1]!.c.bodyStart, c.at);
      groups.push({ introStart: cut, items: [{ c, start: c.at }] });
      last = c;
      lastValue = c.value;
      continue;
    }
    const n = group.items.length;
    if (last.label === null && group.items.every((it) => it.c.label === null)) {
      // The list opened with items whose labels were lost, so its style is unknown until the
      // first printed label, which must be the next in either sequence ("c." or "3." after two).
      const next = c.value === 'a'.charCodeAt(0) + n || c.value === 1 + n;
      if (!next) continue;
      group.items.push({ c, start: c.at });
      last = c;
      lastValue = c.value;
      continue;
    }
    if (last.alpha) {
      const value = c.one ? 'l'.charCodeAt(0) : c.value;
      if (!c.alpha && !c.one) continue;
      if (c.paren !== last.paren && !c.one) continue;
      if (value <= lastValue || value > lastValue + 5) continue;
      if (value > lastValue + 1) notes.skips.push(`${String.fromCharCode(lastValue)}.→${c.label ?? ''}`);
      group.items.push({ c, start: c.at });
      // "1." printed for "l." stays in the letter sequence: "m." follows it.
      last = c.one ? { ...c, alpha: true } : c;
      lastValue = value;
    } else {
      if (c.alpha || c.paren !== last.paren) continue;
      if (c.value <= lastValue || c.value > lastValue + 2) continue;
      group.items.push({ c, start: c.at });
      last = c;
      lastValue = c.value;
    }
  }
  return groups;
}

/** One paragraph per group, each item ending where the next starts. */
function paragraphsOf(groups: readonly ItemGroup[], head: ParagraphHead, end: number): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const groupEnd = groups[g + 1]?.introStart ?? end;
    const items: RawItem[] = group.items.map((it, k) => {
      const next = group.items[k + 1];
      return {
        label: it.c.label,
        start: it.start,
        bodyStart: it.c.bodyStart,
        end: next ? next.start : groupEnd,
      };
    });
    const firstItem = items[0];
    out.push({
      label: g === 0 ? head.label : null,
      start: g === 0 ? head.start : group.introStart,
      bodyStart: g === 0 ? head.bodyStart : group.introStart,
      end: groupEnd,
      items,
      introEnd: firstItem ? firstItem.start : groupEnd,
    });
  }
  return out;
}

function prevChar(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\n')) j--;
  return j >= 0 ? text[j]! : '';
}

/** Start of the sentence that ends at `to` (after the last `.` or `;` in [from, to)). */
function sentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if ((text[i] === '.' || text[i] === ';') && (text[i + 1] === ' ' || text[i + 1] === '\n')) return i + 1;
  }
  return to;
}
