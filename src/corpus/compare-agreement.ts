/**
 * Field-by-field comparison of the parser's output with the ground truth, in the terms the
 * ground truth uses. Strings are compared with whitespace folded, bodies and officials by
 * identity key, party labels by the party they name ("PIHAK KESATU", "Pihak Pertama",
 * "PIHAK I" and an OCR'd "PIHAK l" are all the first party), so case, line breaks and
 * spelling never count as errors.
 *
 * Each field gets a verdict for the document (right when every value under it matches: all
 * parties, all clauses) and counts per value, because a wrong value is worse than a missing
 * one: `invented` counts values the parser gave that the text does not (a non-null value
 * where the truth is null, or a different value), `missing` the values it left out. For a
 * list (numbers, legal bases, clauses) a value is one entry; for a party field one party,
 * parties the parser added included.
 */
import type { Agreement, Confidence } from '../domain/agreement.js';
import type { ExpectedAgreement } from './document-model.js';

export interface FieldValue {
  readonly expected: unknown;
  readonly actual: unknown;
  /** The whole field matches for this document. */
  readonly correct: boolean;
  /** Values compared: truth values (nulls included) plus values only the parser gave. */
  readonly values: number;
  /** Parsed values that are non-null and not the truth. */
  readonly invented: number;
  /** Invented values the parser itself marked WEAK (kept out of entity resolution, listed in warnings). */
  readonly inventedWeak: number;
  /** Truth values the parser left null. */
  readonly missing: number;
}

/** Whitespace folded; an empty string is no value. */
const fold = (s: string | null | undefined): string | null => {
  const f = s == null ? '' : s.replace(/\s+/g, ' ').trim();
  return f === '' ? null : f;
};

/** Structural equality of plain JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function absent(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

export type Verdict = 'correct' | 'missing' | 'invented';

/** One value: right, left out, or given where the text says otherwise (or nothing). */
export function judge(expected: unknown, actual: unknown): Verdict {
  if (sameValue(expected, actual) || (absent(expected) && absent(actual))) return 'correct';
  return absent(actual) ? 'missing' : 'invented';
}

const ORDINALS: Readonly<Record<string, number>> = {
  KESATU: 1,
  PERTAMA: 1,
  I: 1,
  '1': 1,
  KEDUA: 2,
  II: 2,
  '2': 2,
  KETIGA: 3,
  III: 3,
  '3': 3,
  KEEMPAT: 4,
  IV: 4,
  '4': 4,
};

/**
 * The party a label names: "PIHAK 1" for PIHAK KESATU / PERTAMA / I / "Pihak Pertama" /
 * “PIHAK PERTAMA”, and for the OCR'd spellings a reader still recognises (K£DUA, il, l,
 * KET1GA). A label it cannot place is compared as printed, upper-cased.
 */
export function labelKey(label: string | null | undefined): string | null {
  if (label == null) return null;
  const folded = label
    .toUpperCase()
    .replace(/[“”"'.]/g, '')
    .replace(/£/g, 'E')
    .replace(/^PLHAK\b/, 'PIHAK')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^PIHAK ([A-Z0-9]+)$/.exec(folded);
  if (!m) return folded;
  const word = m[1]!.replace(/1(?=[A-Z])|(?<=[A-Z])1/g, 'I').replace(/L/g, 'I');
  const n = ORDINALS[word];
  return n ? `PIHAK ${n}` : folded;
}

/** The parser's confidence for a field ("signedOn", "parties[1].signatory"), when it said. */
function confidenceOf(actual: Agreement, field: string): Confidence | null {
  const found = (actual.evidence ?? []).filter((e) => e.field === field);
  if (found.length === 0) return null;
  return found.some((e) => e.confidence === 'STRONG') ? 'STRONG' : 'WEAK';
}

/** Evidence field names for the compared fields that have one. */
const EVIDENCE: Readonly<Record<string, string>> = {
  signedOn: 'signedOn',
  signedDay: 'signedOn',
  place: 'place',
  numbers: 'numbers',
  kindName: 'kindName',
  'parties.label': 'label',
  'parties.institution': 'institution',
  'parties.agency': 'agency',
  'parties.actsFor': 'actsFor',
  'parties.signatory.name': 'signatory',
  'parties.signatory.key': 'signatory',
  'parties.signatory.honorifics': 'signatory',
  'parties.position': 'position',
};

type ExpectedParty = ExpectedAgreement['parties'][number];
type ParsedParty = Agreement['parties'][number];

/**
 * The verdicts of one document, field by field: a single value (`put`), a count, a list of
 * values, or one value per party.
 */
class FieldComparison {
  readonly out: Record<string, FieldValue> = {};

  constructor(
    readonly expected: ExpectedAgreement,
    readonly actual: Agreement,
  ) {}

  /** Whether the parser marked the field WEAK (for a party field, for that party). */
  private weak(field: string, party: number | null): boolean {
    const name = EVIDENCE[field];
    if (!name) return false;
    return confidenceOf(this.actual, party === null ? name : `parties[${party}].${name}`) === 'WEAK';
  }

  put(field: string, e: unknown, a: unknown): void {
    const v = judge(e, a);
    this.out[field] = {
      expected: e,
      actual: a,
      correct: v === 'correct',
      values: 1,
      invented: v === 'invented' ? 1 : 0,
      inventedWeak: v === 'invented' && this.weak(field, null) ? 1 : 0,
      missing: v === 'missing' ? 1 : 0,
    };
  }

  /** A count: more than the truth is invented, fewer is missing. */
  count(field: string, e: number, a: number): void {
    this.out[field] = {
      expected: e,
      actual: a,
      correct: e === a,
      values: 1,
      invented: a > e ? 1 : 0,
      inventedWeak: 0,
      missing: a < e ? 1 : 0,
    };
  }

  /** A list whose entries are values: entries the parser added are invented, entries it lost missing. */
  list(field: string, e: readonly unknown[], a: readonly unknown[]): void {
    // An entry the parser could not fill in (an empty heading) is a value left out, not invented.
    const left = a.filter((x) => !absent(x)).map((x) => JSON.stringify(x));
    let missing = 0;
    for (const x of e) {
      const i = left.indexOf(JSON.stringify(x));
      if (i >= 0) left.splice(i, 1);
      else missing++;
    }
    const invented = left.length;
    this.out[field] = {
      expected: e,
      actual: a,
      correct: sameValue(e, a),
      values: Math.max(e.length, a.length),
      invented,
      inventedWeak: invented > 0 && this.weak(field, null) ? invented : 0,
      // A wrong entry is counted once, as invented, not also as the entry it replaced.
      missing: Math.max(0, missing - invented),
    };
  }

  /** One value per party, parties the parser added included; `a` reads the parsed party. */
  party<T>(field: string, e: (p: ExpectedParty) => T, a: (p: ParsedParty) => T): void {
    const { expected, actual } = this;
    const n = Math.max(expected.parties.length, actual.parties.length);
    const es: (T | null)[] = [];
    const as: (T | null)[] = [];
    let invented = 0;
    let inventedWeak = 0;
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const ev = expected.parties[i] ? e(expected.parties[i]!) : null;
      const av = actual.parties[i] ? a(actual.parties[i]!) : null;
      es.push(ev);
      as.push(av);
      const v = judge(ev, av);
      if (v === 'invented') {
        invented++;
        if (this.weak(`parties.${field}`, i)) inventedWeak++;
      } else if (v === 'missing') missing++;
    }
    this.out[`parties.${field}`] = {
      expected: es.slice(0, expected.parties.length),
      actual: as,
      correct: invented === 0 && missing === 0,
      values: n,
      invented,
      inventedWeak,
      missing,
    };
  }

  /** A party field read the same way from the truth and from the parser's output. */
  partyAlike<T>(field: string, get: (p: ExpectedParty | ParsedParty) => T): void {
    this.party(field, get, get);
  }
}

/** Compares every reported field of one document. */
export function compareAgreement(expected: ExpectedAgreement, actual: Agreement): Record<string, FieldValue> {
  const c = new FieldComparison(expected, actual);
  compareHeading(c);
  compareParties(c);
  compareBody(c);
  return c.out;
}

/** What the top of the text says: kind, title, numbers, signing date and place. */
function compareHeading(c: FieldComparison): void {
  const { expected, actual } = c;
  // OTHER is the parser's "kind not read", and "not a draft" its "no marker seen": both are no value.
  const kindOf = (k: string): string | null => (k === 'OTHER' ? null : k);
  c.put('kind', kindOf(expected.kind), kindOf(actual.kind));
  c.put('kindName', fold(expected.kindName), fold(actual.kindName ?? null));
  c.put('isDraft', expected.isDraft || null, actual.isDraft || null);
  c.put('title', fold(expected.title), fold(actual.title));
  c.list(
    'numbers',
    expected.numbers.map((n) => fold(n)),
    actual.numbers.map((n) => fold(n)),
  );
  c.put('signedOn', expected.signedOn, actual.signedOn);
  c.put('signedDay', expected.signedDay, actual.signedDay);
  c.put('place', fold(expected.place), fold(actual.place));
}

/** The parties: how many, and per party its label, bodies, signatory, position, appointment, contact. */
function compareParties(c: FieldComparison): void {
  c.count('parties.count', c.expected.parties.length, c.actual.parties.length);
  c.partyAlike('label', (p) => labelKey(p.label));
  c.partyAlike('institution', (p) => p.institution?.key ?? null);
  c.partyAlike('agency', (p) => p.agency?.key ?? null);
  c.partyAlike('actsFor', (p) => p.actsFor?.key ?? null);
  c.partyAlike('signatory.name', (p) => (p.signatory ? fold(p.signatory.name) : null));
  c.partyAlike('signatory.honorifics', (p) => p.signatory?.honorifics ?? null);
  c.partyAlike('signatory.key', (p) => p.signatory?.key ?? null);
  c.partyAlike('position', (p) => fold(p.position));
  c.party(
    'appointment',
    (p) => p.appointment,
    (p) =>
      p.appointment
        ? {
            kind: p.appointment.kind,
            number: p.appointment.number,
            year: p.appointment.year,
            date: p.appointment.date,
          }
        : null,
  );
  c.partyAlike('contact.email', (p) => p.contact?.email ?? null);
  c.party(
    'contact.phone',
    (p) => p.contact?.phone ?? null,
    (p) => fold(p.contact?.phone ?? null),
  );
  c.party(
    'obligationsCount',
    (p) => p.obligationsCount,
    (p) => p.obligations.length,
  );
  c.party(
    'rightsCount',
    (p) => p.rightsCount,
    (p) => p.rights.length,
  );
}

/** The body: legal bases, the agreement implemented, the articles, and the term. */
function compareBody(c: FieldComparison): void {
  const { expected, actual } = c;
  c.count('legalBases.count', expected.legalBases.length, actual.legalBases.length);
  c.list(
    'legalBases',
    expected.legalBases.map((b) => ({ key: b.key, amendedBy: b.amendedBy })),
    actual.legalBases.map((b) => ({
      key: b.key,
      amendedBy: b.amendedBy.map((m) => ({ number: m.number, year: m.year })),
    })),
  );
  c.put(
    'implements',
    expected.implements?.numbers ?? null,
    actual.implements ? actual.implements.numbers.map((n) => fold(n)) : null,
  );
  c.count('clauses.count', expected.clauses.length, actual.clauses.length);
  c.list(
    'clauses.number',
    expected.clauses.map((x) => x.number),
    actual.clauses.map((x) => x.number),
  );
  c.list(
    'clauses.heading',
    expected.clauses.map((x) => fold(x.heading)),
    actual.clauses.map((x) => fold(x.heading)),
  );
  c.list(
    'clauses.topic',
    expected.clauses.map((x) => x.topic),
    actual.clauses.map((x) => x.topic),
  );
  c.put('durationMonths', expected.durationMonths, actual.durationMonths);
  c.put('effectiveFrom', expected.effectiveFrom, actual.effectiveFrom);
  c.put('expiresOn', expected.expiresOn, actual.expiresOn);
  c.put('terminationNoticeDays', expected.terminationNoticeDays, actual.terminationNoticeDays);
  c.put('renewable', expected.renewable, actual.renewable);
}
