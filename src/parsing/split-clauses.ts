import type { ClauseTopic } from '../domain/agreement.js';
import { memoise } from './memoise.js';
import { startsUnit } from './split-list.js';

/** An article found in the cleaned text, as ranges. */
export interface RawClause {
  readonly number: string;
  readonly start: number;
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly bodyStart: number;
  readonly end: number;
}

export interface ClauseScan {
  readonly clauses: RawClause[];
  /** Where the signature block starts, when found after the last article. */
  readonly signatureAt: number | null;
  /** Article numbers that jump, e.g. "7→9". */
  readonly gaps: string[];
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!];
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total;
}

function numberValue(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : romanValue(s);
}

const PARTY_TOKENS = new Set([
  'PARA',
  'PIHAK',
  'KESATU',
  'PERTAMA',
  'KEDUA',
  'KETIGA',
  'KEEMPAT',
  'I',
  'II',
  'III',
  'IV',
]);

/**
 * Finds the articles ("Pasal N" + heading) in order. "Pasal 1266 Kitab …" inside a sentence
 * is a citation, not an article: an article header stands at a line start or after a sentence
 * end, and its number is the next in sequence (a jump is accepted only for a header on its
 * own line followed by a heading in capitals, and reported).
 */
export function splitClauses(text: string, from: number): ClauseScan {
  const heads: Array<{ number: string; start: number; headingStart: number; headingEnd: number }> = [];
  const gaps: string[] = [];
  const re = /\b(?:Pasal|PASAL)\s+(\d{1,3}|[IVXLC]{1,7})\b/g;
  re.lastIndex = from;
  let expected = 1;
  let resume = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = numberValue(m[1]!);
    if (value === null) continue;
    if (!startsUnit(text, m.index, from) || isReference(text, m.index)) continue;
    const heading = readHeading(text, m.index + m[0].length);
    if (value !== expected && value !== resume) {
      // A number out of sequence (OCR damage: "Pasal 8" for "Pasal 3") counts only for a
      // header on its own line with a heading; the next article may resume the sequence.
      const ownLine = m.index === 0 || text[m.index - 1] === '\n';
      if (!(value > expected && value <= expected + 20 && ownLine && heading.end > heading.start)) continue;
      gaps.push(`${expected - 1}→${value}`);
      resume = expected + 1;
    } else {
      resume = -1;
    }
    heads.push({ number: m[1]!, start: m.index, headingStart: heading.start, headingEnd: heading.end });
    expected = value + 1;
  }
  const clauses: RawClause[] = [];
  let signatureAt: number | null = null;
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h]!;
    let end = heads[h + 1]?.start ?? text.length;
    if (h === heads.length - 1) {
      const sig = findSignatureBlock(text, head.headingEnd, end);
      if (sig !== null) {
        signatureAt = sig;
        end = sig;
      }
    }
    // Spelled out: an object spread here cost more than the rest of the article scan.
    clauses.push({
      number: head.number,
      start: head.start,
      headingStart: head.headingStart,
      headingEnd: head.headingEnd,
      bodyStart: head.headingEnd,
      end,
    });
  }
  return { clauses, signatureAt, gaps };
}

/** "sebagaimana dimaksud dalam\nPasal 5" is a reference even at a line start. */
function isReference(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 25), at).toLowerCase();
  return /(?:dalam|pada|dengan|dimaksud|ketentuan|sesuai)\s*$/.test(before);
}

/**
 * The heading after "Pasal N": the words in capitals that follow, on the same line or the
 * next. Words in capitals that open the body ("PARA PIHAK sepakat …") are left to the body.
 */
function readHeading(text: string, from: number): { start: number; end: number } {
  const tokens: Array<{ s: number; e: number; line: number }> = [];
  let i = from;
  let line = 0;
  const limit = Math.min(text.length, from + 300);
  while (i < limit && tokens.length < 16) {
    while (i < limit && (text[i] === ' ' || text[i] === '\n')) {
      if (text[i] === '\n') line++;
      i++;
    }
    let j = i;
    while (j < limit && text[j] !== ' ' && text[j] !== '\n') j++;
    if (j === i) break;
    const tok = text.slice(i, j);
    const letters = letterClasses(tok);
    const lower = (letters & HAS_LOWER) !== 0;
    if ((letters & HAS_LETTER) === 0 || (lower && !isOcrCapitals(tok)) || tok.startsWith('(')) break;
    tokens.push({ s: i, e: j, line });
    i = j;
  }
  if (tokens.length === 0) return { start: from, end: from };
  // What follows the run on its line: if it is body text, the run's last line belongs to the body.
  const after = text.slice(
    tokens[tokens.length - 1]!.e,
    Math.min(text.length, tokens[tokens.length - 1]!.e + 40),
  );
  const followedByBody = /^ +\p{L}*\p{Ll}/u.test(after);
  if (followedByBody) {
    const lastLine = tokens[tokens.length - 1]!.line;
    if (tokens[0]!.line !== lastLine) {
      while (tokens.length > 0 && tokens[tokens.length - 1]!.line === lastLine) tokens.pop();
    } else {
      while (
        tokens.length > 1 &&
        PARTY_TOKENS.has(
          text.slice(tokens[tokens.length - 1]!.s, tokens[tokens.length - 1]!.e).replace(/[^A-Z]/g, ''),
        )
      )
        tokens.pop();
    }
  }
  // The heading is on the line of "Pasal N" or the next one, not further.
  while (tokens.length > 0 && tokens[tokens.length - 1]!.line > tokens[0]!.line + 1) tokens.pop();
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return { start: from, end: from };
  return { start: first.s, end: last.e };
}

const HAS_LETTER = 1;
const HAS_LOWER = 2;

/**
 * Whether `tok` holds a letter (\p{L}) and a lower-case letter (\p{Ll}), as bits: by character
 * codes for ASCII, which most headings are, by the Unicode regexes otherwise.
 */
function letterClasses(tok: string): number {
  let bits = 0;
  for (let k = 0; k < tok.length; k++) {
    const c = tok.charCodeAt(k);
    if (c >= 128) return (/\p{L}/u.test(tok) ? HAS_LETTER : 0) | (/\p{Ll}/u.test(tok) ? HAS_LOWER : 0);
    if (c >= 97 && c <= 122) bits |= HAS_LETTER | HAS_LOWER;
    else if (c >= 65 && c <= 90) bits |= HAS_LETTER;
  }
  return bits;
}

/**
 * A word in capitals whose "I" OCR read as "l" ("DEFlNISI", "PlHAK"): capitals and "l" only,
 * at least two capitals, so "l." (an item label) and ordinary words are not taken.
 */
function isOcrCapitals(tok: string): boolean {
  return /^[\p{Lu}l\-/.,]+$/u.test(tok) && /\p{Lu}.*\p{Lu}/u.test(tok);
}

/** The signature block: party labels standing alone after the closing sentence. */
function findSignatureBlock(text: string, from: number, to: number): number | null {
  const region = text.slice(from, to);
  const re =
    /(?:^|[.\n])\s*(PIHAK\s+(?:KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|[IVX]{1,4})\b["”]?)(?=\s*,|\s*$|\s+PIHAK\s)/g;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    return from + m.index + m[0].indexOf(m[1]!);
  }
  return null;
}

const TOPICS: Array<[RegExp, ClauseTopic]> = [
  [/\bHAK\s+DAN\s+KEWAJIBAN\b|\bKEWAJIBAN\s+DAN\s+HAK\b/, 'RIGHTS_AND_OBLIGATIONS'],
  [/\bHAK\s+(?:ATAS\s+)?KEKAYAAN\s+INTELEKTUAL\b|\bHAK\s+CIPTA\b|\bKEPEMILIKAN\b/, 'INTELLECTUAL_PROPERTY'],
  [/\bDEFINISI\b|\bKETENTUAN\s+UMUM\b|\bPENGERTIAN\b|\bISTILAH\b/, 'DEFINITIONS'],
  [/\bMAKSUD\b|\bTUJUAN\b/, 'PURPOSE'],
  [/\bRUANG\s+LINGKUP\b|\bOBJEK\b|\bLINGKUP\b/, 'SCOPE'],
  [/\bKEWAJIBAN\b|\bTUGAS\s+DAN\s+TANGGUNG\s+JAWAB\b|\bTANGGUNG\s+JAWAB\b/, 'OBLIGATIONS'],
  [/\bHAK\b/, 'RIGHTS'],
  [/\bPEMBIAYAAN\b|\bBIAYA\b|\bPENDANAAN\b|\bANGGARAN\b/, 'FUNDING'],
  [/\bJANGKA\s+WAKTU\b|\bMASA\s+BERLAKU\b|\bPENGAKHIRAN\b|\bBERAKHIRNYA\b/, 'TERM'],
  [/\bKERAHASIAAN\b/, 'CONFIDENTIALITY'],
  [/\bPEMBATASAN\b|\bLARANGAN\b/, 'RESTRICTIONS'],
  [/\bKEADAAN\s+KAHAR\b|\bFORCE\s+MAJEUR\w*\b|\bKEADAAN\s+MEMAKSA\b/, 'FORCE_MAJEURE'],
  [/\bEVALUASI\b|\bPEMANTAUAN\b|\bMONITORING\b|\bPELAPORAN\b/, 'EVALUATION'],
  [/\bPERSELISIHAN\b|\bSENGKETA\b/, 'DISPUTE_RESOLUTION'],
  [/\bPERUBAHAN\b|\bADE?NDUM\b|\bADDENDUM\b|\bAMANDEMEN\b/, 'AMENDMENT'],
  [/\bKORESPONDENSI\b|\bPEMBERITAHUAN\b|\bKOMUNIKASI\b|\bNARAHUBUNG\b/, 'CORRESPONDENCE'],
  [/\bPENUTUP\b/, 'CLOSING'],
];

/** The topic of an article from its heading (tolerant of case and OCR spacing). */
export const classifyClause = memoise(function classifyClause(heading: string): ClauseTopic {
  // "l" next to a capital is an OCR-damaged "I" ("DEFlNISI", "HAK PARA PlHAK").
  const h = (heading.includes('l') ? heading.replace(/(?<=\p{Lu})l|l(?=\p{Lu})/gu, 'I') : heading)
    .toUpperCase()
    .replace(/\s+/g, ' ');
  for (const [re, topic] of TOPICS) if (re.test(h)) return topic;
  return 'OTHER';
});
