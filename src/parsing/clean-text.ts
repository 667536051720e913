import type { Span } from '../domain/agreement.js';

/**
 * The input with page furniture and Markdown markup removed, one logical line per `\n`,
 * whitespace inside a line folded to one space. `map[i]` is the offset in the original
 * input of `text[i]`, so every value read from `text` can be traced back to its source.
 */
export interface CleanText {
  readonly original: string;
  readonly text: string;
  readonly map: Int32Array;
}

/** Lines that are page furniture (page numbers, "Halaman 2 dari 9"). */
const PAGE_NUMBER_LINE =
  /^(?:-\s*\d{1,4}\s*-|(?:halaman|hal\.|page)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?)$/i;

/** The footer BSrE stamps on every page of an electronically signed PDF. */
const ESIGN_FOOTER_START = /^dokumen ini (?:telah )?ditandatangani secara elektronik/i;
const ESIGN_FOOTER_CONT =
  /^(?:diterbitkan oleh (?:balai (?:besar )?sertifikasi elektronik|bsre)|uu ite no|"?informasi elektronik dan\/atau dokumen elektronik)/i;
/** The same footer when a tool glued it into a paragraph. */
const ESIGN_FOOTER_INLINE =
  /Dokumen ini (?:telah )?ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan (?:oleh )?(?:Balai (?:Besar )?Sertifikasi Elektronik(?: \(BSrE\))?|BSrE)(?:, Badan Siber dan Sandi Negara)?\.?/gi;
/** Page numbers glued into a paragraph: " -9- ". */
const PAGE_NUMBER_INLINE = /(?<=^|\s)-\s?\d{1,4}\s?-(?=\s|$)/g;

/** Words that make an all-capitals line look like the name of a body (a running page header). */
const BODY_WORD =
  /\b(?:BADAN|KEMENTERIAN|PEMERINTAH|SEKRETARIAT|DINAS|PROVINSI|KABUPATEN|KOTA|LEMBAGA|KOMISI|BALAI|DIREKTORAT|UNIVERSITAS|KEPOLISIAN|KEJAKSAAN|MAHKAMAH|BANK|OTORITAS|ARSIP|PERPUSTAKAAN)\b/;

interface Line {
  /** Kept characters, whitespace folded. */
  text: string;
  /** Original offset of each kept character. */
  offs: Int32Array;
  /** The first line after a page number: where a PDF tool puts the next page's running header. */
  afterBreak?: boolean;
}

/** cleanLine's answer for a page-number line, which marks a page break. */
const PAGE_BREAK = 'page-break';

/** Scratch buffers reused across lines (and calls): cleaning allocates per kept line only. */
let scratchCodes = new Uint16Array(4096);
let scratchOffs = new Int32Array(4096);

/**
 * Removes page noise and Markdown markup and keeps an offset map back to the input.
 * Runs in time linear in the input: one pass per line, no backtracking regexes over
 * more than one line.
 */
export function cleanText(original: string): CleanText {
  const lines: Line[] = [];
  let start = 0;
  const n = original.length;
  let afterBreak = false;
  while (start <= n) {
    let end = original.indexOf('\n', start);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > start && original.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = cleanLine(original, start, lineEnd);
    if (line === PAGE_BREAK) afterBreak = true;
    else if (line) {
      if (afterBreak) line.afterBreak = true;
      afterBreak = false;
      lines.push(line);
    }
    if (end >= n) break;
    start = end + 1;
  }
  const kept = dropFurniture(lines);
  let total = 0;
  for (const l of kept) total += l.text.length + 1;
  const map = new Int32Array(Math.max(total - 1, 0));
  let k = 0;
  for (let li = 0; li < kept.length; li++) {
    const line = kept[li]!;
    if (li > 0) {
      // The newline stands for the whitespace right after the previous line's last character.
      const prev = kept[li - 1]!;
      map[k++] = (prev.offs[prev.offs.length - 1] ?? 0) + 1;
    }
    map.set(line.offs, k);
    k += line.offs.length;
  }
  return { original, text: kept.map((l) => l.text).join('\n'), map };
}

/** Span in the original input of cleaned range [start, end). */
export function spanOf(clean: CleanText, start: number, end: number): Span {
  if (end <= start || clean.map.length === 0) {
    const at = clean.map[Math.min(start, clean.map.length - 1)] ?? 0;
    return { start: at, end: at };
  }
  const s = clean.map[start] ?? 0;
  const e = (clean.map[end - 1] ?? s) + 1;
  return { start: s, end: Math.max(e, s) };
}

/** 0: ordinary character, 1: whitespace, 2: needs a look (markup, escapes, links). */
const ASCII_CLASS = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = 1;
for (const c of '\\*_[]<'.split('')) ASCII_CLASS[c.charCodeAt(0)] = 2;

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!$|~<>"\''.split('').map((c) => c.charCodeAt(0)));

/** Cleans one line: Markdown markup, escapes, links, signature residue; folds whitespace. */
function cleanLine(src: string, start: number, end: number): Line | typeof PAGE_BREAK | null {
  if (scratchCodes.length < end - start + 1) {
    scratchCodes = new Uint16Array((end - start + 1) * 2);
    scratchOffs = new Int32Array((end - start + 1) * 2);
  }
  const codes = scratchCodes;
  const offs = scratchOffs;
  let i = start;
  // Leading whitespace, heading marks, block quotes and list bullets.
  for (;;) {
    while (i < end && isSpace(src.charCodeAt(i))) i++;
    const c = src.charCodeAt(i);
    if (c === 35 /* # */) {
      let j = i;
      while (j < end && src.charCodeAt(j) === 35) j++;
      if (j - i <= 6 && (j === end || isSpace(src.charCodeAt(j)))) {
        i = j;
        continue;
      }
      break;
    }
    const bullet = c === 45 /* - */ || c === 43 /* + */ || c === 0x2022 /* • */ || c === 42; /* * */
    if (c === 62 /* > */ || (bullet && i + 1 < end && isSpace(src.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    break;
  }
  let k = 0;
  let pendingSpace = -1;
  let linkDepth = 0;
  while (i < end) {
    const code = src.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code]! : isSpace(code) ? 1 : 0;
    if (cls === 0) {
      if (pendingSpace >= 0 && k > 0) {
        codes[k] = 32;
        offs[k++] = pendingSpace;
      }
      pendingSpace = -1;
      codes[k] = code;
      offs[k++] = i++;
      continue;
    }
    if (cls === 1) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    let outCode = code;
    let outOff = i;
    if (code === 92 /* \ */ && i + 1 < end && ESCAPABLE.has(src.charCodeAt(i + 1))) {
      outCode = src.charCodeAt(i + 1);
      outOff = i + 1;
      i += 2;
    } else if (code === 42 /* * */) {
      i++;
      continue;
    } else if (code === 95 /* _ */ && src.charCodeAt(i + 1) === 95) {
      i += 2;
      continue;
    } else if (code === 91 /* [ */ && src.slice(i, Math.min(end, i + 400)).includes('](')) {
      linkDepth++;
      i++;
      continue;
    } else if (code === 93 /* ] */ && linkDepth > 0 && src.charCodeAt(i + 1) === 40) {
      // "[text](mailto:x)" keeps "text".
      linkDepth--;
      const close = src.slice(i + 2, Math.min(end, i + 402)).indexOf(')');
      if (close >= 0) {
        i = i + 2 + close + 1;
        continue;
      }
      i++;
    } else if (code === 60 /* < */ && /^<br\s*\/?>/i.test(src.slice(i, i + 6))) {
      if (pendingSpace < 0) pendingSpace = i;
      i = src.indexOf('>', i) + 1;
      continue;
    } else {
      i++;
    }
    if (pendingSpace >= 0 && k > 0) {
      codes[k] = 32;
      offs[k++] = pendingSpace;
    }
    pendingSpace = -1;
    codes[k] = outCode;
    offs[k++] = outOff;
  }
  k = dropResidue(codes, offs, k);
  if (k === 0) return null;
  const text = decode(codes, k);
  if (/^[-=_*]{3,}$/.test(text)) return null; // horizontal rule
  if (PAGE_NUMBER_LINE.test(text)) return PAGE_BREAK;
  return { text, offs: offs.slice(0, k) };
}

const UTF16 = new TextDecoder('utf-16le');

function decode(codes: Uint16Array, k: number): string {
  return UTF16.decode(codes.subarray(0, k));
}

/** Removes stand-alone `$` and `#` tokens left by signature images; returns the new length. */
function dropResidue(codes: Uint16Array, offs: Int32Array, k: number): number {
  let w = 0;
  for (let r = 0; r < k; r++) {
    const c = codes[r]!;
    const after = codes[r + 1];
    const alone = r + 1 === k || after === 32 || after === 59 || after === 44 || after === 46; // space ; , .
    if ((c === 36 || c === 35) && (r === 0 || codes[r - 1] === 32) && alone) {
      if (after === 32) r++; // and the space after it
      continue;
    }
    codes[w] = c;
    offs[w] = offs[r]!;
    w++;
  }
  let s = 0;
  while (s < w && codes[s] === 32) s++;
  while (w > s && codes[w - 1] === 32) w--;
  if (s > 0) {
    codes.copyWithin(0, s, w);
    offs.copyWithin(0, s, w);
    w -= s;
  }
  return w;
}

/** Drops footer lines, inline footers and running headers injected mid-sentence. */
function dropFurniture(lines: Line[]): Line[] {
  const kept: Line[] = [];
  let inFooter = false;
  let afterBreak = false;
  for (const line of lines) {
    if (ESIGN_FOOTER_START.test(line.text)) {
      inFooter = true;
      afterBreak ||= line.afterBreak === true;
      continue;
    }
    if (inFooter && ESIGN_FOOTER_CONT.test(line.text)) continue;
    if (inFooter && afterBreak) line.afterBreak = true;
    inFooter = false;
    afterBreak = false;
    const t = line.text;
    const glued = t.includes('ditandatangani secara elektronik') || (t.includes('-') && /\d\s?-/.test(t));
    const cleaned = glued ? removeInline(line) : line;
    if (cleaned.text.length > 0) kept.push(cleaned);
  }
  // A running header: an all-capitals name of a body between two halves of one sentence.
  const out: Line[] = [];
  for (let r = 0; r < kept.length; r++) {
    const line = kept[r]!;
    const prev = out[out.length - 1];
    const next = kept[r + 1];
    if (prev && next && isRunningHeader(line.text, prev.text, next.text, line.afterBreak === true)) continue;
    out.push(line);
  }
  return out;
}

function isRunningHeader(text: string, prev: string, next: string, afterBreak: boolean): boolean {
  if (text.length < 8 || text.length > 120) return false;
  if (!/^[A-Z][A-Z .,&()'/-]+$/.test(text) || !text.includes(' ')) return false;
  if (!BODY_WORD.test(text) || /\bPIHAK\b/.test(text)) return false;
  // The first line of a page that names a body is the page's header, wherever the sentence is.
  if (afterBreak) return true;
  // The sentence around it continues: no closing punctuation before, lower case after.
  return /[\p{Ll}\d]$/u.test(prev) && /^\p{Ll}/u.test(next);
}

function removeInline(line: Line): Line {
  const text = line.text;
  const drops: Array<[number, number]> = [];
  for (const re of [ESIGN_FOOTER_INLINE, PAGE_NUMBER_INLINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      drops.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (drops.length === 0) return line;
  drops.sort((a, b) => a[0] - b[0]);
  const chars: string[] = [];
  const offs: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    while (d < drops.length && drops[d]![1] <= i) d++;
    const drop = drops[d];
    if (drop && i >= drop[0] && i < drop[1]) continue;
    if (text[i] === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
    chars.push(text[i]!);
    offs.push(line.offs[i]!);
  }
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    offs.pop();
  }
  return { text: chars.join(''), offs: Int32Array.from(offs) };
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 13 ||
    code === 10 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x3000
  );
}

/** Folds a cleaned slice into a display value: joins words hyphenated across lines, one space. */
export function foldText(s: string): string {
  const joined = s.includes('-\n') ? s.replace(/(\p{L})-\n(?=\p{L})/gu, '$1-') : s;
  return joined.replace(/\s+/g, ' ').trim();
}

/**
 * foldText for slices of the cleaned text, which holds single spaces inside lines and one
 * newline between lines: only the line breaks need folding.
 */
export function foldClean(s: string): string {
  const joined = s.includes('-\n') ? s.replace(/(\p{L})-\n(?=\p{L})/gu, '$1-') : s;
  return joined.replaceAll('\n', ' ').trim();
}

/** Trims whitespace and the given trailing characters from cleaned range [start, end). */
export function trimRange(text: string, start: number, end: number, trailing = ' \n'): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n' || trailing.includes(text[e - 1]!))) e--;
  return [s, e];
}
