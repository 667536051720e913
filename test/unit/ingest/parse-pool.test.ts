/**
 * The parse pool: worker threads must give exactly what the in-process parse gives, in input
 * order, including the refusals (same AgreementLoadError, same message, an AgreementParseError
 * cause). Worker threads run the compiled parser (dist/), so the build runs first, as
 * `npm run seed` does before it starts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../src/corpus/generate-corpus.js';
import { AgreementLoadError, type AgreementInput } from '../../../src/ingest/load-agreement.js';
import { createParsePool, defaultParseWorkers, type ParsePool } from '../../../src/ingest/parse-pool.js';
import { AgreementParseError, parseAgreement } from '../../../src/parsing/index.js';
import { projectRoot } from '../../../src/server/config.js';
import { buildDist } from '../../helpers/build-dist.js';

const root = projectRoot();
const seedDir = path.join(root, 'seed');

const seeds = (): AgreementInput[] =>
  readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(path.join(seedDir, f), 'utf8'), sourceName: f }));

let pool: ParsePool;

beforeAll(() => {
  buildDist();
  pool = createParsePool(2);
}, 300_000);
afterAll(async () => {
  await pool?.close();
});

describe('a parsed agreement crosses a thread boundary unchanged', () => {
  it('is plain data: a structured clone of each seed agreement equals it, prototypes included', () => {
    for (const { text } of seeds()) {
      const agreement = parseAgreement(text);
      expect(isDeepStrictEqual(structuredClone(agreement), agreement)).toBe(true);
    }
  });
});

describe('a pool of 2 worker threads', () => {
  it('parses the five seeds and 60 generated texts exactly as this thread does, in input order', async () => {
    const inputs = [
      ...seeds(),
      ...[...generateCorpus({ agreements: 60, seed: 3 })].map((d) => ({ text: d.text, sourceName: d.file })),
    ];
    const here = await createParsePool(1).parseAll(inputs);
    const there = await pool.parseAll(inputs);
    expect(there).toHaveLength(inputs.length);
    expect(here.every((o) => o.ok)).toBe(true);
    there.forEach((o, i) => {
      expect(o.ok && isDeepStrictEqual(o.agreement, here[i]!.ok && here[i]!.agreement)).toBe(true);
    });
    // In input order: the fifth result is seed 004's, whose numbers are printed on its lines 24 and 26.
    const fifth = there[4]!;
    expect(fifth.ok && fifth.agreement.numbers).toEqual([
      '046/218/PKS/2022',
      'PERJ.609/BSSN/BS/HK.07.02/08/2022',
    ]);
  });

  it('refuses what this thread refuses, with the same error, message and cause', async () => {
    const inputs: AgreementInput[] = [
      { text: 'Beli beras, telur dan minyak goreng.\n', sourceName: 'belanja.txt' },
      { text: '   \n', sourceName: 'kosong.txt' },
      seeds()[0]!,
    ];
    const here = await createParsePool(1).parseAll(inputs);
    const there = await pool.parseAll(inputs);
    expect(there[2]!.ok).toBe(true);
    for (const i of [0, 1]) {
      const [a, b] = [here[i]!, there[i]!];
      if (a.ok || b.ok) throw new Error(`${inputs[i]!.sourceName} should be refused both ways`);
      expect(b.error).toBeInstanceOf(AgreementLoadError);
      expect(b.error.cause).toBeInstanceOf(AgreementParseError);
      expect(b.error.message).toBe(a.error.message);
      expect((b.error as AgreementLoadError).code).toBe((a.error as AgreementLoadError).code);
      expect(b.error.message.startsWith(`${inputs[i]!.sourceName}: `)).toBe(true);
    }
    const empty = there[1]!;
    expect(!empty.ok && (empty.error as AgreementLoadError).code).toBe('EMPTY_INPUT');
  });
});

describe('createParsePool', () => {
  it('refuses a size that is not a whole number from 1 to 64', () => {
    for (const n of [0, -1, 1.5, 65, Number.NaN]) expect(() => createParsePool(n)).toThrow(RangeError);
  });

  it('defaults to one core fewer than the host has, at least 1 and at most 4', () => {
    expect([1, 2, 3, 4, 5, 8, 64].map((cores) => defaultParseWorkers(cores))).toEqual([1, 1, 2, 3, 4, 4, 4]);
    expect(defaultParseWorkers()).toBe(Math.max(1, Math.min(os.availableParallelism() - 1, 4)));
  });
});
