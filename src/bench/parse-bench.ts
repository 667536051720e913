/**
 * Parsing throughput: median documents per second over several rounds, on the seeds and on a
 * long synthetic agreement (the seeds' articles repeated to about 1 MB).
 *
 * Run: npm run build && node dist/bench/parse-bench.js [SEED_DIR]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { parseAgreement } from '../parsing/index.js';

const ROUNDS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Parses `docs` repeatedly for about `budgetMs` per round; returns median docs/s. */
function measure(docs: readonly string[], budgetMs: number): { docsPerSecond: number; mbPerSecond: number } {
  const bytes = docs.reduce((n, d) => n + d.length, 0) / docs.length;
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < budgetMs) {
      for (const d of docs) parseAgreement(d);
      count += docs.length;
      elapsed = performance.now() - start;
    }
    rates.push((count * 1000) / elapsed);
  }
  const docsPerSecond = median(rates);
  return { docsPerSecond, mbPerSecond: (docsPerSecond * bytes) / 1e6 };
}

/** One agreement whose articles are repeated until the text is about `size` characters. */
function longAgreement(seed: string, size: number): string {
  const first = seed.search(/\n\s*(?:#+\s*)?\**\s*Pasal\s+1\b/i);
  const head = first > 0 ? seed.slice(0, first) : seed;
  const body = first > 0 ? seed.slice(first) : seed;
  const parts = [head];
  let length = head.length;
  while (length < size) {
    parts.push(body);
    length += body.length;
  }
  return parts.join('\n');
}

function main(): void {
  const dir = process.argv[2] ?? 'seed';
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no .txt seeds in ${dir}`);
  for (const s of seeds) parseAgreement(s); // warm up
  const small = measure(seeds, 400);
  const long = longAgreement(seeds[0]!, 1_000_000);
  const big = measure([long], 1500);
  const fmt = (n: number): string => n.toFixed(n < 10 ? 2 : 0);
  console.log('parse benchmark (one core, median of %d rounds)', ROUNDS);
  console.log('  command: npm run build && node dist/bench/parse-bench.js %s', dir);
  console.log(
    '  seeds (%d files, ~%d KB each): %s docs/s, %s MB/s',
    seeds.length,
    Math.round(seeds.reduce((n, s) => n + s.length, 0) / seeds.length / 1000),
    fmt(small.docsPerSecond),
    fmt(small.mbPerSecond),
  );
  console.log(
    '  long synthetic agreement (%d KB): %s docs/s, %s MB/s',
    Math.round(long.length / 1000),
    fmt(big.docsPerSecond),
    fmt(big.mbPerSecond),
  );
}

main();
