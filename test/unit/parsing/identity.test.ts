/**
 * Identity keys: when two mentions are the same institution, official or legal instrument
 * (DOMAIN.md, "Identity"). The mentions are taken from the seeds as printed, except where a
 * comment says a variant is one DOMAIN.md describes but the five seeds do not print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { Agreement, InstrumentKind } from '../../../src/domain/agreement.js';
import { institutionKey, instrumentKey, officialKey, parseAgreement } from '../../../src/parsing/index.js';

interface InstrumentRef {
  kind: InstrumentKind;
  issuer: string | null;
  number: string | null;
  year: number | null;
}

function ref(
  kind: InstrumentKind,
  issuer: string | null,
  number: string | null,
  year: number | null,
): InstrumentRef {
  return { kind, issuer, number, year };
}

/** Asserts every mention in the list has one and the same key. */
function expectOneKey(keyOf: (mention: string) => string, mentions: readonly string[]): void {
  const keys = mentions.map((m) => keyOf(m));
  for (const [i, key] of keys.entries()) {
    expect(key, `${JSON.stringify(mentions[i])} vs ${JSON.stringify(mentions[0])}`).toBe(keys[0]);
  }
}

describe('institutionKey', () => {
  it('gives BSSN one key whether abbreviated, in capitals, with "Republik Indonesia" or broken over a line', () => {
    expectOneKey(institutionKey, [
      'Badan Siber dan Sandi Negara',
      'BSSN',
      'BADAN SIBER DAN SANDI NEGARA',
      'BADAN SIBER DAN SANDI NEGARA REPUBLIK INDONESIA',
      // seed 000: "… Badan Siber dan Sandi Negara / Republik Indonesia, berkedudukan …"
      'Badan Siber dan Sandi Negara\n\nRepublik Indonesia',
      // seed 002: "Sekretaris Utama Badan Siber dan Sandi / Negara"
      'Badan Siber dan Sandi \n\nNegara',
    ]);
  });

  it('gives other agencies one key across case, acronym and "Republik Indonesia"', () => {
    // seed 000: "Badan Kepegawaian Negara" and its running header "BADAN KEPEGAWAIAN NEGARA".
    expectOneKey(institutionKey, ['Badan Kepegawaian Negara', 'BADAN KEPEGAWAIAN NEGARA', 'BKN']);
    // seed 002: "Kementerian Perdagangan Republik Indonesia" (body), "KEMENTERIAN PERDAGANGAN" (Pasal 13).
    expectOneKey(institutionKey, [
      'Kementerian Perdagangan',
      'Kementerian Perdagangan Republik Indonesia',
      'KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA',
      'KEMENTERIAN PERDAGANGAN',
    ]);
  });

  it('tells different agencies apart', () => {
    expect(institutionKey('BSSN')).not.toBe(institutionKey('BKN'));
    expect(institutionKey('Badan Siber dan Sandi Negara')).not.toBe(
      institutionKey('Badan Kepegawaian Negara'),
    );
    // Kementerian Hukum (2024) is not the former Kementerian Hukum dan Hak Asasi Manusia.
    expect(institutionKey('Kementerian Hukum Republik Indonesia')).not.toBe(
      institutionKey('Kementerian Hukum dan Hak Asasi Manusia'),
    );
  });

  it('tells a unit apart from the agency it belongs to', () => {
    const bssn = institutionKey('Badan Siber dan Sandi Negara');
    expect(institutionKey('Sekretariat Utama Badan Siber dan Sandi Negara')).not.toBe(bssn);
    expect(institutionKey('Balai Sertifikasi Elektronik')).not.toBe(bssn);
    expect(institutionKey('Sekretariat Jenderal Kementerian Perdagangan Republik Indonesia')).not.toBe(
      institutionKey('Kementerian Perdagangan Republik Indonesia'),
    );
    expect(institutionKey('Dinas Komunikasi dan Informatika Kabupaten Aceh Besar')).not.toBe(
      institutionKey('Pemerintah Kabupaten Aceh Besar'),
    );
  });

  it('tells apart same-named units of different agencies', () => {
    // seed 001 title block: both sides are a "Sekretariat Utama".
    expect(institutionKey('SEKRETARIAT UTAMA BADAN PEMBINAAN IDEOLOGI PANCASILA')).not.toBe(
      institutionKey('SEKRETARIAT UTAMA BADAN SIBER DAN SANDI NEGARA'),
    );
  });
});

describe('officialKey', () => {
  it('gives Y.B. Susilo Wibowo one key across the three seeds that print him', () => {
    expectOneKey(officialKey, [
      // seed 001: "2. Y.B. SUSILO WIBOWO"
      'Y.B. SUSILO WIBOWO',
      // seed 002: "2. Y.B. SUSILO" / "WIBOWO", broken over a line
      'Y.B. SUSILO \n\nWIBOWO',
      // seed 003: "II. Y.B. SUSILO WIBOWO, S.E., M.M.", capitals with degrees
      'Y.B. SUSILO WIBOWO, S.E., M.M.',
      // Title case: a variant DOMAIN.md describes; none of the five seeds prints his name so.
      'Y.B. Susilo Wibowo',
    ]);
  });

  it('ignores ranks and degrees around a name', () => {
    // seed 003: "KOMJEN POL. Dr. NICO AFINTA, S.I.K., S.H., M.H."
    expectOneKey(officialKey, [
      'KOMJEN POL. Dr. NICO AFINTA, S.I.K., S.H., M.H.',
      'NICO AFINTA',
      'Nico Afinta',
    ]);
  });

  it('tells different people apart', () => {
    expect(officialKey('Y.B. SUSILO WIBOWO')).not.toBe(officialKey('Dono Indarto'));
    expect(officialKey('Imas Sukmariah')).not.toBe(officialKey('TONNY AGUNG ARIFIANTO'));
    expect(officialKey('Abubakar')).not.toBe(officialKey('Jonathan Gerhard Tarigan'));
  });
});

describe('instrumentKey', () => {
  it('is kind + issuer + number + year, so mentions printed differently agree', () => {
    // seed 000: "Keputusan Presiden Republik Indonesia Nomor 171/TPA Tahun 2020" and, written the
    // short way, "Keputusan Presiden Nomor 171/TPA Tahun 2020": the same decree.
    expect(instrumentKey(ref('KEPUTUSAN_PRESIDEN', null, '171/TPA', 2020))).toBe(
      instrumentKey(ref('KEPUTUSAN_PRESIDEN', null, '171/TPA', 2020)),
    );
    // seed 003 item 12: "Peraturan Badan Siber dan Sandi Negara Republik Indonesia Nomor 6 Tahun
    // 2024": the issuer is BSSN however it is written.
    expect(
      instrumentKey(ref('PERATURAN_BADAN', 'Badan Siber dan Sandi Negara Republik Indonesia', '6', 2024)),
    ).toBe(instrumentKey(ref('PERATURAN_BADAN', 'Badan Siber dan Sandi Negara', '6', 2024)));
    // seed 003 items 8 and 9 write the same minister with and without "Republik Indonesia".
    expect(
      instrumentKey(
        ref('PERATURAN_MENTERI', 'Menteri Hukum dan Hak Asasi Manusia Republik Indonesia', '4', 2022),
      ),
    ).toBe(instrumentKey(ref('PERATURAN_MENTERI', 'Menteri Hukum dan Hak Asasi Manusia', '4', 2022)));
  });

  it('tells apart two regulations differing only in year', () => {
    // seed 003 items 10 and 11: Peraturan Menteri Hukum dan HAM Nomor 14 Tahun 2023 / Tahun 2024.
    const issuer = 'Menteri Hukum dan Hak Asasi Manusia';
    expect(instrumentKey(ref('PERATURAN_MENTERI', issuer, '14', 2023))).not.toBe(
      instrumentKey(ref('PERATURAN_MENTERI', issuer, '14', 2024)),
    );
  });

  it('tells apart instruments differing only in kind or issuer', () => {
    // seed 003: "Peraturan Menteri Hukum Nomor 1 Tahun 2024" and "Undang-Undang Nomor 1 Tahun 2024".
    expect(instrumentKey(ref('PERATURAN_MENTERI', 'Menteri Hukum', '1', 2024))).not.toBe(
      instrumentKey(ref('UNDANG_UNDANG', null, '1', 2024)),
    );
    expect(instrumentKey(ref('PERATURAN_MENTERI', 'Menteri Hukum', '1', 2024))).not.toBe(
      instrumentKey(ref('PERATURAN_MENTERI', 'Menteri Hukum dan Hak Asasi Manusia', '1', 2024)),
    );
    expect(instrumentKey(ref('KEPUTUSAN_PRESIDEN', null, '56/P', 2019))).not.toBe(
      instrumentKey(ref('KEPUTUSAN_PRESIDEN', null, '22/TPA', 2022)),
    );
  });
});

describe('keys in parsed seeds', () => {
  const files = [
    '000_c1085a28d48a1dcb.txt',
    '001_66609aa826267f0e.txt',
    '002_937a1dba0e293d21.txt',
    '003_7f176659f24afaf2.txt',
    '004_0485f73840a29589.txt',
  ] as const;
  const cache = new Map<string, Agreement>();
  const parse = (file: string): Agreement => {
    const hit = cache.get(file);
    if (hit) return hit;
    const a = parseAgreement(readFileSync(new URL(`../../../seed/${file}`, import.meta.url), 'utf8'));
    cache.set(file, a);
    return a;
  };
  const bssnParty = (file: string) => {
    const p = parse(file).parties[1];
    if (!p) throw new Error(`${file}: no second party`);
    return p;
  };

  it('rolls every BSSN side up to the one BSSN agency key', () => {
    const bssn = institutionKey('Badan Siber dan Sandi Negara');
    for (const file of files) expect(bssnParty(file).agency!.key, file).toBe(bssn);
  });

  it('gives Y.B. SUSILO WIBOWO the same key in seeds 001, 002 and 003, and no one else that key', () => {
    const key = bssnParty('001_66609aa826267f0e.txt').signatory!.key;
    expect(bssnParty('002_937a1dba0e293d21.txt').signatory!.key).toBe(key);
    expect(bssnParty('003_7f176659f24afaf2.txt').signatory!.key).toBe(key);
    expect(key).toBe(officialKey('Y.B. SUSILO WIBOWO'));
    expect(bssnParty('000_c1085a28d48a1dcb.txt').signatory!.key).not.toBe(key);
    expect(bssnParty('004_0485f73840a29589.txt').signatory!.key).not.toBe(key);
  });

  it('gives the Kitab Undang-Undang Hukum Perdata one key however its name is hyphenated', () => {
    // "Kitab Undang-undang Hukum Perdata" (000, 003, 004), "Kitab Undangundang Hukum Perdata"
    // (001), "Kitab Undang-" / "undang Hukum Perdata" (002).
    const keys = files.map((file) => {
      const kitab = parse(file).citations.find((c) => c.instrument.kind === 'KITAB');
      if (!kitab) throw new Error(`${file}: no KITAB citation`);
      return kitab.instrument.key;
    });
    expect(new Set(keys).size).toBe(1);
  });
});
