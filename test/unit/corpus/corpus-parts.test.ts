import { describe, expect, it } from 'vitest';

import { addMonths, dayName, numberInWords } from '../../../src/corpus/indonesian-words.js';
import { parseCorpusArgs } from '../../../src/corpus/parse-corpus-args.js';
import { PUBLIC_BODIES } from '../../../src/corpus/data/public-bodies.js';
import { createRandom } from '../../../src/corpus/random.js';

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 50 }, () => a.int(1, 6));
    expect(xs).toEqual(Array.from({ length: 50 }, () => b.int(1, 6)));
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(6);
  });
});

describe('indonesian words', () => {
  it('writes years and days as agreements print them', () => {
    expect(numberInWords(2023)).toBe('dua ribu dua puluh tiga');
    expect(numberInWords(15)).toBe('lima belas');
    expect(numberInWords(11)).toBe('sebelas');
    expect(numberInWords(48)).toBe('empat puluh delapan');
    expect(dayName('2023-05-15')).toBe('Senin');
  });

  it('adds months the way the domain computes expiry (clamped to the month end)', () => {
    expect(addMonths('2022-10-03', 48)).toBe('2026-10-03');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });
});

describe('public bodies', () => {
  it('covers ministries, agencies, the 38 provinces and hundreds of regencies and cities', () => {
    const count = (k: string) => PUBLIC_BODIES.filter((b) => b.kind === k).length;
    expect(count('MINISTRY')).toBeGreaterThanOrEqual(30);
    expect(count('AGENCY')).toBeGreaterThanOrEqual(20);
    expect(count('PROVINCE')).toBe(38);
    expect(count('REGENCY') + count('CITY')).toBeGreaterThanOrEqual(300);
    expect(new Set(PUBLIC_BODIES.map((b) => b.id)).size).toBe(PUBLIC_BODIES.length);
  });
});

describe('parseCorpusArgs', () => {
  it('accepts the three flags', () => {
    expect(parseCorpusArgs(['--agreements', '10', '--seed', '1', '--out', '/tmp/x'])).toEqual({
      agreements: 10,
      seed: 1,
      out: '/tmp/x',
    });
  });

  it('refuses a count that is not a whole number in range', () => {
    expect(() => parseCorpusArgs(['--agreements', '0', '--seed', '1', '--out', 'd'])).toThrow(
      '--agreements must be a whole number from 1 to 1000000 (got "0")',
    );
    expect(() => parseCorpusArgs(['--agreements', '2.5', '--seed', '1', '--out', 'd'])).toThrow(
      '--agreements must be a whole number',
    );
    expect(() => parseCorpusArgs(['--agreements', '5', '--seed', '-1', '--out', 'd'])).toThrow(
      '--seed must be a whole number',
    );
  });

  it('names a missing or unknown flag', () => {
    expect(() => parseCorpusArgs(['--agreements', '5', '--seed', '1'])).toThrow('--out is required');
    expect(() => parseCorpusArgs(['--count', '5'])).toThrow('unknown argument "--count"');
  });
});
