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
const PAGE_NUMBER_LINE = /^(?:-\s*\d{1,4}\s*-|(?:halaman|hal\.|page)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?)$/i;

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
  /** Kept characters. */
  chars: string[];
  /** Original offset of each kept character. */
  offs: number[];
}

/**
 * Removes page noise and Markdown markup and keeps an offset map back to the input.
 * Runs in time linear in the input: one pass per line, no backtracking regexes over
 * more than one line.
 */
export function cleanText(original: string): CleanText {
  const lines: Line[] = [];
  let start = 0;
  const n = original.length;
  while (start <= n) {
    let end = original.indexOf('\n', start);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > start && original.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = cleanLine(original, start, lineEnd);
    if (line) lines.push(line);
    if (end >= n) break;
    start = end + 1;
  }
  dropFurniture(lines);
  const total = lines.reduce((sum, l) => sum + l.chars.length + 1, 0);
  const map = new Int32Array(Math.max(total - 1, 0));
  const out: string[] = [];
  let k = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (li > 0) {
      // The newline stands for the whitespace right after the previous line's last character.
      const prev = lines[li - 1]!;
      map[k++] = (prev.offs[prev.offs.length - 1] ?? 0) + 1;
      out.push('\n');
    }
    for (let i = 0; i < line.chars.length; i++) {
      map[k++] = line.offs[i]!;
    }
    out.push(line.chars.join(''));
  }
  return { original, text: out.join(''), map };
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

/** Cleans one line: Markdown markup, escapes, links, signature residue; folds whitespace. */
function cleanLine(src: string, start: number, end: number): Line | null {
  let i = start;
  // Leading whitespace, heading marks, block quotes and list bullets.
  for (;;) {
    while (i < end && isSpace(src.charCodeAt(i))) i++;
    const c = src[i];
    if (c === '#') {
      let j = i;
      while (j < end && src[j] === '#') j++;
      if (j - i <= 6 && (j === end || isSpace(src.charCodeAt(j)))) {
        i = j;
        continue;
      }
      break;
    }
    if (c === '>' || ((c === '-' || c === '+' || c === '•') && i + 1 < end && isSpace(src.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    if (c === '*' && i + 1 < end && isSpace(src.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  const chars: string[] = [];
  const offs: number[] = [];
  let pendingSpace = -1;
  const push = (ch: string, off: number): void => {
    if (pendingSpace >= 0 && chars.length > 0) {
      chars.push(' ');
      offs.push(pendingSpace);
    }
    pendingSpace = -1;
    chars.push(ch);
    offs.push(off);
  };
  // Markdown link targets to skip: "[text](mailto:x)" keeps "text".
  let linkDepth = 0;
  while (i < end) {
    const ch = src[i]!;
    const code = src.charCodeAt(i);
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (ch === '\\' && i + 1 < end && /[\\`*_{}[\]()#+\-.!$|~<>"']/.test(src[i + 1]!)) {
      push(src[i + 1]!, i + 1);
      i += 2;
      continue;
    }
    if (ch === '*') {
      i++;
      continue;
    }
    if (ch === '_' && src[i + 1] === '_') {
      i += 2;
      continue;
    }
    if (ch === '[' && src.slice(i, Math.min(end, i + 400)).includes('](')) {
      linkDepth++;
      i++;
      continue;
    }
    if (ch === ']' && linkDepth > 0 && src[i + 1] === '(') {
      const close = src.slice(i + 2, Math.min(end, i + 402)).indexOf(')');
      linkDepth--;
      if (close >= 0) {
        i = i + 2 + close + 1;
        continue;
      }
    }
    if (ch === '<' && /^<br\s*\/?>/i.test(src.slice(i, i + 6))) {
      const close = src.indexOf('>', i);
      if (pendingSpace < 0) pendingSpace = i;
      i = close + 1;
      continue;
    }
    push(ch, i);
    i++;
  }
  dropResidue(chars, offs);
  if (chars.length === 0) return null;
  const text = chars.join('');
  if (/^[-=_*]{3,}$/.test(text)) return null; // horizontal rule
  if (PAGE_NUMBER_LINE.test(text)) return null;
  return { chars, offs };
}

/** Removes stand-alone `$` and `#` tokens left by signature images. */
function dropResidue(chars: string[], offs: number[]): void {
  let w = 0;
  for (let r = 0; r < chars.length; r++) {
    const c = chars[r]!;
    if ((c === '$' || c === '#') && (r === 0 || chars[r - 1] === ' ') && (r + 1 === chars.length || chars[r + 1] === ' ')) {
      // Also swallow the following space so no double space is left.
      if (chars[r + 1] === ' ') r++;
      continue;
    }
    chars[w] = c;
    offs[w] = offs[r]!;
    w++;
  }
  chars.length = w;
  offs.length = w;
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    offs.pop();
  }
  while (chars.length > 0 && chars[0] === ' ') {
    chars.shift();
    offs.shift();
  }
}

/** Drops footer lines, inline footers and running headers injected mid-sentence. */
function dropFurniture(lines: Line[]): void {
  let w = 0;
  let inFooter = false;
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r]!;
    const text = line.chars.join('');
    if (ESIGN_FOOTER_START.test(text)) {
      inFooter = true;
      continue;
    }
    if (inFooter && ESIGN_FOOTER_CONT.test(text)) continue;
    inFooter = false;
    removeInline(line, text);
    if (line.chars.length === 0) continue;
    lines[w++] = line;
  }
  lines.length = w;
  // A running header: an all-capitals name of a body between two halves of one sentence.
  w = 0;
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r]!;
    const prev = w > 0 ? lines[w - 1] : undefined;
    const next = lines[r + 1];
    if (prev && next && isRunningHeader(line.chars.join(''), prev.chars.join(''), next.chars.join(''))) continue;
    lines[w++] = line;
  }
  lines.length = w;
}

function isRunningHeader(text: string, prev: string, next: string): boolean {
  if (text.length < 8 || text.length > 120) return false;
  if (!/^[A-Z][A-Z .,&()'-]+$/.test(text) || !text.includes(' ')) return false;
  if (!BODY_WORD.test(text) || /\bPIHAK\b/.test(text)) return false;
  // The sentence around it continues: no closing punctuation before, lower case after.
  return /[\p{Ll}\d]$/u.test(prev) && /^\p{Ll}/u.test(next);
}

function removeInline(line: Line, text: string): void {
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
  const chars: string[] = [];
  const offs: number[] = [];
  let d = 0;
  for (let i = 0; i < line.chars.length; i++) {
    while (d < drops.length && drops[d]![1] <= i) d++;
    const drop = drops[d];
    if (drop && i >= drop[0] && i < drop[1]) continue;
    if (line.chars[i] === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
    chars.push(line.chars[i]!);
    offs.push(line.offs[i]!);
  }
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    offs.pop();
  }
  line.chars = chars;
  line.offs = offs;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 10 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000;
}

/** Folds a cleaned slice into a display value: joins words hyphenated across lines, one space. */
export function foldText(s: string): string {
  return s
    .replace(/(\p{L})-\n(?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trims whitespace and the given trailing characters from cleaned range [start, end). */
export function trimRange(text: string, start: number, end: number, trailing = ' \n'): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n' || trailing.includes(text[e - 1]!))) e--;
  return [s, e];
}
