import { describe, expect, it } from 'vitest';

import { compareAgreement, judge, labelKey } from '../../../src/corpus/compare-agreement.js';
import type { ExpectedAgreement, ExpectedParty } from '../../../src/corpus/document-model.js';
import type { Agreement, FieldEvidence, Party } from '../../../src/domain/agreement.js';
import { institutionKey, officialKey } from '../../../src/parsing/index.js';

const span = { start: 0, end: 0 };

function truthParty(ordinal: number, over: Partial<ExpectedParty> = {}): ExpectedParty {
  return {
    ordinal,
    label: ordinal === 1 ? 'PIHAK KESATU' : 'PIHAK KEDUA',
    institution: {
      name: 'Dinas Kesehatan Kabupaten Garut',
      key: institutionKey('Dinas Kesehatan Kabupaten Garut'),
    },
    agency: { name: 'Pemerintah Kabupaten Garut', key: institutionKey('Pemerintah Kabupaten Garut') },
    signatory: { name: 'SITI AMINAH', honorifics: ['dr.'], key: officialKey('SITI AMINAH') },
    position: 'Kepala Dinas Kesehatan Kabupaten Garut',
    actsFor: null,
    appointment: null,
    contact: null,
    obligationsCount: 0,
    rightsCount: 0,
    ...over,
  };
}

function truth(over: Partial<ExpectedAgreement> = {}): ExpectedAgreement {
  return {
    kind: 'PKS',
    kindName: 'PERJANJIAN KERJA SAMA',
    isDraft: false,
    title: 'PELAYANAN KESEHATAN',
    numbers: ['440/12/Dinkes/2019'],
    signedOn: '2019-03-07',
    signedDay: 'Kamis',
    place: 'Kabupaten Garut',
    parties: [truthParty(1), truthParty(2)],
    legalBases: [],
    implements: null,
    clauses: [],
    durationMonths: null,
    effectiveFrom: null,
    expiresOn: null,
    terminationNoticeDays: null,
    renewable: null,
    ...over,
  };
}

/** The parser's party for a truth party: the same values, as the parser shapes them. */
function parsedParty(t: ExpectedParty, over: Partial<Party> = {}): Party {
  const ref = (r: { name: string; key: string } | null) =>
    r ? { name: r.name, acronym: null, key: r.key, span } : null;
  return {
    ordinal: t.ordinal,
    label: t.label,
    institution: ref(t.institution),
    agency: ref(t.agency),
    actsFor: ref(t.actsFor),
    signatory: t.signatory ? { ...t.signatory, span } : null,
    position: t.position,
    address: null,
    appointment: null,
    contact: null,
    obligations: [],
    rights: [],
    span,
    ...over,
  };
}

function parsed(t: ExpectedAgreement, over: Partial<Agreement> = {}): Agreement {
  return {
    kind: t.kind,
    kindName: t.kindName,
    isDraft: t.isDraft,
    title: t.title,
    numbers: t.numbers,
    signedOn: t.signedOn,
    signedDay: t.signedDay,
    place: t.place,
    parties: t.parties.map((p) => parsedParty(p)),
    legalBases: [],
    citations: [],
    implements: null,
    clauses: [],
    definitions: [],
    durationMonths: t.durationMonths,
    effectiveFrom: t.effectiveFrom,
    expiresOn: t.expiresOn,
    terminationNoticeDays: t.terminationNoticeDays,
    renewable: t.renewable,
    warnings: [],
    evidence: [],
    spans: {},
    ...over,
  };
}

describe('labelKey', () => {
  it('names the party a label stands for, whatever the spelling', () => {
    for (const l of [
      'PIHAK KESATU',
      'PIHAK PERTAMA',
      'Pihak Pertama',
      '“PIHAK I”',
      'PIHAK l',
      'PlHAK KESATU',
    ])
      expect(labelKey(l), l).toBe('PIHAK 1');
    for (const l of ['PIHAK KEDUA', 'PIHAK K£DUA', 'PIHAK II', 'PIHAK il', 'Pihak Kedua'])
      expect(labelKey(l), l).toBe('PIHAK 2');
    for (const l of ['PIHAK KETIGA', 'PIHAK KET1GA', 'PIHAK III']) expect(labelKey(l), l).toBe('PIHAK 3');
    expect(labelKey(null)).toBeNull();
    expect(labelKey('PARA PIHAK')).toBe('PARA PIHAK');
  });
});

describe('judge', () => {
  it('calls a value where the text has none, or a different value, invented', () => {
    expect(judge(null, 'Nama')).toBe('invented');
    expect(judge('SITI AMINAH', 'Nama')).toBe('invented');
    expect(judge('SITI AMINAH', null)).toBe('missing');
    expect(judge(null, null)).toBe('correct');
    expect(judge([], null)).toBe('correct');
    expect(judge('2019-03-07', '2019-03-07')).toBe('correct');
  });
});

describe('compareAgreement', () => {
  it('finds nothing wrong when the parser agrees with the truth', () => {
    const t = truth();
    const r = compareAgreement(t, parsed(t));
    for (const [field, v] of Object.entries(r)) {
      expect(v.correct, field).toBe(true);
      expect(v.invented + v.missing, field).toBe(0);
    }
  });

  it('counts a form label read as a name, where the truth is null, as invented', () => {
    const t = truth({ parties: [truthParty(1, { signatory: null }), truthParty(2)] });
    const nama = { name: 'Nama', honorifics: [], key: 'nama', span };
    const a = parsed(t, {
      parties: [parsedParty(t.parties[0]!, { signatory: nama }), parsedParty(t.parties[1]!)],
    });
    const r = compareAgreement(t, a);
    expect(r['parties.signatory.name']).toMatchObject({
      correct: false,
      values: 2,
      invented: 1,
      missing: 0,
      expected: [null, 'SITI AMINAH'],
      actual: ['Nama', 'SITI AMINAH'],
    });
  });

  it('counts a value the parser left null as missing, not invented', () => {
    const t = truth();
    const a = parsed(t, {
      signedOn: null,
      parties: [parsedParty(t.parties[0]!, { position: null }), parsedParty(t.parties[1]!)],
    });
    const r = compareAgreement(t, a);
    expect(r.signedOn).toMatchObject({ correct: false, invented: 0, missing: 1 });
    expect(r['parties.position']).toMatchObject({ correct: false, invented: 0, missing: 1 });
  });

  it('counts a date from a cited decree as an invented signing date', () => {
    const t = truth();
    const r = compareAgreement(t, parsed(t, { signedOn: '2017-03-12' }));
    expect(r.signedOn).toMatchObject({
      expected: '2019-03-07',
      actual: '2017-03-12',
      invented: 1,
      missing: 0,
    });
  });

  it('counts every value of a party the parser made up as invented', () => {
    const t = truth();
    const extra = parsedParty(truthParty(3, { label: 'PIHAK KETIGA' }));
    const r = compareAgreement(t, parsed(t, { parties: [...parsed(t).parties, extra] }));
    expect(r['parties.count']).toMatchObject({ expected: 2, actual: 3, invented: 1, missing: 0 });
    expect(r['parties.signatory.name']).toMatchObject({ values: 3, invented: 1, missing: 0 });
    expect(r['parties.label']).toMatchObject({ values: 3, invented: 1 });
  });

  it('counts the entries of a list on their own: a placeholder read as a number is invented', () => {
    const t = truth({ numbers: ['445 / / Umum / III / 2014'] });
    const r = compareAgreement(t, parsed(t, { numbers: ['445 /   / Umum / III / 2014', '……………'] }));
    expect(r.numbers).toMatchObject({ correct: false, values: 2, invented: 1, missing: 0 });
    const lost = compareAgreement(t, parsed(t, { numbers: [] }));
    expect(lost.numbers).toMatchObject({ invented: 0, missing: 1 });
  });

  it('takes OTHER and "not a draft" as no value', () => {
    const t = truth({ kind: 'NPHD', isDraft: true });
    const r = compareAgreement(t, parsed(t, { kind: 'OTHER', isDraft: false }));
    expect(r.kind).toMatchObject({ invented: 0, missing: 1 });
    expect(r.isDraft).toMatchObject({ invented: 0, missing: 1 });
    const wrong = compareAgreement(truth(), parsed(truth(), { kind: 'MOU', isDraft: true }));
    expect(wrong.kind).toMatchObject({ invented: 1 });
    expect(wrong.isDraft).toMatchObject({ invented: 1 });
  });

  it('says how many invented values the parser itself marked WEAK', () => {
    const t = truth({ parties: [truthParty(1, { signatory: null }), truthParty(2, { signatory: null })] });
    const nama = { name: 'Nama', honorifics: [], key: 'nama', span };
    const evidence: FieldEvidence[] = [
      { field: 'parties[0].signatory', rule: 'form-label-nama', confidence: 'WEAK', span },
      { field: 'parties[1].signatory', rule: 'name-before-colon', confidence: 'STRONG', span },
    ];
    const a = parsed(t, { evidence, parties: t.parties.map((p) => parsedParty(p, { signatory: nama })) });
    expect(compareAgreement(t, a)['parties.signatory.name']).toMatchObject({ invented: 2, inventedWeak: 1 });
  });

  it('compares acts-for by identity key', () => {
    const gov = { name: 'Pemerintah Kabupaten Garut', key: institutionKey('Pemerintah Kabupaten Garut') };
    const t = truth({ parties: [truthParty(1, { actsFor: gov }), truthParty(2)] });
    const right = parsed(t, {
      parties: [
        parsedParty(t.parties[0]!, {
          actsFor: {
            name: 'PEMERINTAH KABUPATEN GARUT',
            acronym: null,
            key: institutionKey('PEMERINTAH KABUPATEN GARUT'),
            span,
          },
        }),
        parsedParty(t.parties[1]!),
      ],
    });
    expect(compareAgreement(t, right)['parties.actsFor']?.correct).toBe(true);
    const lost = parsed(t, { parties: t.parties.map((p) => parsedParty(p, { actsFor: null })) });
    expect(compareAgreement(t, lost)['parties.actsFor']).toMatchObject({ invented: 0, missing: 1 });
  });
});
