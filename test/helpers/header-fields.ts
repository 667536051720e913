import type { Agreement } from '../../src/domain/agreement.js';

/** The fields a clerk checks first: what, which numbers, when, where, who signed for whom. */
export function headerFields(a: Agreement) {
  return {
    kind: a.kind,
    title: a.title,
    numbers: a.numbers,
    signedOn: a.signedOn,
    signedDay: a.signedDay,
    place: a.place,
    effectiveFrom: a.effectiveFrom,
    durationMonths: a.durationMonths,
    expiresOn: a.expiresOn,
    parties: a.parties.map((p) => ({
      label: p.label,
      signatory: p.signatory?.name ?? null,
      position: p.position,
      institution: p.institution?.name ?? null,
      agency: p.agency?.name ?? null,
    })),
  };
}
