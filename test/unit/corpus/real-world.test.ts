import { describe, expect, it } from 'vitest';

import type { AgreementDocument } from '../../../src/corpus/document-model.js';
import type { CorpusDocument } from '../../../src/corpus/generate-corpus.js';
import { generateCorpus } from '../../../src/corpus/generate-corpus.js';
import { dateLong } from '../../../src/corpus/indonesian-words.js';
import { createRandom } from '../../../src/corpus/random.js';
import { renderFlattened } from '../../../src/corpus/render-flattened.js';

const real = [...generateCorpus({ agreements: 1200, seed: 21 })].filter((d) => d.family === 'real-world');
const has = (d: CorpusDocument, shape: string): boolean => d.shapes.includes(shape);

/** The text as a reader sees it: furniture, markup and line breaks removed, whitespace folded. */
function readable(doc: CorpusDocument): string {
  return doc.text
    .split('\n')
    .filter((l) => !/^\s*(?:-\s*\d+\s*-|\d+|Halaman \d+ dari \d+|jdih\.\S+.*|Page \d+ of \d+ .*)\s*$/.test(l))
    .join('\n')
    .replace(
      /PARAF Pihak I Pihak II|Paraf Pihak I : Paraf Pihak II :|Paraf PIHAK KESATU : ……\. PIHAK KEDUA : ……\.|\bPARAF\b/g,
      ' ',
    )
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/([a-z])- (?=[a-z])/gi, '$1-');
}

/** A placeholder or redaction standing where a value would be. */
const ABSENT = /…{3,}|\.{10,}|-{10,}|_{10,}|\(mohon dilengkapi\)|[Xx]{7,}/;

describe('real-world shapes in the corpus', () => {
  it('are about a third of the documents', () => {
    expect(real.length).toBeGreaterThan(340);
    expect(real.length).toBeLessThan(500);
  });

  it('print every value their ground truth claims', () => {
    for (const doc of real) {
      const text = readable(doc);
      const upper = text.toUpperCase();
      const e = doc.expected;
      const where = `${doc.file} (${doc.layout}) ${doc.shapes.join(' ')}`;
      for (const n of e.numbers) expect(text, where).toContain(n);
      if (e.kindName) expect(text, where).toContain(e.kindName);
      if (e.title) expect(upper, where).toContain(e.title);
      if (e.signedDay) expect(text, where).toContain(e.signedDay);
      // "di Kota X", or a venue in it ("bertempat di Kantor Dinas … Kota X").
      if (e.place) expect(text, where).toMatch(new RegExp(`di (?:[^,]* )?${e.place}`));
      for (const p of e.parties) {
        if (p.signatory) {
          expect(text, where).toContain(p.signatory.name);
          for (const h of p.signatory.honorifics) expect(text, where).toContain(h);
        }
        if (p.position) expect(text, where).toContain(p.position);
        if (p.institution) expect(upper, where).toContain(p.institution.name.toUpperCase());
        if (p.actsFor) expect(text, where).toContain(`serta sah mewakili ${p.actsFor.name}`);
        if (p.appointment) expect(text, where).toContain(`Nomor ${p.appointment.number}`);
        if (p.appointment?.date) expect(text, where).toContain(`tanggal ${dateLong(p.appointment.date)}`);
      }
      for (const b of e.legalBases) expect(text, where).toContain(`Nomor ${b.number}`);
      for (const n of e.implements?.numbers ?? []) expect(text, where).toContain(n);
      for (const c of e.clauses) expect(text, where).toContain(c.heading);
    }
  });

  it('give null, never a value, where the text has a placeholder or redaction', () => {
    const absentSignatory = real.filter((d) => d.shapes.some((s) => s.startsWith('absent:signatory')));
    expect(absentSignatory.length).toBeGreaterThan(10);
    for (const doc of absentSignatory) {
      expect(
        doc.expected.parties.some((p) => p.signatory === null),
        doc.file,
      ).toBe(true);
      expect(readable(doc), doc.file).toMatch(ABSENT);
    }
    for (const doc of real.filter((d) => has(d, 'absent:position')))
      expect(
        doc.expected.parties.some((p) => p.position === null),
        doc.file,
      ).toBe(true);
    for (const doc of real.filter((d) => has(d, 'numbers:empty') || has(d, 'numbers:placeholder'))) {
      expect(doc.expected.numbers, doc.file).toEqual([]);
      expect(doc.text, doc.file).toMatch(
        /(?:Nomor|NOMOR|No\.)\s*:(?:\s*$|\s*(?:…|\.{10}|-{10}|_{10}|\(mohon))/m,
      );
    }
    for (const doc of real.filter((d) => has(d, 'date:placeholder') || has(d, 'date:none'))) {
      expect(doc.expected.signedOn, doc.file).toBeNull();
      expect(doc.expected.signedDay, doc.file).toBeNull();
    }
  });

  it('keep skeleton numbers whole and give one number per party from a shared line', () => {
    const skeletons = real.filter((d) => has(d, 'numbers:skeleton'));
    expect(skeletons.length).toBeGreaterThan(5);
    for (const doc of skeletons)
      expect(doc.expected.numbers[0], doc.file).toMatch(/^\S+ \/ \/ \S+ \/ [IVX]+ \/ \d{4}$/);
    const shared = real.filter((d) => has(d, 'numbers:one-line'));
    expect(shared.length).toBeGreaterThan(5);
    for (const doc of shared) {
      expect(doc.expected.numbers.length, doc.file).toBe(doc.expected.parties.length);
      const line = doc.text.split('\n').find((l) => l.includes(doc.expected.numbers[0]!));
      for (const n of doc.expected.numbers) expect(line, doc.file).toContain(n);
    }
  });

  it('never take a trap date as the signing date', () => {
    const trapped = real.filter((d) => d.shapes.some((s) => s.startsWith('trap:')));
    expect(trapped.length).toBeGreaterThan(100);
    for (const doc of trapped) {
      const e = doc.expected;
      for (const p of e.parties)
        if (p.appointment?.date) expect(p.appointment.date, doc.file).not.toBe(e.signedOn);
      // Every long date printed outside the term article belongs to something else.
      const term = e.effectiveFrom ? dateLong(e.effectiveFrom) : null;
      const signed = e.signedOn ? dateLong(e.signedOn) : null;
      const outsideStatement = readable(doc)
        .replace(/Pada hari ini .*?bertanda tangan/, '')
        .replace(/(?:Dibuat dan ditandatangani|Ditandatangani) [^.]*\./, '');
      const dates =
        outsideStatement.match(
          /\b\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}\b/g,
        ) ?? [];
      for (const d of dates) if (d !== term) expect(d, doc.file).not.toBe(signed);
    }
    const treaty = real.filter((d) => has(d, 'trap:treaty'));
    expect(treaty.length).toBeGreaterThan(3);
    for (const doc of treaty) {
      expect(readable(doc), doc.file).toContain('yang ditandatangani di Jakarta pada tanggal');
      expect(doc.expected.place, doc.file).not.toBe('Jakarta');
    }
  });

  it('read the place from the venue as its regency or city', () => {
    const venues = real.filter((d) => has(d, 'place:venue'));
    expect(venues.length).toBeGreaterThan(10);
    for (const doc of venues) {
      expect(doc.expected.place, doc.file).toMatch(/^(?:Kabupaten|Kota) /);
      expect(readable(doc), doc.file).toMatch(
        new RegExp(`bertempat di (?:Kantor|Pendopo|Aula|Gedung) [^,]*${doc.expected.place}`),
      );
    }
  });

  it('cover the kinds, labels, layouts and party blocks of REAL-WORLD.md', () => {
    const e = real.map((d) => d.expected);
    const texts = real.map((d) => d.text);
    expect(new Set(e.map((x) => x.kind))).toEqual(new Set(['PKS', 'MOU', 'ADDENDUM', 'NPHD']));
    const names = new Set(e.map((x) => x.kindName));
    for (const n of [
      'NOTA KESEPAHAMAN',
      'NOTA KESEPAKATAN',
      'KESEPAKATAN BERSAMA',
      'MEMORANDUM OF UNDERSTANDING',
      'AMANDEMEN',
      'NASKAH PERJANJIAN HIBAH DAERAH',
      null,
    ])
      expect(names.has(n), String(n)).toBe(true);
    const labels = new Set(e.flatMap((x) => x.parties.map((p) => p.label)));
    for (const l of ['PIHAK KESATU', 'PIHAK PERTAMA', 'PIHAK KETIGA', 'PIHAK III', 'Pihak Pertama', null])
      expect(labels.has(l), String(l)).toBe(true);
    expect(new Set(real.map((d) => d.layout))).toEqual(new Set(['plain', 'markdown', 'flattened']));
    expect(e.some((x) => x.isDraft)).toBe(true);
    // International memoranda: the governments from the title, nobody named, no label.
    const international = real.filter((d) => has(d, 'scenario:INTERNATIONAL'));
    expect(international.length).toBeGreaterThan(5);
    for (const d of international) {
      expect(
        d.expected.parties.map((p) => [p.label, p.signatory, p.position]),
        d.file,
      ).toEqual([
        [null, null, null],
        [null, null, null],
      ]);
      expect(d.expected.parties[0]!.institution!.name, d.file).toBe('Pemerintah Republik Indonesia');
    }
    expect(e.some((x) => x.parties.length === 3)).toBe(true);
    expect(e.some((x) => x.parties.some((p) => p.actsFor !== null))).toBe(true);
    expect(texts.some((t) => /N a m a\s+:/.test(t))).toBe(true);
    expect(texts.some((t) => /dalam hal ini diwakili oleh/.test(t))).toBe(true);
    expect(texts.some((t) => /K£DUA|PIHAK il\b|PlHAK/.test(t))).toBe(true);
    expect(texts.some((t) => /“PIHAK (?:KESATU|PERTAMA|I)”/.test(t))).toBe(true);
    expect(
      texts.some((t) => /Kedua belah pihak selanjutnya secara bersama-sama disebut Para Pihak/.test(t)),
    ).toBe(true);
    expect(texts.some((t) => /Akta Pendirian Nomor \d+ tanggal/.test(t))).toBe(true);
    expect(texts.some((t) => /Peraturan (?:Bupati|Wali Kota) \S+/.test(t))).toBe(true);
    expect(texts.some((t) => /Nomor \d+\/PMK\.05\/\d{4}/.test(t))).toBe(true);
    expect(texts.some((t) => /^(?:DRAFT|Draft|KONSEP|Konsep)\s*$/m.test(t))).toBe(true);
  });

  it('flatten a party form onto one line, with page furniture in mid-sentence', () => {
    const flat = real.filter((d) => d.layout === 'flattened');
    expect(
      flat.some((d) => d.text.split('\n').some((l) => /Nama\s*: .* Jabatan\s*: .* Alamat\s*:/.test(l))),
    ).toBe(true);
    expect(
      flat.some((d) =>
        /[a-z,] (?:PARAF Pihak I Pihak II|Paraf Pihak I : Paraf Pihak II :) [a-z]/.test(d.text),
      ),
    ).toBe(true);
    expect(flat.some((d) => /,\n(?:- \d+ -|\d+|Halaman \d+ dari \d+)\n/.test(d.text))).toBe(true);
  });
});

describe('renderFlattened', () => {
  const doc: AgreementDocument = {
    blocks: [
      { kind: 'title', lines: ['PERJANJIAN KERJA SAMA', 'ANTARA', 'DINAS KESEHATAN KABUPATEN GARUT'] },
      {
        kind: 'party',
        marker: '1.',
        name: 'dr. SITI AMINAH, M.Kes.',
        body: 'Kepala Dinas Kesehatan Kabupaten Garut, berkedudukan di Jalan Merdeka Nomor 5, Garut, berdasarkan Keputusan Menteri Dalam Negeri Nomor 131.27-3328 Tahun 2019, dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Garut, selanjutnya disebut PIHAK KESATU;',
        layout: 'colon',
      },
      {
        kind: 'lines',
        lines: ['2. Nama    : BUDI SANTOSO', '   Jabatan : Direktur Rumah Sakit Umum Daerah Garut'],
        strong: [],
      },
    ],
    labels: ['PIHAK KESATU'],
    runningHeader: null,
    site: 'jdih.garutkab.go.id',
  };
  const outputs = Array.from({ length: 200 }, (_, i) => renderFlattened(createRandom(i), doc));

  it('puts the party paragraph on one line and never splits a name, a position or a body', () => {
    for (const text of outputs) {
      const lines = text.split('\n');
      const party = lines.find((l) =>
        l.startsWith('1. dr. SITI AMINAH, M.Kes. : Kepala Dinas Kesehatan Kabupaten Garut,'),
      );
      expect(party, text).toBeDefined();
      expect(text).toContain('bertindak');
      expect(text).toContain('atas nama Dinas Kesehatan Kabupaten Garut,');
      expect(text).toContain('Direktur Rumah Sakit Umum Daerah Garut');
      expect(text).toContain('Keputusan Menteri Dalam Negeri Nomor 131.27-3328 Tahun 2019');
    }
  });

  it('drops paraf boxes, page numbers and the site banner in mid-sentence', () => {
    expect(
      outputs.some((t) =>
        /Garut, (?:PARAF Pihak I Pihak II|Paraf Pihak I : Paraf Pihak II :) (?:berkedudukan|dalam|selanjutnya)/.test(
          t,
        ),
      ),
    ).toBe(true);
    expect(outputs.some((t) => /Garut,\n(?:- 2 -|2|Halaman 2 dari \d+)\n/.test(t))).toBe(true);
    expect(outputs.some((t) => t.startsWith('jdih.garutkab.go.id | Halaman 1 dari '))).toBe(true);
    expect(outputs.some((t) => /^BUDI SANTOSO$|Nama : BUDI SANTOSO Jabatan : Direktur/m.test(t))).toBe(true);
  });
});
