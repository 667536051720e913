import type { Span } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { foldRange, spanOf } from './clean-text.js';

/** A value read from the cleaned text: folded for display, with its range and source span. */
export interface ReadValue {
  readonly value: string;
  /** Range in the cleaned text. */
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

/** Characters that separate a value from what follows and are not part of it. */
const TRAILING = ' \n,;:';

/**
 * Reads cleaned range [start, end): trims whitespace and trailing separators (`,` `;` `:`,
 * and `.` unless it closes an abbreviation such as "M.H." or "Kav."), folds the result.
 */
export function readValue(clean: CleanText, start: number, end: number, dropDot = true): ReadValue {
  const text = clean.text;
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  for (;;) {
    while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
    while (e > s && TRAILING.includes(text[e - 1]!)) e--;
    if (dropDot && e > s && text[e - 1] === '.' && !endsWithAbbreviation(text, s, e)) {
      e--;
      continue;
    }
    break;
  }
  return { value: foldRange(clean, s, e), start: s, end: e, span: spanOf(clean, s, e) };
}

const ABBREVIATIONS = new Set([
  'no',
  'kav',
  'jl',
  'jln',
  'dr',
  'ir',
  'drs',
  'st',
  'tbk',
  'ltd',
  'co',
  'inc',
  'dst',
  'dll',
  'dsb',
  'ext',
  'pes',
  'telp',
  'hlm',
]);

/**
 * Whether the dot ending cleaned range [s, e) belongs to its word: "S.H.", "M.H." (a dot
 * inside the word) or a known abbreviation ("No.", "Kav.", "dst."). A sentence end such as
 * "PIHAK II." is not.
 */
export function endsWithAbbreviation(text: string, s: number, e: number): boolean {
  let i = e - 1;
  while (i > s && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, e - 1);
  if (i > s && text[i - 1] === '.' && word.length <= 4) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The span of cleaned range [start, end) with no trimming. */
export function rawSpan(clean: CleanText, start: number, end: number): Span {
  return spanOf(clean, start, end);
}
