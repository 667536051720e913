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
