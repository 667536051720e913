/**
 * Bad input: a clear AgreementParseError, or a result whose warnings say what is missing;
 * never another exception. And a guard that a 10 MB input stays linear (the real speed is
 * measured by src/bench/parse-bench.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { AgreementParseError, parseAgreement } from '../../../src/parsing/index.js';

const BASE = readFileSync(new URL('../../fixtures/parsing/base-agreement.txt', import.meta.url), 'utf8');
const SEED = readFileSync(new URL('../../../seed/000_c1085a28d48a1dcb.txt', import.meta.url), 'utf8');

function errorOf(input: string): AgreementParseError {
  try {
    parseAgreement(input);
  } catch (err) {
    expect(err).toBeInstanceOf(AgreementParseError);
    return err as AgreementParseError;
  }
  throw new Error('expected parseAgreement to throw');
}

describe('input that is not an agreement', () => {
  it('rejects empty and blank text', () => {
    expect(errorOf('').code).toBe('EMPTY_INPUT');
    expect(errorOf('  \n\n\t ').code).toBe('EMPTY_INPUT');
    // Only page furniture and markup is empty too.
    expect(errorOf('-1-\n\n**\n\\$\n#\n').code).toBe('EMPTY_INPUT');
  });

  it('rejects binary data and PDFs with a hint', () => {
    expect(errorOf('abc\u0000def').code).toBe('BINARY_INPUT');
    const pdf = errorOf('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    expect(pdf.code).toBe('BINARY_INPUT');
    expect(pdf.message).toMatch(/PDF/);
    expect(errorOf('\u0001\u0002\u0003\u0004 some \u0005\u0006 bytes \u0007\u0008').code).toBe(
      'BINARY_INPUT',
    );
    // Where cleaning skips characters (a link's target, leading whitespace), a NUL still counts.
    expect(errorOf(`${SEED}\n[surel](mailto:a\u0000b@bssn.go.id)`).code).toBe('BINARY_INPUT');
    expect(errorOf(`${SEED}\n\u000b\u0000`).code).toBe('BINARY_INPUT');
  });

  it('rejects a text that is not an agreement', () => {
    const err = errorOf('Resep nasi goreng\n\n1. Panaskan minyak.\n2. Masukkan bawang.\n\nSelamat mencoba!');
    expect(err.code).toBe('NOT_AN_AGREEMENT');
    expect(err.message).toBe('no parties found: is this an agreement?');
  });

  it('rejects a regulation, which has articles but no parties', () => {
    const law =
      'PERATURAN MENTERI\nNOMOR 1 TAHUN 2024\nMenimbang : a. bahwa …\nMEMUTUSKAN:\nPasal 1\nDalam Peraturan ini yang dimaksud dengan:\nPasal 2\nPeraturan ini mulai berlaku.';
    expect(errorOf(law).code).toBe('NOT_AN_AGREEMENT');
  });

  it('throws only AgreementParseError, even for input that is not a string', () => {
    expect(() => parseAgreement(42 as unknown as string)).toThrow(AgreementParseError);
  });
});

describe('damaged or truncated agreements', () => {
  it('returns what it found with warnings when the text stops mid-way', () => {
    const cut = BASE.slice(0, BASE.indexOf('Pasal 3'));
    const a = parseAgreement(cut);
    expect(a.parties.map((p) => p.signatory!.name)).toEqual(['BUDI SANTOSO', 'Siti Aminah']);
    expect(a.clauses.map((c) => c.number)).toEqual(['1', '2']);
    const codes = a.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['NO_TERM', 'TRUNCATED', 'NO_CONTACT']));
    for (const w of a.warnings) expect(w.message.length).toBeGreaterThan(10);
  });

  it('returns a result with a NO_PARTIES warning when only the first page survived', () => {
    const a = parseAgreement(BASE.slice(0, BASE.indexOf('1. Dr. Ir.')));
    expect(a.title).toBe('PEMANFAATAN SERTIFIKAT ELEKTRONIK DI LINGKUNGAN PEMERINTAH KOTA CONTOH');
    expect(a.parties).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['NO_PARTIES', 'NO_CLAUSES']));
  });

  it('survives random damage without throwing anything but AgreementParseError', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 40; round++) {
      const chars = SEED.split('');
      for (let i = 0; i < 300; i++) {
        const at = rand(chars.length);
        const op = rand(3);
        if (op === 0) chars.splice(at, rand(40));
        else if (op === 1) chars.splice(at, 0, '\n(1) a. Pasal 9 ** # $ -3- '[rand(24)]!);
        else chars[at] = ' ';
      }
      try {
        parseAgreement(chars.join(''));
      } catch (err) {
        expect(err).toBeInstanceOf(AgreementParseError);
      }
    }
  });
});

describe('time linear in the input', () => {
  it('parses a 10 MB input within a generous bound', () => {
    const body = SEED.slice(SEED.indexOf('Pasal 1'));
    const parts = [SEED];
    let size = SEED.length;
    while (size < 10_000_000) {
      parts.push(body);
      size += body.length;
    }
    const big = parts.join('\n');
    const started = performance.now();
    const a = parseAgreement(big);
    const ms = performance.now() - started;
    expect(a.parties).toHaveLength(2);
    // ~1 s on a laptop; a quadratic step would take minutes.
    expect(ms).toBeLessThan(20_000);
  });

  it('parses 10 MB of one unbroken line (no newline to split on) within the bound', () => {
    const line = 'PARA PIHAK sepakat (1) a. b. Pasal 1266 Kitab Undang-Undang Hukum Perdata ayat (2) '.repeat(
      120_000,
    );
    const started = performance.now();
    try {
      parseAgreement(`Pada hari ini Senin ${line}`);
    } catch (err) {
      expect(err).toBeInstanceOf(AgreementParseError);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
