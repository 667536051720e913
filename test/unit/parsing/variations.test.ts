/**
 * One small fixture per variation DOMAIN.md lists ("What varies"). The base fixture
 * (test/fixtures/parsing/base-agreement.txt) is a short plain-text PKS; each test changes
 * one thing in it and checks the values a reader can see in the changed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { Agreement } from '../../../src/domain/agreement.js';
import { parseAgreement } from '../../../src/parsing/index.js';

const BASE = readFileSync(new URL('../../fixtures/parsing/base-agreement.txt', import.meta.url), 'utf8');

/** The base text with `from` replaced by `to` (failing loudly when `from` is absent). */
function variant(from: string | RegExp, to: string, text = BASE): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
}

function codes(a: Agreement): string[] {
  return a.warnings.map((w) => w.code);
}

describe('the base fixture', () => {
  const a = parseAgreement(BASE);

  it('reads the title block, numbers, date and place', () => {
    expect(a.kind).toBe('PKS');
    expect(a.title).toBe('PEMANFAATAN SERTIFIKAT ELEKTRONIK DI LINGKUNGAN PEMERINTAH KOTA CONTOH');
    expect(a.numbers).toEqual(['800/12/DISKOMINFO/2024', 'PERJ.77/BSSN/SU/HK.07.02/03/2024']);
    expect([a.signedOn, a.signedDay, a.place]).toEqual(['2024-03-12', 'Selasa', 'Kota Contoh']);
  });

  it('reads a regional decree, a unit rolled up to its agency, and degrees around names', () => {
    const [p1, p2] = a.parties;
    expect(p1?.signatory).toMatchObject({ name: 'BUDI SANTOSO', honorifics: ['Dr.', 'Ir.', 'M.Kom.'] });
    expect(p1?.appointment).toMatchObject({
      kind: 'KEPUTUSAN_KEPALA_DAERAH',
      issuer: 'Wali Kota Contoh',
      number: '821/45/BKPSDM',
      year: 2023,
      date: '2023-01-03',
      title: 'Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama',
    });
    expect(p1?.institution!.name).toBe('Pemerintah Kota Contoh');
    // "bertindak dalam jabatannya": no decree, the body is read from the position.
    expect(p2?.appointment).toBeNull();
    expect(p2?.institution!.name).toBe('Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi Negara');
    expect(p2?.agency).toMatchObject({ name: 'Badan Siber dan Sandi Negara', acronym: 'BSSN' });
    expect(p2?.signatory).toMatchObject({ name: 'Siti Aminah', honorifics: ['S.T.', 'M.T.'] });
  });

  it('reads legal bases with amendments, a regional regulation and the MoU it implements', () => {
    expect(a.legalBases.map((b) => [b.kind, b.issuer, b.number, b.year])).toEqual([
      ['UNDANG_UNDANG', null, '23', 2014],
      ['PERATURAN_BADAN', 'Badan Siber dan Sandi Negara', '10', 2019],
      ['PERATURAN_DAERAH', 'Kota Contoh', '5', 2021],
    ]);
    expect(a.legalBases[0]?.amendedBy.map((i) => [i.number, i.year])).toEqual([['6', 2023]]);
    expect(a.implements).toMatchObject({
      kind: 'MOU',
      numbers: ['119/5/2023', 'NK.4/BSSN/2023'],
      title: 'Keamanan Informasi',
    });
  });

  it('does not take "ayat (1)" at a line start or "Pasal 1" in a sentence for structure', () => {
    expect(a.clauses.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(a.clauses[3]?.paragraphs.map((p) => p.label)).toEqual(['(1)', '(2)', '(3)']);
    expect(a.parties[0]?.obligations.map((o) => o.label)).toEqual(['a.', 'b.', 'c.']);
  });

  it('cites each article of the civil code separately', () => {
    expect(a.citations.map((c) => [c.article, c.instrument.kind, c.clauseNumber])).toEqual([
      ['Pasal 1266', 'KITAB', '4'],
      ['Pasal 1267', 'KITAB', '4'],
    ]);
  });

  it('reads the term and both contact blocks, with and without field names', () => {
    expect([a.durationMonths, a.effectiveFrom, a.expiresOn, a.terminationNoticeDays, a.renewable]).toEqual([
      24,
      '2024-03-12',
      '2026-03-12',
      14,
      true,
    ]);
    expect(a.parties[0]?.contact).toMatchObject({
      unit: 'BIDANG PERSANDIAN',
      phone: '(0123) 456789',
      email: 'persandian@contoh.go.id',
    });
    expect(a.parties[1]?.contact).toMatchObject({
      unit: null,
      person: 'Kepala Balai Besar Sertifikasi Elektronik',
      address: 'Jalan Harsono RM Nomor 70, Jakarta Selatan 12550',
    });
  });

  it('gives no warnings for a complete, consistent text', () => {
    expect(a.warnings).toEqual([]);
  });
});

describe('page noise in plain text', () => {
  it('drops page numbers, the e-signature footer and signature residue between lines', () => {
    const text = variant(
      'b. menyediakan data yang dibutuhkan PIHAK KEDUA sebagaimana dimaksud dalam\n',
      'b. menyediakan data yang dibutuhkan PIHAK KEDUA sebagaimana dimaksud dalam\n-3-\nDokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang\nditerbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara\n$\n#\n',
    );
    const b = parseAgreement(text).parties[0]?.obligations[1];
    expect(b?.text).toBe('menyediakan data yang dibutuhkan PIHAK KEDUA sebagaimana dimaksud dalam Pasal 1');
  });

  it('drops a running header injected mid-sentence but keeps capitals that end a sentence', () => {
    const text = variant(
      'tentang Pengangkatan dalam Jabatan',
      'tentang Pengangkatan\nPEMERINTAH KOTA CONTOH\ndalam Jabatan',
    );
    expect(parseAgreement(text).parties[0]?.appointment?.title).toBe(
      'Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama',
    );
  });

  it('joins a word hyphenated across a line break, keeping the hyphen', () => {
    const text = variant('menyediakan infrastruktur;', 'menyediakan infra-\nstruktur sendiri-\nsendiri;');
    expect(parseAgreement(text).parties[0]?.obligations[0]?.text).toBe(
      'menyediakan infra-struktur sendiri-sendiri',
    );
  });
});

describe('Markdown from a converter', () => {
  const md = variant(
    /Pasal 2\nKEWAJIBAN PARA PIHAK\n\(1\) Kewajiban PIHAK KESATU:\na\. menyediakan infrastruktur;\nb\./,
    '#### **Pasal 2**\n\n## **KEWAJIBAN PARA PIHAK**\n\n- (1) Kewajiban **PIHAK KESATU**:\n  - a. menyediakan infra\\_struktur \\$;\n  - b.',
  );

  it('removes bold, headings of any level, list markers and escapes', () => {
    const a = parseAgreement(md);
    expect(a.clauses[1]).toMatchObject({
      number: '2',
      heading: 'KEWAJIBAN PARA PIHAK',
      topic: 'OBLIGATIONS',
    });
    // "\\_" is an escaped character; a lone "\\$" is signature-image residue.
    expect(a.parties[0]?.obligations[0]?.text).toBe('menyediakan infra_struktur');
  });

  it('keeps items whose letter was lost, with a null label, and "1." printed for "l."', () => {
    const text = variant(
      'b. menyediakan data yang dibutuhkan PIHAK KEDUA sebagaimana dimaksud dalam\nPasal 1; dan\nc. menunjuk verifikator.',
      'b. menyediakan data;\n- memberikan laporan;\nd. a;\ne. b;\nf. c;\ng. d;\nh. e;\ni. f;\nj. g;\nk. h; dan\n1. menunjuk verifikator.',
    );
    const a = parseAgreement(text);
    const labels = a.parties[0]?.obligations.map((o) => o.label);
    expect(labels).toEqual(['a.', 'b.', null, 'd.', 'e.', 'f.', 'g.', 'h.', 'i.', 'j.', 'k.', '1.']);
    expect(a.parties[0]?.obligations[2]?.text).toBe('memberikan laporan');
    expect(codes(a)).toContain('ITEM_LABEL_LOST');
  });

  it('reads a mailto link as the address it shows', () => {
    const text = variant(
      'Email : persandian@contoh.go.id',
      'Email : [persandian@contoh.go.id](mailto:persandian@contoh.go.id)',
    );
    expect(parseAgreement(text).parties[0]?.contact?.email).toBe('persandian@contoh.go.id');
  });
});

describe('names and labels', () => {
  it('reads a name and a label broken over lines', () => {
    const text = variant('2. Siti Aminah, S.T., M.T. :', '2. Siti\nAminah, S.T., M.T.\n:').replace(
      'selanjutnya disebut PIHAK KEDUA.',
      'selanjutnya disebut PIHAK\nKEDUA.',
    );
    const p2 = parseAgreement(text).parties[1];
    expect(p2?.signatory!.name).toBe('Siti Aminah');
    expect(p2?.label).toBe('PIHAK KEDUA');
  });

  it('reads a name on its own line above the position, and police ranks', () => {
    const text = variant(
      '1. Dr. Ir. BUDI SANTOSO, M.Kom. : Kepala',
      '1. IRJEN POL. Dr. BUDI SANTOSO, M.Kom.\nKepala',
    );
    const p1 = parseAgreement(text).parties[0];
    expect(p1?.signatory).toMatchObject({
      name: 'BUDI SANTOSO',
      honorifics: ['IRJEN POL.', 'Dr.', 'M.Kom.'],
    });
    expect(p1?.position).toBe('Kepala Dinas Komunikasi dan Informatika Kota Contoh');
  });

  it('reads PERTAMA and roman labels, quoted, and matches them to the party in the articles', () => {
    const text = variant('disebut PIHAK KESATU.', 'disebut “PIHAK PERTAMA”.')
      .replace('disebut PIHAK KEDUA.', 'disebut “PIHAK II”.')
      .replace('Kewajiban PIHAK KEDUA:', 'Kewajiban PIHAK II:');
    const a = parseAgreement(text);
    expect(a.parties.map((p) => [p.ordinal, p.label])).toEqual([
      [1, 'PIHAK PERTAMA'],
      [2, 'PIHAK II'],
    ]);
    // "Kewajiban PIHAK KESATU" in the article still names party 1.
    expect(a.parties[0]?.obligations).toHaveLength(3);
    expect(a.parties[1]?.obligations).toHaveLength(2);
  });
});

describe('articles', () => {
  it('splits one HAK DAN KEWAJIBAN article per paragraph into rights and obligations', () => {
    const text = variant(
      /Pasal 2\nKEWAJIBAN PARA PIHAK\n[\s\S]*?Pasal 4\n/,
      'Pasal 2\nHAK DAN KEWAJIBAN\n(1) Hak PIHAK KESATU:\na. menerima Sertifikat Elektronik.\n(2) Kewajiban PIHAK KESATU:\na. menyediakan data.\n(3) PIHAK KEDUA berhak:\na. mendapatkan laporan.\n(4) PIHAK KEDUA berkewajiban:\na. menerbitkan Sertifikat Elektronik.\nPasal 3\nJANGKA WAKTU\n',
    )
      .replace(/Pasal 5\nKORESPONDENSI/, 'Pasal 4\nKORESPONDENSI')
      .replace('Pasal 6\nPENUTUP', 'Pasal 5\nPENUTUP');
    const a = parseAgreement(text);
    const [p1, p2] = a.parties;
    expect(p1?.rights.map((r) => r.text)).toEqual(['menerima Sertifikat Elektronik']);
    expect(p1?.obligations.map((r) => r.text)).toEqual(['menyediakan data']);
    expect(p2?.rights.map((r) => r.text)).toEqual(['mendapatkan laporan']);
    expect(p2?.obligations.map((r) => [r.text, r.source])).toEqual([
      ['menerbitkan Sertifikat Elektronik', 'HAK_DAN_KEWAJIBAN'],
    ]);
  });

  it('keeps letters that skip and warns about them', () => {
    const a = parseAgreement(variant('c. menunjuk verifikator.', 'g. menunjuk verifikator.'));
    expect(a.parties[0]?.obligations.map((o) => o.label)).toEqual(['a.', 'b.', 'g.']);
    expect(codes(a)).toContain('ITEM_LETTER_SKIP');
  });

  it('reads items numbered "1)" and articles numbered in roman "Pasal I"', () => {
    let text = variant(
      'a. menerbitkan Sertifikat Elektronik; dan\nb. memberikan bimbingan teknis.',
      '1) menerbitkan Sertifikat Elektronik; dan\n2) memberikan bimbingan teknis.',
    );
    for (const [n, r] of [
      ['1', 'I'],
      ['2', 'II'],
      ['3', 'III'],
      ['4', 'IV'],
      ['5', 'V'],
      ['6', 'VI'],
    ] as const) {
      text = text.replace(`Pasal ${n}\n`, `Pasal ${r}\n`);
    }
    const a = parseAgreement(text);
    expect(a.clauses.map((c) => c.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(a.parties[1]?.obligations.map((o) => o.label)).toEqual(['1)', '2)']);
    expect(a.parties[1]?.obligations[0]?.clauseNumber).toBe('II');
  });

  it('reports a jump in article numbers (OCR damage) instead of dropping the article', () => {
    const a = parseAgreement(variant('Pasal 3\nHAK PARA PIHAK', 'Pasal 8\nHAK PARA PIHAK'));
    expect(a.clauses.map((c) => c.number)).toEqual(['1', '2', '8', '4', '5', '6']);
    expect(a.clauses[2]?.topic).toBe('RIGHTS');
    expect(codes(a)).toContain('ARTICLE_GAP');
  });
});

describe('the wider family', () => {
  it('reads a Nota Kesepahaman with MENGENAI as an MOU', () => {
    const text = variant('PERJANJIAN KERJA SAMA\nANTARA', 'NOTA KESEPAHAMAN\nANTARA').replace(
      '\nTENTANG\n',
      '\nMENGENAI\n',
    );
    const a = parseAgreement(text);
    expect(a.kind).toBe('MOU');
    expect(a.title).toBe('PEMANFAATAN SERTIFIKAT ELEKTRONIK DI LINGKUNGAN PEMERINTAH KOTA CONTOH');
  });

  it('tells MEMORANDUM OF UNDERSTANDING, KONTRAK KERJA SAMA and ADENDUM apart', () => {
    const kindOf = (head: string): string =>
      parseAgreement(variant('PERJANJIAN KERJA SAMA\nANTARA', `${head}\nANTARA`)).kind;
    expect(kindOf('MEMORANDUM OF UNDERSTANDING')).toBe('MOU');
    expect(kindOf('KONTRAK KERJA SAMA')).toBe('PKS');
    expect(kindOf('ADENDUM PERTAMA ATAS PERJANJIAN KERJA SAMA')).toBe('ADDENDUM');
  });

  it('reads "Nomor" and its value on separate lines', () => {
    const a = parseAgreement(variant('Nomor : 800/12/DISKOMINFO/2024', 'Nomor\n: 800/12/DISKOMINFO/2024'));
    expect(a.numbers[0]).toBe('800/12/DISKOMINFO/2024');
  });

  it('reads a date in words only, and a start date that differs from the signing date', () => {
    const text = variant('Dua Ribu Dua Puluh Empat\n(12-03-2024),', 'Dua Ribu Dua Puluh Empat,').replace(
      'terhitung sejak\ntanggal ditandatangani',
      'terhitung sejak tanggal 1 April 2024',
    );
    const a = parseAgreement(text);
    expect(a.signedOn).toBe('2024-03-12');
    expect([a.effectiveFrom, a.expiresOn]).toEqual(['2024-04-01', '2026-04-01']);
    expect(codes(a)).toContain('START_DIFFERS_FROM_SIGNING');
  });

  it('warns when the date in words and the numeric copy disagree, and keeps the words', () => {
    const a = parseAgreement(variant('(12-03-2024)', '(13-03-2024)'));
    expect(a.signedOn).toBe('2024-03-12');
    expect(codes(a)).toContain('DATE_MISMATCH');
  });

  it('reads an appointment by ministerial decree and by power of attorney', () => {
    const byMinister = parseAgreement(
      variant(
        'Keputusan Wali Kota Contoh Nomor 821/45/BKPSDM Tahun 2023',
        'Keputusan Menteri Dalam Negeri Republik Indonesia Nomor 821.2-100 Tahun 2023',
      ),
    ).parties[0]?.appointment;
    expect(byMinister).toMatchObject({
      kind: 'KEPUTUSAN_MENTERI',
      issuer: 'Menteri Dalam Negeri',
      number: '821.2-100',
      year: 2023,
    });
    const byProxy = parseAgreement(
      variant(
        /berdasarkan Keputusan Wali Kota[\s\S]*?Pratama,/,
        'berdasarkan Surat Kuasa Nomor 12/SK/2024 tanggal 1 Maret 2024,',
      ),
    ).parties[0]?.appointment;
    expect(byProxy).toMatchObject({ kind: 'SURAT_KUASA', number: '12/SK/2024', date: '2024-03-01' });
  });

  it('takes the title from the recital when there is no title block', () => {
    const text = variant(/^[\s\S]*?Pada hari ini/, 'Pada hari ini').replace(
      'melaksanakan Perjanjian Kerja Sama\ndengan ketentuan',
      'melaksanakan Perjanjian Kerja Sama tentang Keamanan Informasi (selanjutnya disebut Perjanjian) dengan ketentuan',
    );
    const a = parseAgreement(text);
    expect([a.kind, a.title, a.numbers]).toEqual(['PKS', 'Keamanan Informasi', []]);
    expect(codes(a)).toEqual(expect.arrayContaining(['TITLE_FROM_RECITAL', 'NO_NUMBERS']));
  });
});
