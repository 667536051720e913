import { describe, expect, it } from 'vitest';

import type { CorpusDocument } from '../../../src/corpus/generate-corpus.js';
import { generateCorpus } from '../../../src/corpus/generate-corpus.js';
import { MONTHS, isoParts } from '../../../src/corpus/indonesian-words.js';

function take(agreements: number, seed: number): CorpusDocument[] {
  return [...generateCorpus({ agreements, seed })];
}

/** The text as a reader sees it: page noise, markup and line breaks removed, whitespace folded. */
function readable(doc: CorpusDocument): string {
  const header = (doc.expected.parties[0]!.agency?.name ?? '').replace(/^Pemerintah /, '').toUpperCase();
  return doc.text
    .split('\n')
    .filter(
      (l) =>
        !/^\s*-\d+-\s*$/.test(l) &&
        !/^(Dokumen ini telah|diterbitkan oleh Balai)/.test(l) &&
        l.trim() !== header,
    )
    .join('\n')
    .replace(/\[([^\]]+)\]\(mailto:[^)]+\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\\$/g, '$')
    .replace(/\s+/g, ' ')
    .replace(/([a-z])- (?=[a-z])/gi, '$1-');
}

const all = take(200, 11);
/** The seeds' family: every value printed, none null (real-world.test.ts covers the other shapes). */
const corpus = all.filter((d) => d.family === 'bssn');

/** The seeds' family only: its values are never null. */
function bssnParties(doc: CorpusDocument) {
  return doc.expected.parties.map((p) => ({
    ...p,
    label: p.label!,
    institution: p.institution!,
    agency: p.agency!,
    signatory: p.signatory!,
    position: p.position!,
  }));
}

describe('generateCorpus', () => {
  it('gives byte-identical output for the same seed and different output for another', () => {
    const a = take(25, 3);
    const b = take(25, 3);
    const c = take(25, 4);
    expect(a.map((d) => d.text)).toEqual(b.map((d) => d.text));
    expect(a.map((d) => JSON.stringify(d.expected))).toEqual(b.map((d) => JSON.stringify(d.expected)));
    expect(a.map((d) => d.text)).not.toEqual(c.map((d) => d.text));
  });

  it('names files by index, six digits', () => {
    expect(all.slice(0, 3).map((d) => d.file)).toEqual(['000000.txt', '000001.txt', '000002.txt']);
  });

  it('prints every ground-truth value it claims', () => {
    for (const doc of corpus) {
      const text = readable(doc);
      const e = doc.expected;
      const where = `${doc.file} (${doc.layout})`;
      for (const n of e.numbers) expect(text, where).toContain(n);
      expect(text, where).toContain(e.signedDay!);
      const { month } = isoParts(e.signedOn!);
      expect(text, where).toContain(`bulan ${MONTHS[month - 1]}`);
      if (e.title) expect(text.toUpperCase(), where).toContain(e.title.toUpperCase());
      if (e.place) expect(text, where).toContain(`di ${e.place}`);
      for (const p of bssnParties(doc)) {
        expect(text, where).toContain(p.signatory.name);
        for (const h of p.signatory.honorifics) expect(text, where).toContain(h);
        expect(text, where).toContain(p.position);
        expect(text, where).toContain(p.label);
        if (p.appointment) expect(text, where).toContain(`Nomor ${p.appointment.number}`);
        if (p.contact?.email) expect(text, where).toContain(p.contact.email);
        if (p.contact?.phone) expect(text, where).toContain(p.contact.phone);
      }
      for (const c of e.clauses) expect(text, where).toContain(c.heading);
      for (const b of e.legalBases)
        if (b.number) expect(text, where).toContain(`Nomor ${b.number} Tahun ${b.year}`);
      for (const n of e.implements?.numbers ?? []) expect(text, where).toContain(n);
      if (e.terminationNoticeDays)
        expect(text, where).toContain(`paling lambat ${e.terminationNoticeDays} (`);
    }
  });

  it('counts the obligations and rights it prints', () => {
    for (const doc of corpus.filter((d) => d.expected.kind === 'PKS')) {
      for (const p of doc.expected.parties) {
        expect(p.obligationsCount, doc.file).toBeGreaterThanOrEqual(3);
        expect(p.rightsCount, doc.file).toBeGreaterThanOrEqual(3);
      }
    }
    for (const doc of corpus.filter((d) => d.expected.kind !== 'PKS')) {
      expect(
        doc.expected.parties.map((p) => p.obligationsCount),
        doc.file,
      ).toEqual([0, 0]);
    }
  });

  it('keeps the term consistent: expiry is the start date plus the duration, or the day before', () => {
    for (const doc of corpus) {
      const e = doc.expected;
      expect(e.durationMonths, doc.file).toBeGreaterThan(0);
      const from = new Date(`${e.effectiveFrom}T00:00:00Z`);
      const to = new Date(`${e.expiresOn}T00:00:00Z`);
      const months =
        (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
      expect([e.durationMonths, e.durationMonths! - 1], doc.file).toContain(months);
    }
  });

  it('mixes the real-world shapes into about a third of the documents', () => {
    const real = all.filter((d) => d.family === 'real-world').length;
    expect(real).toBeGreaterThan(40);
    expect(real).toBeLessThan(100);
  });

  it('produces the variety the parser must handle', () => {
    const all = corpus.map((d) => d.expected);
    const texts = corpus.map((d) => d.text);
    const parties = corpus.flatMap(bssnParties);
    expect(new Set(corpus.map((d) => d.layout))).toEqual(new Set(['plain', 'markdown']));
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(['PKS', 'MOU', 'ADDENDUM']));
    expect(all.some((e) => e.clauses.some((c) => c.topic === 'RIGHTS_AND_OBLIGATIONS'))).toBe(true);
    expect(all.some((e) => e.clauses[0]?.number === 'I')).toBe(true);
    expect(parties.some((p) => p.appointment?.kind === 'SURAT_KUASA')).toBe(true);
    expect(parties.some((p) => p.appointment?.kind === 'KEPUTUSAN_PRESIDEN')).toBe(true);
    expect(parties.some((p) => p.appointment === null)).toBe(true);
    expect(new Set(parties.map((p) => p.label))).toEqual(
      new Set(['PIHAK KESATU', 'PIHAK PERTAMA', 'PIHAK I', 'PIHAK KEDUA', 'PIHAK II']),
    );
    expect(all.some((e) => e.legalBases.some((b) => b.amendedBy.length > 0))).toBe(true);
    expect(all.some((e) => e.implements !== null && e.kind === 'PKS')).toBe(true);
    expect(all.some((e) => e.effectiveFrom !== e.signedOn)).toBe(true);
    expect(all.some((e) => e.renewable === null)).toBe(true);
    expect(all.some((e) => e.terminationNoticeDays === null)).toBe(true);
    expect(all.some((e) => e.numbers.length === 0)).toBe(true);
    expect(all.some((e) => e.parties.some((p) => p.agency?.key === 'badan siber dan sandi negara'))).toBe(
      true,
    );
    expect(all.some((e) => e.parties.every((p) => p.agency?.key !== 'badan siber dan sandi negara'))).toBe(
      true,
    );
    expect(parties.some((p) => p.institution.key !== p.agency.key)).toBe(true);
    expect(parties.some((p) => p.signatory.honorifics.some((h) => /POL\.|TNI/.test(h)))).toBe(true);
    expect(texts.some((t) => /\nMENGENAI\n|\*\*MENGENAI\*\*/.test(t))).toBe(true);
    expect(texts.some((t) => /Dokumen ini telah ditandatangani/.test(t))).toBe(true);
    expect(texts.some((t) => /^-\d+- ?$/m.test(t))).toBe(true);
    expect(texts.some((t) => /\[[^\]]+\]\(mailto:/.test(t))).toBe(true);
    expect(texts.some((t) => /^ *- (?![a-z]\.|\(\d+\)|\d+\.)[a-z]/m.test(t))).toBe(true);
    expect(texts.some((t) => /^1\) /m.test(t))).toBe(true);
    expect(texts.some((t) => /Tanggal : /.test(t))).toBe(true);
    expect(texts.some((t) => /NOTA KESEPAHAMAN|Nota Kesepahaman/.test(t))).toBe(true);
  });
});

describe('realistic reuse of officials', () => {
  const many = take(1500, 5).filter((d) => d.family === 'bssn');
  const byKey = new Map<string, { docs: number; positions: Set<string>; names: Set<string> }>();
  for (const doc of many) {
    for (const p of bssnParties(doc)) {
      const entry = byKey.get(p.signatory.key) ?? { docs: 0, positions: new Set(), names: new Set() };
      entry.docs++;
      entry.positions.add(p.position.replace(/ Republik Indonesia$/, ''));
      entry.names.add(p.signatory.name);
      byKey.set(p.signatory.key, entry);
    }
  }

  it('has officials who sign dozens of agreements', () => {
    const top = Math.max(...[...byKey.values()].map((e) => e.docs));
    expect(top).toBeGreaterThanOrEqual(24);
  });

  it('has officials who sign under two positions over time', () => {
    expect([...byKey.values()].some((e) => e.docs >= 2 && e.positions.size >= 2)).toBe(true);
  });

  it('prints the same official in capitals in one document and title case in another', () => {
    expect(
      [...byKey.values()].some(
        (e) =>
          [...e.names].some((n) => n === n.toUpperCase()) && [...e.names].some((n) => n !== n.toUpperCase()),
      ),
    ).toBe(true);
  });
});

describe('realWorldShare', () => {
  it('0 gives the seeds family only, the same texts as at those indexes of the mixed corpus', () => {
    const only = take(40, 11).filter((d) => d.family === 'bssn');
    const bssn = [...generateCorpus({ agreements: 40, seed: 11, realWorldShare: 0 })];
    expect(bssn.every((d) => d.family === 'bssn')).toBe(true);
    for (const d of only) expect(bssn.find((b) => b.file === d.file)?.text, d.file).toBe(d.text);
  });
});
