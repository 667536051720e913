/**
 * The parser on invented texts shaped like the real agreements users bring
 * (docs/real-world-sources.md, ../shared REAL-WORLD.md): every header field, the expected
 * nulls included, from test/fixtures/real-world/expected.json, written by reading each text.
 */
import { describe, expect, it } from 'vitest';

import { parseAgreement } from '../../../src/parsing/index.js';
import { actualHeader, emptyScore, loadExpectations, readFixture, scoreOne } from './real-world-score.js';

const expectations = loadExpectations();

describe('real-world fixtures', () => {
  it('has at least 40 fixtures', () => {
    expect(expectations.size).toBeGreaterThanOrEqual(40);
  });

  for (const [file, e] of expectations) {
    describe(file, () => {
      const a = parseAgreement(readFixture(file));
      it('reads the header fields, nulls included', () => {
        const got = actualHeader(a);
        expect(got).toEqual({
          kind: e.kind,
          kindName: e.kindName,
          isDraft: e.isDraft,
          numbers: e.numbers,
          signedOn: e.signedOn,
          place: e.place,
          parties: e.parties,
        });
      });
      if (e.warnings)
        it(`warns ${e.warnings.join(', ')}`, () => {
          const codes = a.warnings.map((w) => w.code);
          for (const c of e.warnings ?? []) expect(codes).toContain(c);
        });
      if (e.terminationNoticeDays !== undefined)
        it('reads the notice period in days', () => {
          expect(a.terminationNoticeDays).toBe(e.terminationNoticeDays);
        });
      if (e.legalBases)
        it('reads the legal bases', () => {
          expect(a.legalBases.map((b) => ({ kind: b.kind, number: b.number, year: b.year }))).toEqual(
            e.legalBases,
          );
        });
    });
  }

  it('gives each header value evidence whose span holds the value', () => {
    const fold = (t: string): string =>
      t
        .replace(/-\n(?=\p{L})/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
    for (const file of expectations.keys()) {
      const input = readFixture(file);
      const a = parseAgreement(input);
      a.parties.forEach((p, i) => {
        const at = (field: string) => a.evidence.find((e) => e.field === `parties[${i}].${field}`);
        if (p.signatory)
          expect(fold(input.slice(at('signatory')!.span.start, at('signatory')!.span.end)), file).toBe(
            p.signatory.name,
          );
        if (p.actsFor) expect(at('actsFor'), file).toBeDefined();
        if (p.position) expect(at('position'), file).toBeDefined();
      });
      if (a.signedOn)
        expect(
          a.evidence.some((e) => e.field === 'signedOn'),
          file,
        ).toBe(true);
    }
  });

  it('reads an institution-first party by a strong rule and drops its redacted signatory', () => {
    const a = parseAgreement(readFixture('19-konsep-redacted.txt'));
    expect(a.evidence.find((e) => e.field === 'parties[1].institution')).toMatchObject({
      rule: 'institution-first',
      confidence: 'STRONG',
    });
    expect(a.warnings.filter((w) => w.code === 'VALUE_DROPPED').map((w) => w.message)).toEqual([
      expect.stringMatching(/signatory of party 1 .*"XXXXXX" it is redacted/),
      expect.stringMatching(/institution of party 1 .*"PT XXXXXXX" it is redacted/),
      expect.stringMatching(/signatory of party 2 .*"A\. XXXXXXX, SH" it is redacted/),
    ]);
  });

  it('marks a name found only before a position word as WEAK and says so in the warnings', () => {
    const a = parseAgreement(
      readFixture('24-date-slash-digits.txt').replace('BAYU SETIAWAN, S.T. : Kepala', 'BAYU SETIAWAN Kepala'),
    );
    expect(a.parties[0]?.signatory?.name).toBe('BAYU SETIAWAN');
    expect(a.evidence.find((e) => e.field === 'parties[0].signatory')).toMatchObject({
      rule: 'name-before-position-word',
      confidence: 'WEAK',
    });
    expect(a.warnings.map((w) => w.code)).toContain('WEAK_VALUE');
  });

  it('reads a table with a header row as rows of cells, no "|" in any value, and warns', () => {
    const text = [
      '# PERJANJIAN KERJA SAMA',
      '',
      'ANTARA PEMERINTAH KABUPATEN WANAREJA DENGAN PT SINAR TERANG TENTANG PENERANGAN JALAN',
      '',
      'Nomor : 671/3/SETDA/2024',
      '',
      'Nomor : ST/PKS/7/2024',
      '',
      'Pada hari ini Selasa tanggal Dua Puluh Satu bulan Mei tahun Dua Ribu Dua Puluh Empat (21-05-2024), yang bertanda tangan di bawah ini:',
      '',
      '| No | Nama | Jabatan | Keterangan |',
      '|----|------|---------|------------|',
      '| 1 | Drs. IMAM SUBAGYO, M.Si. | Sekretaris Daerah Kabupaten Wanareja | selanjutnya disebut PIHAK PERTAMA |',
      '| 2 | ANDI SAPUTRA | Direktur PT Sinar Terang | selanjutnya disebut PIHAK KEDUA |',
      '',
      '## Pasal 1',
      '',
      'Penerangan jalan umum.',
    ].join('\n');
    const a = parseAgreement(text);
    const values = a.parties.flatMap((p) => [p.label, p.signatory?.name, p.position, p.institution?.name]);
    expect(values.filter((v) => v?.includes('|'))).toEqual([]);
    expect(a.parties.map((p) => [p.label, p.signatory?.name ?? null, p.position])).toEqual([
      ['PIHAK PERTAMA', 'IMAM SUBAGYO', 'Sekretaris Daerah Kabupaten Wanareja'],
      ['PIHAK KEDUA', 'ANDI SAPUTRA', 'Direktur PT Sinar Terang'],
    ]);
    // The name runs into the position on one line: read by a weak rule, and said so.
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['MARKDOWN_TABLE', 'WEAK_VALUE']));
  });

  it('reads the closing statement in words of a text without an opening, not a cited date', () => {
    const closing = (line: string) =>
      parseAgreement(
        readFixture('10-msp-international.txt').replace(
          'Ditandatangani di Denpasar pada tanggal 14 Oktober 2019 dalam dua naskah asli.',
          line,
        ),
      );
    const a = closing(
      'Dibuat dan ditandatangani di Denpasar pada hari Selasa tanggal 15 bulan Oktober tahun 2019.',
    );
    expect([a.signedOn, a.signedDay, a.place]).toEqual(['2019-10-15', 'Selasa', 'Denpasar']);
    const b = closing('Ditandatangani pada tanggal 15 Oktober 2019.');
    expect([b.signedOn, b.place]).toEqual(['2019-10-15', null]);
    // 14 October 2019 was a Monday.
    const c = closing('Dibuat dan ditandatangani pada hari Kamis tanggal 14 bulan Oktober tahun 2019.');
    expect(c.signedOn).toBe('2019-10-14');
    expect(c.warnings.map((w) => w.code)).toContain('DAY_MISMATCH');
  });

  it('reads numbered party paragraphs with no label as parties with a null label', () => {
    const a = parseAgreement(
      readFixture('12-nota-kesepahaman-bupati-rektor.txt')
        .replace(', selanjutnya disebut PIHAK PERTAMA.', ';')
        .replace(
          ',\nselanjutnya disebut PIHAK KEDUA.',
          '.\n\nKedua belah pihak selanjutnya disebut Para Pihak.',
        ),
    );
    expect(
      a.parties.map((p) => [p.label, p.signatory?.name ?? null, p.position, p.institution?.name ?? null]),
    ).toEqual([
      [null, 'SRI WAHYUNI', 'Bupati Wanareja', 'Pemerintah Kabupaten Wanareja'],
      [null, 'LINDA KUSUMAWATI', 'Rektor Universitas Tanjung Harapan', 'Universitas Tanjung Harapan'],
    ]);
  });

  it('invents no value on any fixture', () => {
    const score = emptyScore();
    for (const [file, e] of expectations) scoreOne(file, e, parseAgreement(readFixture(file)), score);
    console.info(
      `real-world fixtures: ${score.right}/${score.fields} header fields right, ` +
        `${score.invented} invented, ${score.missed} missed`,
    );
    expect(score.inventedList).toEqual([]);
  });
});
