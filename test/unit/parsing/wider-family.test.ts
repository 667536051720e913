/**
 * Wordings seen across the wider family of agreements (and in the generated corpus) that the
 * seeds do not show. Each test changes one thing in the base fixture
 * (test/fixtures/parsing/base-agreement.txt), or uses a small fixture of its own, and checks
 * values a reader can see in the changed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseAgreement } from '../../../src/parsing/index.js';

const BASE = readFileSync(new URL('../../fixtures/parsing/base-agreement.txt', import.meta.url), 'utf8');

/** The base text with `from` replaced by `to` (failing loudly when `from` is absent). */
function variant(from: string | RegExp, to: string, text = BASE): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
}

const DECREE = /berdasarkan Keputusan Wali Kota[\s\S]*?Pratama,/;

describe('appointments', () => {
  it('reads a decree of the head of any agency as KEPUTUSAN_BADAN, not only "Kepala Badan …"', () => {
    const a = parseAgreement(
      variant(
        DECREE,
        'berdasarkan Keputusan Kepala Arsip Nasional Republik Indonesia Nomor 1634 Tahun 2019,',
      ),
    );
    expect(a.parties[0]?.appointment).toMatchObject({
      kind: 'KEPUTUSAN_BADAN',
      issuer: 'Kepala Arsip Nasional',
      number: '1634',
      year: 2019,
    });
  });

  it('reads the number, date and year of a power of attorney that names its grantor', () => {
    const a = parseAgreement(
      variant(
        DECREE,
        'berdasarkan Surat Kuasa Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor\n301/SK/KEMENDIKBUDRISTEK/07/2023 tanggal 22 Juli 2023,',
      ),
    );
    expect(a.parties[0]?.appointment).toMatchObject({
      kind: 'SURAT_KUASA',
      issuer: 'Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi',
      number: '301/SK/KEMENDIKBUDRISTEK/07/2023',
      // A power of attorney has no year of its own: the year of its date.
      year: 2023,
      date: '2023-07-22',
    });
  });
});

describe('addenda', () => {
  // An addendum rewrites the term article of the agreement it amends inside its own Pasal I.
  const ADDENDUM = variant(
    /^[\s\S]*?(?=Nomor : 800)/,
    'ADENDUM PERTAMA\nPERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA CONTOH\nDENGAN\nBADAN SIBER DAN SANDI NEGARA\nTENTANG\nKEAMANAN INFORMASI\n',
  )
    .replace(
      /PARA PIHAK terlebih dahulu[\s\S]*?(?=Pasal 1\n)/,
      'a. bahwa PARA PIHAK telah menandatangani Perjanjian Kerja Sama Nomor 119/7/2021 dan\nNomor PERJ.31/BSSN/2021 tanggal 14 Februari 2021 tentang Keamanan Informasi;\nb. bahwa PARA PIHAK sepakat mengubah jangka waktu.\n',
    )
    .replace(
      /Pasal 1\n[\s\S]*$/,
      [
        'Pasal I',
        'PERUBAHAN',
        'Ketentuan Pasal 5 Perjanjian Kerja Sama diubah sehingga berbunyi sebagai berikut:',
        '(1) Perjanjian Kerja Sama ini berlaku untuk jangka waktu 4 (empat) tahun, terhitung mulai',
        'tanggal 14 Februari 2021 dan dapat diperpanjang sesuai kesepakatan PARA PIHAK.',
        '(2) PIHAK yang berkeinginan mengakhiri Perjanjian Kerja Sama ini wajib memberitahukan',
        'secara tertulis paling lambat 30 (tiga puluh) hari kalender sebelumnya.',
        'Pasal II',
        'PENUTUP',
        'Adendum ini ditandatangani oleh PARA PIHAK.',
        'PIHAK KESATU, PIHAK KEDUA,',
        '',
      ].join('\n'),
    );
  const a = parseAgreement(ADDENDUM);

  it("implements the agreement it amends, by that agreement's numbers", () => {
    expect(a.kind).toBe('ADDENDUM');
    expect(a.implements).toMatchObject({
      kind: 'PKS',
      numbers: ['119/7/2021', 'PERJ.31/BSSN/2021'],
      title: 'Keamanan Informasi',
    });
  });

  it('reads the term from the rewritten article inside Pasal I', () => {
    expect(a.clauses.map((c) => [c.number, c.topic])).toEqual([
      ['I', 'AMENDMENT'],
      ['II', 'CLOSING'],
    ]);
    expect([a.durationMonths, a.effectiveFrom, a.expiresOn]).toEqual([48, '2021-02-14', '2025-02-14']);
    expect([a.terminationNoticeDays, a.renewable]).toEqual([30, true]);
  });

  it('does not read an ordinary amendment article as the term', () => {
    const pks = parseAgreement(
      variant(
        /Pasal 4\nJANGKA WAKTU\n[\s\S]*?(?=Pasal 5)/,
        'Pasal 4\nPERUBAHAN\nPerubahan dibuat secara tertulis.\n',
      ),
    );
    expect([pks.durationMonths, pks.terminationNoticeDays, pks.renewable]).toEqual([null, null, null]);
    expect(pks.implements?.numbers).toEqual(['119/5/2023', 'NK.4/BSSN/2023']);
  });
});

describe('running headers after a page break', () => {
  it('drops a body name on the first line of a page, even between a heading and its body', () => {
    const a = parseAgreement(
      variant(
        'Pasal 3\nHAK PARA PIHAK\n',
        'Pasal 3\nHAK PARA PIHAK\n\n-7-\n\n PEMERINTAH KOTA CONTOH\n',
      ).replace(
        'Nomor: 119/5/2023',
        'Nomor:\n\n-3-\nDokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang\nditerbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN\n KOTA CONTOH\n119/5/2023',
      ),
    );
    expect(a.clauses[2]?.heading).toBe('HAK PARA PIHAK');
    expect(a.clauses[2]?.text.startsWith('(1) Hak PIHAK KESATU:')).toBe(true);
    expect(a.implements?.numbers).toEqual(['119/5/2023', 'NK.4/BSSN/2023']);
  });

  it('keeps a body name that is not the first line of a page', () => {
    const a = parseAgreement(
      variant('a. PIHAK KESATU\nBIDANG PERSANDIAN', 'a. PIHAK KESATU\nDINAS KOMUNIKASI DAN INFORMATIKA'),
    );
    expect(a.parties[0]?.contact?.unit).toBe('DINAS KOMUNIKASI DAN INFORMATIKA');
  });
});

describe('OCR-damaged headings', () => {
  it('reads "l" for "I" in a heading in capitals and still tells its topic', () => {
    const a = parseAgreement(
      variant('Pasal 1\nDEFINISI', 'Pasal 1\nDEFlNISI').replace('HAK PARA PIHAK', 'HAK PARA PlHAK'),
    );
    expect(a.clauses.slice(0, 3).map((c) => [c.heading, c.topic])).toEqual([
      ['DEFlNISI', 'DEFINITIONS'],
      ['KEWAJIBAN PARA PIHAK', 'OBLIGATIONS'],
      ['HAK PARA PlHAK', 'RIGHTS'],
    ]);
  });
});

describe('legal bases', () => {
  const UU23 = /1\. Undang-Undang Nomor 23 Tahun 2014[\s\S]*?Tahun 2023 Nomor 41\);/;

  it('finds the list when its intro sentence wraps before the colon', () => {
    const a = parseAgreement(
      variant('Mengingat:', 'Dengan memperhatikan peraturan perundang-undangan, sebagai\n\nberikut:'),
    );
    expect(a.legalBases.map((b) => [b.kind, b.number, b.year])).toEqual([
      ['UNDANG_UNDANG', '23', 2014],
      ['PERATURAN_BADAN', '10', 2019],
      ['PERATURAN_DAERAH', '5', 2021],
    ]);
  });

  it('reads every amendment of a list joined by commas and "dan", with or without gazettes', () => {
    const a = parseAgreement(
      variant(
        UU23,
        '1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah\ndengan Undang-Undang Nomor 2 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti\nUndang-Undang Nomor 2 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2014\ntentang Pemerintahan Daerah menjadi Undang-Undang, Undang-Undang Nomor 9 Tahun 2015 tentang\nPerubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran\nNegara Republik Indonesia Tahun 2015 Nomor 58) dan Undang-Undang Nomor 6 Tahun 2023 tentang\nCipta Kerja;',
      ),
    );
    expect(a.legalBases[0]?.amendedBy.map((i) => [i.number, i.year])).toEqual([
      ['2', 2015],
      ['9', 2015],
      ['6', 2023],
    ]);
    expect(a.legalBases[0]?.amendedBy[0]?.title).toBe(
      'Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah menjadi Undang-Undang',
    );
  });

  it('reads "diubah beberapa kali, terakhir dengan" and "berkali-kali" broken over a line', () => {
    for (const phrase of ['diubah beberapa kali, terakhir dengan', 'berkali-\nkali diubah terakhir dengan']) {
      const a = parseAgreement(
        variant('sebagaimana telah diubah terakhir dengan', `sebagaimana telah ${phrase}`),
      );
      expect(a.legalBases[0]?.amendedBy.map((i) => [i.number, i.year])).toEqual([['6', 2023]]);
    }
  });

  it("leaves an amendment of a law named in a regulation's title to that law", () => {
    const a = parseAgreement(
      variant(
        UU23,
        '1. Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan Undang-Undang Nomor 23 Tahun\n2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24\nTahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi\nKependudukan (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 102);',
      ),
    );
    expect([a.legalBases[0]?.kind, a.legalBases[0]?.number, a.legalBases[0]?.year]).toEqual([
      'PERATURAN_PEMERINTAH',
      '40',
      2019,
    ]);
    expect(a.legalBases[0]?.amendedBy).toEqual([]);
  });
});

describe('bodies with commas and slashes in their names', () => {
  const actingFor = (name: string): string =>
    variant(
      /atas nama Pemerintah Kota Contoh, berkedudukan/,
      `atas nama ${name}, berkedudukan`,
      variant('dalam hal ini bertindak untuk dan\natas nama', 'dalam hal ini bertindak untuk dan atas nama'),
    );

  it('keeps a comma inside the name of the body acted for', () => {
    const a = parseAgreement(actingFor('Dinas Komunikasi, Informatika dan Statistik Kota Contoh'));
    expect(a.parties[0]?.institution!.name).toBe('Dinas Komunikasi, Informatika dan Statistik Kota Contoh');
    expect(a.parties[0]?.agency!.name).toBe('Pemerintah Kota Contoh');
    const b = parseAgreement(actingFor('Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi'));
    expect(b.parties[0]?.institution!.name).toBe(
      'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi',
    );
  });

  it('rolls a unit up to the last body in its name, keeping a two-part name whole', () => {
    const agencyOf = (name: string): string | undefined =>
      parseAgreement(actingFor(name)).parties[0]?.agency!.name;
    expect(
      agencyOf(
        'Sekretariat Kementerian Perencanaan Pembangunan Nasional/Sekretariat Utama Badan Perencanaan Pembangunan Nasional Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional',
      ),
    ).toBe('Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional');
    expect(agencyOf('Pusat Teknologi Informasi Kementerian dan Perwakilan Kementerian Luar Negeri')).toBe(
      'Kementerian Luar Negeri',
    );
    expect(agencyOf('Biro Umum Kementerian Badan Usaha Milik Negara')).toBe(
      'Kementerian Badan Usaha Milik Negara',
    );
    expect(agencyOf('Jaksa Agung Muda Bidang Pembinaan Kejaksaan Republik Indonesia')).toBe(
      'Kejaksaan Republik Indonesia',
    );
    expect(agencyOf('Divisi Teknologi Informasi Kepolisian Negara Republik Indonesia')).toBe(
      'Kepolisian Negara Republik Indonesia',
    );
  });
});

describe('Markdown lists with lost letters', () => {
  const obligations = (items: string): string =>
    variant(
      /\(1\) Kewajiban PIHAK KESATU:\n[\s\S]*?(?=\(2\) Kewajiban PIHAK KEDUA)/,
      `- (1) Kewajiban **PIHAK KESATU**:\n\n${items}\n`,
    );

  it('keeps counting when the first letters were lost, after a blank line or another indent', () => {
    const a = parseAgreement(
      obligations(
        ' - menyediakan infrastruktur;\n\n  - menunjuk verifikator **PIHAK KESATU**;\n  - c. menyediakan data; dan\n- memberikan laporan.',
      ),
    );
    expect(a.parties[0]?.obligations.map((o) => o.label)).toEqual([null, null, 'c.', null]);
    expect(a.parties[0]?.obligations.map((o) => o.text)).toEqual([
      'menyediakan infrastruktur',
      'menunjuk verifikator PIHAK KESATU',
      'menyediakan data',
      'memberikan laporan',
    ]);
  });

  it('continues the letters after "1." printed for "l."', () => {
    const letters = 'abcdefghijk'.split('').map((l) => `- ${l}. tugas ${l};`);
    const a = parseAgreement(obligations([...letters, '- 1. tugas l; dan', ' - m. tugas m.'].join('\n')));
    expect(a.parties[0]?.obligations.map((o) => o.label).slice(-3)).toEqual(['k.', '1.', 'm.']);
    expect(a.parties[0]?.obligations).toHaveLength(13);
  });
});

describe('opening and kind without a title block', () => {
  it('reads the place right after a date in words with no numeric copy, even when it wraps', () => {
    const a = parseAgreement(
      variant(
        'tahun Dua Ribu Dua Puluh Empat\n(12-03-2024), bertempat di Kota Contoh, yang bertanda',
        'tahun Dua Ribu Dua Puluh Empat, di Tidore\nKepulauan, yang bertanda',
      ),
    );
    expect([a.signedOn, a.place]).toEqual(['2024-03-12', 'Tidore Kepulauan']);
  });

  it('reads a Nota Saling Pengertian with no title block as an MOU, its title from the recital', () => {
    const text = variant(/^[\s\S]*?Pada hari ini/, 'Pada hari ini')
      .replace(
        'melaksanakan Perjanjian Kerja Sama\ndengan ketentuan',
        'melaksanakan Nota Saling Pengertian Keamanan Informasi (selanjutnya disebut “Nota Saling Pengertian”), dengan ketentuan',
      )
      .replaceAll('Perjanjian Kerja Sama ini', 'Nota Saling Pengertian ini');
    const a = parseAgreement(text);
    expect([a.kind, a.title]).toEqual(['MOU', 'Keamanan Informasi']);
  });
});

describe('a party that names no body it acts for', () => {
  it('takes the body from the position when the position names a police division', () => {
    // Generated corpus (seed 7, 004502.txt): "selaku Kepala Divisi … Kepolisian …, bertindak dalam
    // jabatannya". Before, the institution came out empty and every such party shared it.
    const a = parseAgreement(
      variant(
        'Siti Aminah, S.T., M.T. : Kepala Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi\nNegara, bertindak',
        'Siti Aminah, S.T., M.T. : selaku Kepala Divisi Teknologi Informasi dan Komunikasi Kepolisian\nNegara Republik Indonesia, bertindak',
      ),
    );
    expect(a.parties[1]).toMatchObject({
      position: 'Kepala Divisi Teknologi Informasi dan Komunikasi Kepolisian Negara Republik Indonesia',
      institution: {
        name: 'Divisi Teknologi Informasi dan Komunikasi Kepolisian Negara Republik Indonesia',
      },
      agency: { name: 'Kepolisian Negara Republik Indonesia' },
    });
  });
});
