import { Buffer } from 'node:buffer';

import type { Span } from '../domain/agreement.js';

import { NEEDS_CLEANING, furnitureHint, scanLine } from './scan-line.js';

/**
 * The input with page furniture and Markdown markup removed, one logical line per `\n`,
 * whitespace inside a line folded to one space. `map[i]` is the offset in the original
 * input of `text[i]`, so every value read from `text` can be traced back to its source.
 */
export interface CleanText {
  readonly original: string;
  readonly text: string;
  readonly map: Int32Array;
  /** `text` folded once for display, for foldRange: what foldClean makes of the whole text. */
  readonly folded: string;
  /**
   * The words hyphenated across lines that `folded` joins, three numbers each: where the
   * match starts (the letter before "-"), the newline, and the end of the letter after it.
   */
  readonly joins: Int32Array;
  /**
   * False when the input holds no CONTROL_CHARACTER: the cleaning pass looks at every
   * character that can be one, so parseAgreement's check for binary input needs no scan of its
   * own. True means it may hold one (a superset): the check then reads the input itself.
   */
  readonly mayHoldControl: boolean;
}

/**
 * What parseAgreement's binary-input check counts: control characters other than tab, line
 * feed, form feed and carriage return, and U+FFFD (what a decoder makes of bytes that are not UTF-8).
 */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
export const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

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
/**
 * Furniture of scans and hosting sites that stands on a line of its own: a site's page banner
 * ("Anda di halaman 1dari 9", "Page 2 of 12"), a scanner app's stamp, a bare page number, and
 * the initials boxes of a flattened page ("Paraf Pihak I : Paraf Pihak II :", "Pihak I Pihak
 * II"). Not "PIHAK I PIHAK II" in capitals: that is how a signature block opens.
 */
const FURNITURE_LINE =
  /^(?:(?:[\w-]+\.)+go\.id(?:\s+Halaman\s+\d{1,4}\s+dari\s+\d{1,4})?|Anda di halaman \d{1,4}\s*dari\s*\d{1,4}|Scanned (?:by|with) CamScanner|(?:page|halaman|hal\.)\s*\d{1,4}\s*(?:of|dari|\/)\s*\d{1,4}|\d{1,3}|(?:PARAF|Paraf|paraf)\s*(?:Pihak|PIHAK)\s+I{1,3}\s*:?\s*(?:(?:PARAF|Paraf|paraf)\s*)?(?:Pihak|PIHAK)\s+I{1,3}\s*:?|Pihak\s+I{1,3}\s+Pihak\s+I{1,3}|(?:PARAF|Paraf)\s*:?)$/;
/** The same furniture glued into a paragraph by a flattening tool. */
const FURNITURE_INLINE =
  /(?:(?:[\w-]+\.)+go\.id\s+)?(?:Halaman|Page)\s+\d{1,4}\s+(?:dari|of)\s+\d{1,4}(?:\s+(?:[\w-]+\.)+go\.id)?|(?:Anda di halaman \d{1,4}\s*dari\s*\d{1,4}|Scanned (?:by|with) CamScanner|(?:PARAF|Paraf)\s+(?:Pihak|PIHAK)\s+I{1,3}\s*:?\s*(?:(?:PARAF|Paraf)\s+)?(?:Pihak|PIHAK)\s+I{1,3}\s*:?)/g;
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
/**
 * The input's UTF-16 code units, copied in once (natively, by Buffer.write) for scanLine: a loop
 * over a typed array reads a character faster than charCodeAt, which checks the string's kind each time.
 */
let bufInput: Uint16Array = new Uint16Array(1 << 16);
let lineStart = new Int32Array(4096);
let lineLen = new Int32Array(4096);
let lineBreak = new Uint8Array(4096);
/** For a plain line (see scanLine): its offset in the input, which holds its text verbatim; else -1. */
let lineFrom = new Int32Array(4096);
/** 1 when the line may be page furniture or hold some (see furnitureHint): only those get dropFurniture's checks. */
let lineHint = new Uint8Array(4096);
/**
 * The text of each line that is not plain, decoded from the buffer once when it is cleaned (the
 * furniture hint, dropFurniture and the final join all read it); emptied at the end of each call.
 */
const lineStr: string[] = [];

function ensureLines(count: number): void {
  if (count < lineStart.length) return;
  const size = lineStart.length * 2;
  lineStart = grown(lineStart, size);
  lineLen = grown(lineLen, size);
  lineBreak = grownBytes(lineBreak, size);
  lineHint = grownBytes(lineHint, size);
  lineFrom = grown(lineFrom, size);
}

function grownBytes(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const g = new Uint8Array(size);
  g.set(a);
  return g;
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const g = new Int32Array(size);
  g.set(a);
  return g;
}

/*
 * A plain line holds, between its first and last character, none of what scanLine sends to
 * cleanLine: whitespace other than one space, Markdown markup and escapes, `$`/`#` residue,
 * surrogates (see sawSurrogate) and control characters (see sawControl). Most lines are plain;
 * such a line is its own cleaned text, so it is neither copied into the buffer nor decoded,
 * only sliced.
 */

/**
 * Whether cleanLine kept a surrogate in the text being cleaned. Only then can the text hold a
 * lone one, which must read as U+FFFD (see cleanInto): plain lines hold no surrogates.
 */
let sawSurrogate = false;

/**
 * Whether the text being cleaned may hold a CONTROL_CHARACTER: set where one can be, and not be
 * in a plain line (scanLine sends them all to cleanLine): in cleanLine, in the whitespace before and after
 * a line's content (a vertical tab), and in the parts of a line cleanLine skips (a link's target,
 * a `<br>`).
 */
let sawControl = false;

/**
 * Removes page noise and Markdown markup and keeps an offset map back to the input.
 * Runs in time linear in the input: each line's content is read once by scanLine (plain or
 * not, furniture or not), a line that is not plain once more by cleanLine into one buffer;
 * no backtracking regexes over more than one line.
 */
export function cleanText(original: string): CleanText {
  return cleanOwned(original, false);
}

/**
 * cleanText whose `map` is a view of a buffer that the next call of this function reuses, so
 * parsing a text does not allocate (and the garbage collector does not chase) a fresh 4 bytes a
 * character. Only for a caller that drops the result before it cleans another text, as
 * parseAgreement does: the map of an earlier result is overwritten.
 */
export function cleanTextTransient(original: string): CleanText {
  return cleanOwned(original, true);
}

function cleanOwned(original: string, transient: boolean): CleanText {
  const n = original.length;
  if (bufCodes.length < n + 1) {
    // Kept for the next call up to a few MB; a larger input gets buffers of its own.
    const codes = new Uint16Array(n + 1);
    const offs = new Int32Array(n + 1);
    const input = new Uint16Array(n + 1);
    if (n >= 1 << 22) return cleanWith(original, codes, offs, input);
    bufCodes = codes;
    bufOffs = offs;
    bufInput = input;
  }
  return cleanInto(original, transient);
}

function cleanWith(original: string, codes: Uint16Array, offs: Int32Array, input: Uint16Array): CleanText {
  const saved = [bufCodes, bufOffs, bufInput] as const;
  bufCodes = codes;
  bufOffs = offs;
  bufInput = input;
  try {
    return cleanInto(original, false);
  } finally {
    [bufCodes, bufOffs, bufInput] = saved;
  }
}

/** The buffer behind cleanTextTransient's maps; it grows to the largest text seen (up to 4 M characters). */
let transientMap = new Int32Array(1 << 16);

function newMap(length: number, transient: boolean): Int32Array {
  if (!transient) return new Int32Array(length);
  if (transientMap.length < length) transientMap = new Int32Array(Math.max(length, transientMap.length * 2));
  return transientMap.subarray(0, length);
}

function cleanInto(original: string, transient: boolean): CleanText {
  const n = original.length;
  sawSurrogate = false;
  sawControl = false;
  const lines: Lines = { count: 0, start: lineStart, len: lineLen, afterBreak: lineBreak };
  const input = bufInput;
  Buffer.from(input.buffer, input.byteOffset, n * 2).write(original, 'utf16le');
  let start = 0;
  let at = 0;
  let afterBreak = false;
  while (start <= n) {
    let end = original.indexOf('\n', start);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > start && original.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const from = contentStart(original, start, lineEnd);
    let to = lineEnd;
    for (let c = original.charCodeAt(to - 1); to > from && isSpace(c); c = original.charCodeAt(--to - 1)) {
      if (c === 11) sawControl = true;
    }
    // One read of the content: plain or not, and (if plain) whether it may be furniture.
    const scan = to > from ? scanLine(input, from, to) : NEEDS_CLEANING;
    const plain = scan !== NEEDS_CLEANING;
    const k = plain ? plainKind(original, from, to) : cleanLine(original, from, lineEnd, at);
    if (k === PAGE_BREAK) afterBreak = true;
    else if (k > 0) {
      ensureLines(lines.count + 1);
      const i = lines.count++;
      lineStart[i] = plain ? -1 : at;
      lineFrom[i] = plain ? from : -1;
      lineLen[i] = k;
      lineBreak[i] = afterBreak ? 1 : 0;
      afterBreak = false;
      if (plain) lineHint[i] = scan;
      else {
        // Cleaning may have joined what markup split ("hala**man**"): the hint reads the cleaned text.
        lineHint[i] = furnitureHint(bufCodes, at, at + k) ? 1 : 0;
        lineStr[i] = lineText(at, k);
        at += k;
      }
    }
    if (end >= n) break;
    start = end + 1;
  }
  lines.start = lineStart;
  lines.len = lineLen;
  lines.afterBreak = lineBreak;
  const kept = dropFurniture(original, lines, at);
  let total = 0;
  for (const i of kept) total += lineLen[i]! + 1;
  total = Math.max(total - 1, 0);
  const map = newMap(total, transient);
  const parts: string[] = [];
  let w = 0;
  const offs = bufOffs;
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j]!;
    if (j > 0) {
      // The newline stands for the whitespace right after the previous line's last character.
      const p = kept[j - 1]!;
      map[w++] = (lineLen[p]! > 0 ? lineOffset(p, lineLen[p]! - 1) : 0) + 1;
    }
    const len = lineLen[i]!;
    const from = lineFrom[i]!;
    if (from >= 0) {
      for (let r = 0; r < len; r++) map[w + r] = from + r;
    } else {
      // A plain loop: a subarray per line for TypedArray.set costs more than the copy itself.
      const s = lineStart[i]!;
      for (let r = 0; r < len; r++) map[w + r] = offs[s + r]!;
    }
    parts.push(lineString(original, i));
    w += len;
  }
  lineStr.length = 0;
  let text = parts.join('\n');
  // Lines hold no newline, so this is text with each newline folded to a space.
  let spaced = parts.join(' ');
  // The text used to be decoded from UTF-16 code units, which reads a lone surrogate as U+FFFD.
  if (sawSurrogate) {
    text = wellFormed(text);
    spaced = wellFormed(spaced);
  }
  return { original, text, map, ...foldAll(text, spaced), mayHoldControl: sawControl };
}

const HYPHEN_JOIN = /(\p{L})-\n(?=\p{L})/gu;

/**
 * The whole text folded as foldClean folds a slice (but not trimmed, so offsets stay put up
 * to the first join), and where it joined hyphenated words. `spaced` is `text` with each
 * newline a space.
 */
function foldAll(text: string, spaced: string): { folded: string; joins: Int32Array } {
  if (!text.includes('-\n')) return { folded: spaced, joins: new Int32Array(0) };
  const joins: number[] = [];
  const pieces: string[] = [];
  let from = 0;
  HYPHEN_JOIN.lastIndex = 0;
  for (let m = HYPHEN_JOIN.exec(text); m; m = HYPHEN_JOIN.exec(text)) {
    const newline = m.index + m[0].length - 1;
    const next = text.charCodeAt(newline + 1);
    const pair = next >= 0xd800 && next <= 0xdbff && (text.charCodeAt(newline + 2) & 0xfc00) === 0xdc00;
    joins.push(m.index, newline, newline + (pair ? 3 : 2));
    pieces.push(spaced.slice(from, newline));
    from = newline + 1;
  }
  pieces.push(spaced.slice(from));
  return { folded: pieces.join(''), joins: Int32Array.from(joins) };
}

/**
 * foldClean(clean.text.slice(start, end)), read from the text folded once instead of folding
 * the slice again: article and paragraph texts overlap, so slices would fold each line
 * several times. A hyphen join cut by the range's edge is folded the slow way.
 */
export function foldRange(clean: CleanText, start: number, end: number): string {
  const joins = clean.joins;
  if (joins.length === 0) return clean.folded.slice(start, end).trim();
  let before = 0;
  let inside = 0;
  for (let j = 0; j < joins.length; j += 3) {
    const newline = joins[j + 1]!;
    if (newline < start) before++;
    else if (newline < end) {
      if (joins[j]! < start || joins[j + 2]! > end) return foldClean(clean.text.slice(start, end));
      inside++;
    }
  }
  return clean.folded.slice(start - before, end - before - inside).trim();
}

/** `s` with each unpaired surrogate replaced by U+FFFD, as a UTF-16 decoder reads it. */
function wellFormed(s: string): string {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return UTF16.decode(codes);
}

/** Input offset of character `r` of line `i`. */
function lineOffset(i: number, r: number): number {
  const from = lineFrom[i]!;
  return from >= 0 ? from + r : bufOffs[lineStart[i]! + r]!;
}

/** Character `r` of line `i`. */
function lineCode(src: string, i: number, r: number): number {
  const from = lineFrom[i]!;
  return from >= 0 ? src.charCodeAt(from + r) : bufCodes[lineStart[i]! + r]!;
}

/** The cleaned text of line `i`. */
function lineString(src: string, i: number): string {
  const from = lineFrom[i]!;
  return from >= 0 ? src.slice(from, from + lineLen[i]!) : lineStr[i]!;
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
// "|" separates the cells of a Markdown table row: a row reads as its cells with spaces between.
for (const c of [9, 10, 11, 12, 13, 32, 124]) ASCII_CLASS[c] = 1;
for (const c of '\\*_[]<'.split('')) ASCII_CLASS[c.charCodeAt(0)] = 2;

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!$|~<>"\''.split('').map((c) => c.charCodeAt(0)));

/** cleanLine's answer for a page-number line, which marks a page break. */
const PAGE_BREAK = -1;
/** ruleOrPage's answer for a horizontal rule: a line with nothing left, which is dropped. */
const DROPPED = -2;

/** Where line [start, end) has content: after leading whitespace, heading marks, block quotes and list bullets. */
function contentStart(src: string, start: number, end: number): number {
  let i = start;
  // Leading whitespace, heading marks, block quotes and list bullets.
  for (;;) {
    for (let c = src.charCodeAt(i); i < end && isSpace(c); c = src.charCodeAt(++i)) {
      if (c === 11) sawControl = true;
    }
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
  return i;
}

/**
 * Cleans one line's content [from, end) into the buffer at `base`: Markdown markup, escapes,
 * links, signature residue; folds whitespace. Returns the kept length (0 for a line with
 * nothing left), or PAGE_BREAK for a page number.
 */
function cleanLine(src: string, from: number, end: number, base: number): number {
  const codes = bufCodes;
  const offs = bufOffs;
  let i = from;
  let k = base;
  let pendingSpace = -1;
  let linkDepth = 0;
  // Whether a `$` or `#` was kept: only then can signature residue need dropping.
  let residue = false;
  while (i < end) {
    const code = src.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code]! : isSpace(code) ? 1 : 0;
    if (cls === 0) {
      if (pendingSpace >= 0 && k > base) {
        codes[k] = 32;
        offs[k++] = pendingSpace;
      }
      pendingSpace = -1;
      if (code === 36 || code === 35) residue = true;
      else if ((code & 0xf800) === 0xd800) sawSurrogate = true;
      else if (code < 32 || code === 0xfffd) sawControl = true;
      codes[k] = code;
      offs[k++] = i++;
      continue;
    }
    if (cls === 1) {
      if (code === 11) sawControl = true;
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
        noteControl(src, i + 2, i + 2 + close);
        i = i + 2 + close + 1;
        continue;
      }
      i++;
    } else if (code === 60 /* < */ && /^<br\s*\/?>/i.test(src.slice(i, i + 6))) {
      if (pendingSpace < 0) pendingSpace = i;
      const close = src.indexOf('>', i);
      noteControl(src, i, close);
      i = close + 1;
      continue;
    } else {
      i++;
    }
    if (pendingSpace >= 0 && k > base) {
      codes[k] = 32;
      offs[k++] = pendingSpace;
    }
    pendingSpace = -1;
    if (outCode === 36 || outCode === 35) residue = true;
    codes[k] = outCode;
    offs[k++] = outOff;
  }
  // Without residue the line is already trimmed: a space is only kept before a later character.
  const len = residue ? dropResidue(codes, offs, base, k) : k - base;
  if (len === 0) return 0;
  if (mayBeRuleOrPage(codes[base]!) && (len <= 24 || mayBeRule(codes[base]!, codes[base + 1]!))) {
    const kind = ruleOrPage(lineText(base, len));
    if (kind !== 0) return kind;
  }
  return len;
}

/** Notes a CONTROL_CHARACTER in src[from, to), a part of a line cleanLine skips. */
function noteControl(src: string, from: number, to: number): void {
  for (let r = from; r < to; r++) {
    const c = src.charCodeAt(r);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) sawControl = true;
  }
}

/** cleanLine for plain content [from, to) (see scanLine): the line is its own text. */
function plainKind(src: string, from: number, to: number): number {
  const len = to - from;
  const first = src.charCodeAt(from);
  if (mayBeRuleOrPage(first) && (len <= 24 || mayBeRule(first, src.charCodeAt(from + 1)))) {
    const kind = ruleOrPage(src.slice(from, to));
    if (kind !== 0) return kind;
  }
  return len;
}

/**
 * Page numbers are short and open with one of a few characters, as do horizontal rules: only
 * those lines are decoded and tested (rules at any length, see mayBeRule).
 */
function mayBeRuleOrPage(first: number): boolean {
  return (
    first === 45 ||
    first === 58 ||
    first === 61 ||
    first === 95 ||
    first === 42 ||
    (first | 32) === 104 ||
    (first | 32) === 112
  );
}

/**
 * A horizontal rule may be as long as the page is wide, so a line that opens like one is tested
 * whatever its length, marked up or plain: two of "-", "=", "_", "*" or a table rule's ":" (a
 * list item's "- " is not one).
 */
function mayBeRule(first: number, second: number): boolean {
  return isRuleCharacter(first) && isRuleCharacter(second);
}

function isRuleCharacter(c: number): boolean {
  return c === 45 || c === 61 || c === 95 || c === 42 || c === 58;
}

/** PAGE_BREAK for a page number, DROPPED for a horizontal rule, 0 for any other line. */
function ruleOrPage(t: string): number {
  if (/^[-=_*]{3,}$/.test(t)) return DROPPED;
  // The rule under a Markdown table's header row, its pipes already read as spaces.
  if (/^:?-{2,}:?(?: :?-{2,}:?)*$/.test(t)) return DROPPED;
  return PAGE_NUMBER_LINE.test(t) ? PAGE_BREAK : 0;
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

/** Scan and flattening furniture glued into a line (see FURNITURE_INLINE). */
const GLUED_FURNITURE_HINT = /araf|ARAF|[Hh]alaman \d|Page \d|CamScanner/;

/**
 * Drops footer lines, inline footers and running headers; returns the kept line indexes.
 * `at` is the end of the buffer's used part, where a plain line is copied to be edited.
 */
function dropFurniture(src: string, lines: Lines, at: number): number[] {
  const kept: number[] = [];
  let inFooter = false;
  let afterBreak = false;
  // A page number read as a list item ("- 2 -" -> "2 -"): the next line opens a page.
  let pageNumber = false;
  for (let i = 0; i < lines.count; i++) {
    if (pageNumber) {
      lineBreak[i] = 1;
      pageNumber = false;
    }
    if (lineHint[i] === 0) {
      if (inFooter && afterBreak) lineBreak[i] = 1;
      inFooter = false;
      afterBreak = false;
      kept.push(i);
      continue;
    }
    const t = lineString(src, i);
    if (ESIGN_FOOTER_START.test(t)) {
      inFooter = true;
      afterBreak ||= lineBreak[i] === 1;
      continue;
    }
    if (inFooter && ESIGN_FOOTER_CONT.test(t)) continue;
    if (/^\d{1,4} ?-$/.test(t)) {
      pageNumber = true;
      continue;
    }
    if (FURNITURE_LINE.test(t) && !continuesReference(src, t, kept)) continue;
    if (inFooter && afterBreak) lineBreak[i] = 1;
    inFooter = false;
    afterBreak = false;
    const glued =
      t.includes('ditandatangani secara elektronik') ||
      (t.includes('-') && /\d\s?-/.test(t)) ||
      GLUED_FURNITURE_HINT.test(t);
    if (glued && removeInline(src, i, t, at)) at += t.length;
    if (lineLen[i]! > 0) kept.push(i);
  }
  // A running header: an all-capitals name of a body between two halves of one sentence.
  const out: number[] = [];
  for (let r = 0; r < kept.length; r++) {
    const i = kept[r]!;
    const prev = out[out.length - 1];
    const next = kept[r + 1];
    if (prev !== undefined && next !== undefined && isRunningHeader(src, i, prev, next)) continue;
    out.push(i);
  }
  return out;
}

/** A lone number that completes the line before it ("Pasal" / "1"), which is not a page number. */
function continuesReference(src: string, t: string, kept: readonly number[]): boolean {
  if (!/^\d{1,3}$/.test(t)) return false;
  const prev = kept[kept.length - 1];
  if (prev === undefined) return false;
  return /(?:Pasal|PASAL|Nomor|NOMOR|Tahun|TAHUN|ayat|BAB|huruf|angka|No\.|ke)$/.test(lineString(src, prev));
}

/** Whether line `i` is an all-capitals name of a body standing where a page header would. */
function isRunningHeader(src: string, i: number, prev: number, next: number): boolean {
  const len = lineLen[i]!;
  if (len < 8 || len > 120) return false;
  let space = false;
  for (let r = 0; r < len; r++) {
    const c = lineCode(src, i, r);
    if (c >= 65 && c <= 90) continue;
    if (c === 32) space = true;
    else if (r === 0 || !HEADER_PUNCT.has(c)) return false;
  }
  if (!space) return false;
  const text = lineString(src, i);
  if (!BODY_WORD.test(text) || /\bPIHAK\b/.test(text)) return false;
  // The first line of a page that names a body is the page's header, wherever the sentence is.
  if (lineBreak[i] === 1) return true;
  // The sentence around it continues: no closing punctuation before, lower case after.
  const last = String.fromCharCode(lineCode(src, prev, lineLen[prev]! - 1));
  const first = String.fromCharCode(lineCode(src, next, 0));
  return /[\p{Ll}\d]/u.test(last) && /\p{Ll}/u.test(first);
}

const HEADER_PUNCT = new Set(" .,&()'/-".split('').map((c) => c.charCodeAt(0)));

/**
 * Removes a footer or page number glued into line `i` (text `text`), in place in the buffer;
 * a plain line is first copied to the buffer at `at`. Returns whether it was copied.
 */
function removeInline(src: string, i: number, text: string, at: number): boolean {
  const drops: Array<[number, number]> = [];
  for (const re of [ESIGN_FOOTER_INLINE, PAGE_NUMBER_INLINE, FURNITURE_INLINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      drops.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (drops.length === 0) return false;
  drops.sort((a, b) => a[0] - b[0]);
  const from = lineFrom[i]!;
  if (from >= 0) {
    for (let r = 0; r < text.length; r++) {
      bufCodes[at + r] = src.charCodeAt(from + r);
      bufOffs[at + r] = from + r;
    }
    lineStart[i] = at;
    lineFrom[i] = -1;
  }
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
  lineStr[i] = lineText(s, w - s);
  return from >= 0;
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
