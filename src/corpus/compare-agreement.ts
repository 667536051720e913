/**
 * Field-by-field comparison of the parser's output with the ground truth, in the terms the
 * ground truth uses. A field is right for a document when every value under it matches
 * (all parties, all clauses); strings are compared with whitespace folded, bodies and
 * officials by identity key, so case and line breaks never count as errors.
 */
import type { Agreement } from '../domain/agreement.js';
import type { ExpectedAgreement } from './document-model.js';

export interface FieldValue {
  readonly expected: unknown;
  readonly actual: unknown;
}

const fold = (s: string | null | undefined): string | null =>
  s == null ? null : s.replace(/\s+/g, ' ').trim();

/** The fields reported, each read from both sides in the same shape. */
export function compareAgreement(expected: ExpectedAgreement, actual: Agreement): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  const put = (field: string, e: unknown, a: unknown): void => {
    out[field] = { expected: e, actual: a };
  };
  put('kind', expected.kind, actual.kind);
  put('title', fold(expected.title), fold(actual.title));
  put(
    'numbers',
    expected.numbers,
    actual.numbers.map((n) => fold(n)),
  );
  put('signedOn', expected.signedOn, actual.signedOn);
  put('signedDay', expected.signedDay, actual.signedDay);
  put('place', expected.place, fold(actual.place));
  put('parties.count', expected.parties.length, actual.parties.length);
  const party = <T>(
    field: string,
    e: (p: ExpectedAgreement['parties'][number]) => T,
    a: (p: Agreement['parties'][number]) => T,
  ): void => {
    put(
      `parties.${field}`,
      expected.parties.map(e),
      expected.parties.map((_, i) => (actual.parties[i] ? a(actual.parties[i]) : null)),
    );
  };
  party(
    'label',
    (p) => p.label,
    (p) => p.label,
  );
  party(
    'institution',
    (p) => p.institution?.key ?? null,
    (p) => p.institution?.key ?? null,
  );
  party(
    'agency',
    (p) => p.agency?.key ?? null,
    (p) => p.agency?.key ?? null,
  );
  party(
    'signatory.name',
    (p) => (p.signatory ? fold(p.signatory.name) : null),
    (p) => (p.signatory ? fold(p.signatory.name) : null),
  );
  party(
    'signatory.honorifics',
    (p) => p.signatory?.honorifics ?? null,
    (p) => p.signatory?.honorifics ?? null,
  );
  party(
    'signatory.key',
    (p) => p.signatory?.key ?? null,
    (p) => p.signatory?.key ?? null,
  );
  party(
    'position',
    (p) => (p.position === null ? null : fold(p.position)),
    (p) => (p.position === null ? null : fold(p.position)),
  );
  party(
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
  party(
    'contact.email',
    (p) => p.contact?.email ?? null,
    (p) => p.contact?.email ?? null,
  );
  party(
    'contact.phone',
    (p) => p.contact?.phone ?? null,
    (p) => fold(p.contact?.phone ?? null),
  );
  party(
    'obligationsCount',
    (p) => p.obligationsCount,
    (p) => p.obligations.length,
  );
  party(
    'rightsCount',
    (p) => p.rightsCount,
    (p) => p.rights.length,
  );
  put('legalBases.count', expected.legalBases.length, actual.legalBases.length);
  put(
    'legalBases',
    expected.legalBases.map((b) => ({ key: b.key, amendedBy: b.amendedBy })),
    actual.legalBases.map((b) => ({
      key: b.key,
      amendedBy: b.amendedBy.map((m) => ({ number: m.number, year: m.year })),
    })),
  );
  put(
    'implements',
    expected.implements?.numbers ?? null,
    actual.implements ? actual.implements.numbers.map((n) => fold(n)) : null,
  );
  put('clauses.count', expected.clauses.length, actual.clauses.length);
  put(
    'clauses.number',
    expected.clauses.map((c) => c.number),
    actual.clauses.map((c) => c.number),
  );
  put(
    'clauses.heading',
    expected.clauses.map((c) => fold(c.heading)),
    actual.clauses.map((c) => fold(c.heading)),
  );
  put(
    'clauses.topic',
    expected.clauses.map((c) => c.topic),
    actual.clauses.map((c) => c.topic),
  );
  put('durationMonths', expected.durationMonths, actual.durationMonths);
  put('effectiveFrom', expected.effectiveFrom, actual.effectiveFrom);
  put('expiresOn', expected.expiresOn, actual.expiresOn);
  put('terminationNoticeDays', expected.terminationNoticeDays, actual.terminationNoticeDays);
  put('renewable', expected.renewable, actual.renewable);
  return out;
}

/** Structural equality of plain JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
