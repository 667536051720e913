/**
 * The parser fuzz corpus (issue 15, reliability suite): thousands of deterministic mutations of
 * the five seed texts, each one either a parsed agreement or a clean AgreementParseError. An
 * AgreementParseError with code INTERNAL_ERROR is parseAgreement wrapping an exception it did
 * not expect, so it counts as a crash here, as would any other exception. Bounded: a fixed
 * number of texts, each at most a few times a seed's size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgreementParseError, parseAgreement } from '../../../src/parsing/index.js';
import { projectRoot } from '../../../src/server/config.js';
import { prng } from '../../helpers/prng.js';

const SEED_DIR = path.join(projectRoot(), 'seed');
const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8'));

const TEXTS_PER_SEED = 600;

/** Pieces that stress the parser's anchors: labels, numbers, dates, markup, odd characters. */
const FRAGMENTS = [
  'Pasal ',
  'PIHAK KESATU',
  'PIHAK KEDUA',
  'PIHAK ',
  'Nomor : ',
  'Nomor',
  'Tahun ',
  'tanggal ',
  'bertindak untuk dan atas nama ',
  'berdasarkan Keputusan Presiden Nomor ',
  'sebagaimana telah diubah dengan Undang-Undang Nomor ',
  'PERJANJIAN KERJA SAMA\nANTARA\n',
  'TENTANG\n',
  '(1) ',
  'a. ',
  '- ',
  '**',
  '#### ',
  '\\$',
  '$',
  '-9-',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '“',
  '”',
  '’',
  '…',
  'é',
  '𝐏𝐚𝐬𝐚𝐥',
  '(',
  ')',
  '[',
  ']',
  '"',
  '31-02-2023',
  '00-00-0000',
  'Dua Ribu Dua Puluh Tiga',
  '99999999999999999999',
  '-1',
  'bulan Februari tahun',
  'selama 5 (lima) tahun',
  'jangka waktu 0 (nol) bulan',
  'paling lambat 30 (tiga puluh) hari',
  '[x@y](mailto:x@y)',
];

type Mutation = (text: string, rand: () => number) => string;

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)]!;
const at = (text: string, rand: () => number): number => Math.floor(rand() * (text.length + 1));

const MUTATIONS: readonly Mutation[] = [
  // Delete a range (up to a few hundred characters): lost lines, lost headings.
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + Math.floor(r() * 400));
  },
  // Duplicate a range: repeated pages, repeated articles.
  (t, r) => {
    const i = at(t, r);
    const j = Math.min(t.length, i + Math.floor(r() * 2000));
    return t.slice(0, j) + t.slice(i, j) + t.slice(j);
  },
  // Insert a fragment that the parser anchors on.
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(FRAGMENTS, r) + t.slice(i);
  },
  // Truncate: a text cut off mid-way.
  (t, r) => t.slice(0, at(t, r)),
  // Drop the start: a text that begins mid-way.
  (t, r) => t.slice(at(t, r)),
  // Shuffle a handful of lines.
  (t, r) => {
    const lines = t.split('\n');
    for (let k = 0; k < 8; k++) {
      const a = Math.floor(r() * lines.length);
      const b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
    return lines.join('\n');
  },
  // Change case of a range (capitals in one document, title case in another).
  (t, r) => {
    const i = at(t, r);
    const j = Math.min(t.length, i + Math.floor(r() * 500));
    const part = t.slice(i, j);
    return t.slice(0, i) + (r() < 0.5 ? part.toUpperCase() : part.toLowerCase()) + t.slice(j);
  },
  // OCR damage: swap characters that look alike in a range.
  (t, r) => {
    const i = at(t, r);
    const j = Math.min(t.length, i + Math.floor(r() * 300));
    const swaps: Record<string, string> = { l: '1', '1': 'l', O: '0', '0': 'O', S: '5', '5': 'S', I: 'l' };
    const part = [...t.slice(i, j)].map((c) => (r() < 0.5 ? (swaps[c] ?? c) : c)).join('');
    return t.slice(0, i) + part + t.slice(j);
  },
  // Random digits in place of digits: impossible dates, huge numbers.
  (t, r) => t.replace(/\d/g, (d) => (r() < 0.2 ? String(Math.floor(r() * 10)) : d)),
  // Remove every line break in a range, or break lines everywhere in it.
  (t, r) => {
    const i = at(t, r);
    const j = Math.min(t.length, i + Math.floor(r() * 3000));
    const part = r() < 0.5 ? t.slice(i, j).replace(/\n/g, ' ') : t.slice(i, j).replace(/ /g, '\n');
    return t.slice(0, i) + part + t.slice(j);
  },
  // Splice in a piece of another seed.
  (t, r) => {
    const other = pick(SEEDS, r);
    const i = at(other, r);
    const piece = other.slice(i, i + Math.floor(r() * 3000));
    const k = at(t, r);
    return t.slice(0, k) + piece + t.slice(k);
  },
];

/** One to four mutations of one seed, chosen by the PRNG. */
function mutate(seed: string, rand: () => number): string {
  let text = seed;
  const count = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < count; k++) text = pick(MUTATIONS, rand)(text, rand);
  return text;
}

type Outcome = { kind: 'agreement' } | { kind: 'refused'; code: string } | { kind: 'crash'; error: unknown };

function outcomeOf(text: string): Outcome {
  try {
    const agreement = parseAgreement(text);
    // A result must be usable: every span points inside the text it came from.
    for (const span of Object.values(agreement.spans)) {
      if (!span || span.start < 0 || span.end > text.length || span.start > span.end) {
        return { kind: 'crash', error: new Error(`span ${JSON.stringify(span)} outside the text`) };
      }
    }
    return { kind: 'agreement' };
  } catch (error) {
    if (error instanceof AgreementParseError && error.code !== 'INTERNAL_ERROR') {
      return { kind: 'refused', code: error.code };
    }
    return { kind: 'crash', error };
  }
}

describe('parser fuzz corpus', () => {
  it('has the five seeds to mutate', () => {
    expect(SEEDS).toHaveLength(5);
  });

  SEEDS.forEach((seed, index) => {
    it(`seed ${index}: ${TEXTS_PER_SEED} mutated texts each parse or are refused cleanly`, () => {
      const crashes: string[] = [];
      const outcomes = { agreement: 0, refused: 0 };
      for (let n = 0; n < TEXTS_PER_SEED; n++) {
        // Each case has its own PRNG seed, so a failure can be replayed alone.
        const caseSeed = index * 100_000 + n;
        const text = mutate(seed, prng(caseSeed));
        const outcome = outcomeOf(text);
        if (outcome.kind === 'crash') {
          const error = outcome.error as Error;
          crashes.push(`case ${caseSeed}: ${error?.name}: ${error?.message}`);
        } else {
          outcomes[outcome.kind]++;
        }
      }
      expect(crashes).toEqual([]);
      // Most mutations leave an agreement readable: the corpus exercises the parser, not only its guards.
      expect(outcomes.agreement).toBeGreaterThan(TEXTS_PER_SEED / 2);
    }, 120_000);
  });
});
