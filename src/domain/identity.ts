/**
 * When two mentions are the same thing: the identity rules the parser's keys and the graph
 * loader share. The parser (src/parsing/identity.ts) normalises what it reads into keys with
 * these rules (words, document numbers, instrument keys); the loader decides with them which
 * agreement an incoming document is a version of and which official a signature is. Plain
 * functions of plain values, so parsing and graph may both import them (domain <- both).
 */
import type { Agreement } from './agreement.js';

const ASCII = /^[^\u0080-\uffff]*$/;

/** Lower case, diacritics dropped, anything but letters and digits turned into single spaces. */
export function normaliseWords(s: string): string {
  // ASCII text has no diacritics and is its own NFKD form; most names are ASCII, and
  // normalising was most of the cost of a key.
  const decomposed = ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return decomposed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A document number as an identity: case and whitespace dropped ("PERJ.26/BSSN/SU/KJ.01.02/01/2025"). */
export function documentNumberKey(printed: string): string {
  return printed.toUpperCase().replace(/\s+/g, '');
}

/** Each printed number's key, once, sorted: a version that lists them in another order is the same. */
export function documentNumberKeys(numbers: readonly string[]): string[] {
  return [...new Set(numbers.map(documentNumberKey).filter((k) => k !== ''))].sort();
}

/** The key of a set of document numbers: order does not matter, each party prints its own. */
export function numbersKey(numbers: readonly string[]): string | null {
  const keys = documentNumberKeys(numbers);
  return keys.length ? keys.join(' + ') : null;
}

/**
 * Same agencies, same signing date: the second way to recognise an edited version. Agency keys
 * (not the signing unit's) so a version that names the unit differently still matches.
 */
export function partiesAndDateKey(agreement: Agreement): string | null {
  if (!agreement.signedOn || agreement.parties.length === 0) return null;
  const agencies = [...new Set(agreement.parties.map((p) => p.agency?.key ?? '?'))].sort();
  return `${agencies.join(' & ')} @ ${agreement.signedOn}`;
}

/**
 * What an agreement's id is minted from when it is first created: its numbers, else its
 * parties and date, else the text itself (`contentHash`).
 */
export function agreementIdentityKey(
  numbers: string | null,
  partiesDate: string | null,
  contentHash: string,
): string {
  return numbers ?? partiesDate ?? `text:${contentHash}`;
}

/**
 * What an implemented MoU's id is minted from: its numbers, else the implementing agreement's
 * identity and the MoU's title (an MoU named without numbers is only known through that agreement).
 */
export function implementedIdentityKey(
  mouNumbersKey: string | null,
  implementingIdentityKey: string,
  mouTitle: string | null,
): string {
  return mouNumbersKey ?? `implements:${implementingIdentityKey}:${mouTitle ?? ''}`;
}

/**
 * An official's graph identity from the parser's name key (`officialKey`: case, degrees, ranks
 * and initials folded, so one person is one key across documents). A single-word name (SUHANTO,
 * Abubakar) is common to many people, so it is only the same official when signing for the same
 * agency: `suhanto@kementerian perdagangan`. `shared` says whether the name alone identifies.
 */
export function officialIdentity(
  nameKey: string,
  agencyKey: string | null,
): { readonly key: string; readonly shared: boolean } {
  const shared = nameKey.includes(' ');
  return { key: shared ? nameKey : `${nameKey}@${agencyKey ?? '?'}`, shared };
}

export interface InstrumentKeyParts {
  readonly kind: string;
  /** The issuing body's institution key, '' when none is named. */
  readonly issuerKey: string;
  readonly number: string | null;
  readonly year: number | null;
  /** For a code (KITAB) without a number: the code it names ("kuhperdata"). */
  readonly codeKey: string | null;
}

/**
 * Identity key of a legal instrument: kind + issuer key + number (case and spaces folded) + year,
 * e.g. `KEPUTUSAN_PRESIDEN||171/TPA|2020`, `PERATURAN_MENTERI|menteri hukum|1|2024`.
 * Codes (KITAB) have no number and are keyed by the code they name: `KITAB|||kuhperdata`.
 */
export function instrumentKeyOf(parts: InstrumentKeyParts): string {
  const number = parts.number ? documentNumberKey(parts.number) : '';
  if (parts.kind === 'KITAB' && !parts.number) return `KITAB|||${parts.codeKey ?? ''}`;
  return `${parts.kind}|${parts.issuerKey}|${number}|${parts.year ?? ''}`;
}
