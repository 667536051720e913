/**
 * Parsing throughput: median documents per second over several rounds, on the seeds and on a
 * long synthetic agreement (the seeds' articles repeated to about 1 MB).
 *
 * Corpus mode compares parsing in the main thread with a pool of worker threads (the parse pool
 * seeding uses, src/ingest/parse-pool.ts): each round parses every text of DIR once through a
 * pool of each size, sizes interleaved; the pool's threads are started (and warmed on the first
 * 50 texts) before timing, and the time includes handing texts over and cloning results back.
 *
 * Run: npm run build && node dist/bench/parse-bench.js [SEED_DIR]
 *      node dist/bench/parse-bench.js --corpus DIR [--workers 1,2] [--rounds 3]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { createParsePool, MAX_PARSE_WORKERS } from '../ingest/parse-pool.js';
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

/** The value after `--name`, or undefined. */
function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function corpusMain(args: readonly string[]): Promise<void> {
  const dir = option(args, 'corpus')!;
  const sizes = (option(args, 'workers') ?? '1,2').split(',').map(Number);
  const rounds = Number(option(args, 'rounds') ?? 3);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_PARSE_WORKERS) || !(rounds >= 1)) {
    throw new Error(
      `--workers takes sizes from 1 to ${MAX_PARSE_WORKERS} (e.g. 1,2) and --rounds a positive number`,
    );
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const inputs = names.map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), sourceName: f }));
  if (inputs.length === 0) throw new Error(`no .txt texts in ${dir}; generate some with npm run corpus`);
  const pools = sizes.map((n) => createParsePool(n));
  try {
    for (const pool of pools) await pool.parseAll(inputs.slice(0, 50)); // start threads, warm the JIT
    const rates = sizes.map(() => [] as number[]);
    for (let r = 1; r <= rounds; r++) {
      for (const [p, pool] of pools.entries()) {
        const start = performance.now();
        const outcomes = await pool.parseAll(inputs);
        const rate = (inputs.length * 1000) / (performance.now() - start);
        rates[p]!.push(rate);
        const failed = outcomes.filter((o) => !o.ok).length;
        console.log(
          '  round %d, %d worker(s): %s docs/s (%d failed)',
          r,
          pool.workers,
          rate.toFixed(0),
          failed,
        );
      }
    }
    console.log('parse benchmark, %d texts from %s, median of %d rounds', inputs.length, dir, rounds);
    sizes.forEach((n, p) =>
      console.log('  %s: %s docs/s', n === 1 ? 'main thread' : `${n} workers`, median(rates[p]!).toFixed(0)),
    );
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}

async function main(): Promise<void> {
  if (option(process.argv, 'corpus') !== undefined) return corpusMain(process.argv.slice(2));
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

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
