import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBenchCorpus } from '../../../src/bench/write-bench-corpus.js';
import { generateCorpus } from '../../../src/corpus/generate-corpus.js';
import { parseAgreement } from '../../../src/parsing/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-bench-corpus-'));
const corpusDir = path.join(dir, 'corpus');
const firstIngestFile = path.join(dir, 'first-ingest', 'not-in-corpus-000060.txt');
writeBenchCorpus({ dir: corpusDir, agreements: 60, seed: 7, firstIngestFile });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBenchCorpus', () => {
  it('writes the corpus generateCorpus gives for that size, the seeds family only', () => {
    const expected = [...generateCorpus({ agreements: 60, seed: 7, realWorldShare: 0 })];
    expect(readdirSync(corpusDir).sort()).toEqual(expected.map((d) => d.file));
    for (const d of expected) expect(readFileSync(path.join(corpusDir, d.file), 'utf8')).toBe(d.text);
  });

  it('writes, apart from the corpus, the agreement a corpus one larger holds last', () => {
    const next = [...generateCorpus({ agreements: 61, seed: 7, realWorldShare: 0 })][60]!;
    expect(readFileSync(firstIngestFile, 'utf8')).toBe(next.text);
    expect(readdirSync(corpusDir)).not.toContain('000060.txt');
  });

  it('gives a first-ingest agreement whose document numbers no corpus agreement has', () => {
    const extra = parseAgreement(readFileSync(firstIngestFile, 'utf8'));
    expect(extra.numbers.length).toBeGreaterThan(0);
    const corpusNumbers = new Set(
      readdirSync(corpusDir).flatMap(
        (f) => parseAgreement(readFileSync(path.join(corpusDir, f), 'utf8')).numbers,
      ),
    );
    expect(extra.numbers.filter((n) => corpusNumbers.has(n))).toEqual([]);
  });
});
