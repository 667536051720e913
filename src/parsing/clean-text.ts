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

/**
 * The cleaned lines, all in one buffer: line `i` is `codes[start[i] .. start[i] + len[i])`,
 * and `offs` holds the original offset of each kept character. One buffer for the whole
 * input instead of a string and an array per line keeps cleaning allocation-light: text is
 * decoded once at the end, and per line only when a line may be page furniture.
 */
interface Lines {
  count: number;
  start: Int32Array;
  len: Int32Array;
  /** 1 when the line is the first after a page number: where a PDF tool puts the page's running header. */
  afterBreak: Uint8Array;
}

/** Buffers reused across calls; they grow to the largest input seen. */
let bufCodes: Uint16Array = new Uint16Array(1 << 16);
let bufOffs: Int32Array = new Int32Array(1 << 16);
let lineStart = new Int32Array(4096);
let lineLen = new Int32Array(4096);
let lineBreak = new Uint8Array(4096);

function ensureLines(count: number): void {
  if (count < lineStart.length) return;
  const size = lineStart.length * 2;
  const s = new Int32Array(size);
  s.set(lineStart);
  lineStart = s;
  const l = new Int32Array(size);
  l.set(lineLen);
  lineLen = l;
  const b = new Uint8Array(size);
  b.set(lineBreak);
  lineBreak = b;
}

/**
 * Removes page noise and Markdown markup and keeps an offset map back to the input.
 * Runs in time linear in the input: one pass over the characters into one buffer, no
 * backtracking regexes over more than one line.
 */
export function cleanText(original: string): CleanText {
  const n = original.length;
  if (bufCodes.length < n + 1) {
    // Kept for the next call up to a few MB; a larger input gets buffers of its own.
    const codes = new Uint16Array(n + 1);
    const offs = new Int32Array(n + 1);
    if (n >= 1 << 22) return cleanWith(original, codes, offs);
    bufCodes = codes;
    bufOffs = offs;
  }
  return cleanWith(original, bufCodes, bufOffs);
}

function cleanWith(original: string, codes: Uint16Array, offs: Int32Array): CleanText {
  const saved = [bufCodes, bufOffs] as const;
  bufCodes = codes;
  bufOffs = offs;
  try {
    return cleanInto(original);
  } finally {
    [bufCodes, bufOffs] = saved;
  }
}

function cleanInto(original: string): CleanText {
  const n = original.length;
  const lines: Lines = { count: 0, start: lineStart, len: lineLen, afterBreak: lineBreak };
  let start = 0;
  let at = 0;
  let afterBreak = false;
  while (start <= n) {
    let end = original.indexOf('\n', start);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > start && original.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const k = cleanLine(original, start, lineEnd, at);
    if (k === PAGE_BREAK) afterBreak = true;
    else if (k > 0) {
      ensureLines(lines.count + 1);
      const i = lines.count++;
      lineStart[i] = at;
      lineLen[i] = k;
      lineBreak[i] = afterBreak ? 1 : 0;
      afterBreak = false;
      at += k;
    }
    if (end >= n) break;
    start = end + 1;
  }
  lines.start = lineStart;
  lines.len = lineLen;
  lines.afterBreak = lineBreak;
  const kept = dropFurniture(lines);
  let total = 0;
  for (const i of kept) total += lineLen[i]! + 1;
  total = Math.max(total - 1, 0);
  const out = new Uint16Array(total);
  const map = new Int32Array(total);
  let w = 0;
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j]!;
    if (j > 0) {
      // The newline stands for the whitespace right after the previous line's last character.
      const p = kept[j - 1]!;
      out[w] = 10;
      map[w++] = (lineLen[p]! > 0 ? bufOffs[lineStart[p]! + lineLen[p]! - 1]! : 0) + 1;
    }
    const s = lineStart[i]!;
    const len = lineLen[i]!;
    out.set(bufCodes.subarray(s, s + len), w);
    map.set(bufOffs.subarray(s, s + len), w);
    w += len;
  }
  return { original, text: total > 0 ? UTF16.decode(out) : '', map };
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

/** cleanLine's answer for a page-number line, which marks a page break. */
const PAGE_BREAK = -1;

/**
 * Cleans one line into the buffer at `base`: Markdown markup, escapes, links, signature
 * residue; folds whitespace. Returns the kept length (0 for a line with nothing left), or
 * PAGE_BREAK for a page number.
 */
function cleanLine(src: string, start: number, end: number, base: number): number {
  const codes = bufCodes;
  const offs = bufOffs;
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
  let k = base;
  let pendingSpace = -1;
  let linkDepth = 0;
  while (i < end) {
    const code = src.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code]! : isSpace(code) ? 1 : 0;
    if (cls === 0) {
      if (pendingSpace >= 0 && k > base) {
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
    if (pendingSpace >= 0 && k > base) {
      codes[k] = 32;
      offs[k++] = pendingSpace;
    }
    pendingSpace = -1;
    codes[k] = outCode;
    offs[k++] = outOff;
  }
  const len = dropResidue(codes, offs, base, k);
  if (len === 0) return 0;
  // Page numbers and horizontal rules are short and open with one of a few characters:
  // only those lines are decoded and tested.
  const first = codes[base]!;
  if (len <= 24 && (first === 45 || first === 61 || first === 95 || first === 42)) {
    const t = lineText(base, len);
    if (/^[-=_*]{3,}$/.test(t)) return 0; // horizontal rule
    if (PAGE_NUMBER_LINE.test(t)) return PAGE_BREAK;
  } else if (len <= 24 && (first | 32) === 104 /* h */) {
    if (PAGE_NUMBER_LINE.test(lineText(base, len))) return PAGE_BREAK;
  } else if (len <= 24 && (first | 32) === 112 /* p */) {
    if (PAGE_NUMBER_LINE.test(lineText(base, len))) return PAGE_BREAK;
  }
  return len;
}

const UTF16 = new TextDecoder('utf-16le');

/** The text of buffer range [base, base + len): short lines without the decoder's call cost. */
function lineText(base: number, len: number): string {
  if (len <= 64) return String.fromCharCode.apply(null, bufCodes.subarray(base, base + len) as never);
  return UTF16.decode(bufCodes.subarray(base, base + len));
}

/** Removes stand-alone `$` and `#` tokens left by signature images in [base, k); returns the new length. */
function dropResidue(codes: Uint16Array, offs: Int32Array, base: number, k: number): number {
  let w = base;
  for (let r = base; r < k; r++) {
    const c = codes[r]!;
    if (c === 36 || c === 35) {
      const after = r + 1 < k ? codes[r + 1] : undefined;
      const alone = r + 1 === k || after === 32 || after === 59 || after === 44 || after === 46; // space ; , .
      if ((r === base || codes[r - 1] === 32) && alone) {
        if (after === 32) r++; // and the space after it
        continue;
      }
    }
    codes[w] = c;
    offs[w] = offs[r]!;
    w++;
  }
  let s = base;
  while (s < w && codes[s] === 32) s++;
  while (w > s && codes[w - 1] === 32) w--;
  if (s > base) {
    codes.copyWithin(base, s, w);
    offs.copyWithin(base, s, w);
    w -= s - base;
  }
  return w - base;
}

/** Whether line `i` may be page furniture or hold some: it opens with a footer's first word or holds "-N". */
function mayHoldFurniture(i: number): boolean {
  const s = lineStart[i]!;
  const len = lineLen[i]!;
  const first = bufCodes[s]! | 32;
  // "Dokumen ini …", "diterbitkan oleh …", "UU ITE …", "informasi elektronik …", '"informasi …'.
  if (first === 100 || first === 117 || first === 105 || first === 34) return true;
  for (let r = s; r < s + len - 1; r++) {
    const c = bufCodes[r]!;
    if (c === 45 /* - */) {
      const d = bufCodes[r + 1]!;
      if (
        (d >= 48 && d <= 57) ||
        (d === 32 && r + 2 < s + len && bufCodes[r + 2]! >= 48 && bufCodes[r + 2]! <= 57)
      )
        return true;
    } else if (c === 100 /* d */ && bufCodes[r + 2] === 116 /* t */ && r + 32 <= s + len) {
      // "ditandatangani secara elektronik" glued into a paragraph.
      if (bufCodes[r + 1] === 105 && lineText(r, 32) === 'ditandatangani secara elektronik') return true;
    }
  }
  return false;
}

/** Drops footer lines, inline footers and running headers; returns the kept line indexes. */
function dropFurniture(lines: Lines): number[] {
  const kept: number[] = [];
  let inFooter = false;
  let afterBreak = false;
  for (let i = 0; i < lines.count; i++) {
    if (!mayHoldFurniture(i)) {
      if (inFooter && afterBreak) lineBreak[i] = 1;
      inFooter = false;
      afterBreak = false;
      kept.push(i);
      continue;
    }
    const t = lineText(lineStart[i]!, lineLen[i]!);
    if (ESIGN_FOOTER_START.test(t)) {
      inFooter = true;
      afterBreak ||= lineBreak[i] === 1;
      continue;
    }
    if (inFooter && ESIGN_FOOTER_CONT.test(t)) continue;
    if (inFooter && afterBreak) lineBreak[i] = 1;
    inFooter = false;
    afterBreak = false;
    const glued = t.includes('ditandatangani secara elektronik') || (t.includes('-') && /\d\s?-/.test(t));
    if (glued) removeInline(i, t);
    if (lineLen[i]! > 0) kept.push(i);
  }
  // A running header: an all-capitals name of a body between two halves of one sentence.
  const out: number[] = [];
  for (let r = 0; r < kept.length; r++) {
    const i = kept[r]!;
    const prev = out[out.length - 1];
    const next = kept[r + 1];
    if (prev !== undefined && next !== undefined && isRunningHeader(i, prev, next)) continue;
    out.push(i);
  }
  return out;
}

/** Whether line `i` is an all-capitals name of a body standing where a page header would. */
function isRunningHeader(i: number, prev: number, next: number): boolean {
  const s = lineStart[i]!;
  const len = lineLen[i]!;
  if (len < 8 || len > 120) return false;
  let space = false;
  for (let r = s; r < s + len; r++) {
    const c = bufCodes[r]!;
    if (c >= 65 && c <= 90) continue;
    if (c === 32) space = true;
    else if (r === s || !HEADER_PUNCT.has(c)) return false;
  }
  if (!space) return false;
  const text = lineText(s, len);
  if (!BODY_WORD.test(text) || /\bPIHAK\b/.test(text)) return false;
  // The first line of a page that names a body is the page's header, wherever the sentence is.
  if (lineBreak[i] === 1) return true;
  // The sentence around it continues: no closing punctuation before, lower case after.
  const last = String.fromCharCode(bufCodes[lineStart[prev]! + lineLen[prev]! - 1]!);
  const first = String.fromCharCode(bufCodes[lineStart[next]!]!);
  return /[\p{Ll}\d]/u.test(last) && /\p{Ll}/u.test(first);
}

const HEADER_PUNCT = new Set(" .,&()'/-".split('').map((c) => c.charCodeAt(0)));

/** Removes a footer or page number glued into line `i` (text `text`), in place in the buffer. */
function removeInline(i: number, text: string): void {
  const drops: Array<[number, number]> = [];
  for (const re of [ESIGN_FOOTER_INLINE, PAGE_NUMBER_INLINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      drops.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (drops.length === 0) return;
  drops.sort((a, b) => a[0] - b[0]);
  const s = lineStart[i]!;
  let w = s;
  let d = 0;
  for (let r = 0; r < text.length; r++) {
    while (d < drops.length && drops[d]![1] <= r) d++;
    const drop = drops[d];
    if (drop && r >= drop[0] && r < drop[1]) continue;
    const c = bufCodes[s + r]!;
    if (c === 32 && (w === s || bufCodes[w - 1] === 32)) continue;
    bufCodes[w] = c;
    bufOffs[w++] = bufOffs[s + r]!;
  }
  while (w > s && bufCodes[w - 1] === 32) w--;
  lineLen[i] = w - s;
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
