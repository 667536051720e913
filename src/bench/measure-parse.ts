import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createParsePool,
  defaultParseWorkers,
  MAX_PARSE_WORKERS,
  type ParsePool,
} from '../ingest/parse-pool.js';
import { parseAgreement } from '../parsing/index.js';

/**
 * The bench's parse throughput, each figure timed from reading a file to its parsed agreement,
 * on the same files, so the figures compare:
 *
 * - one thread: each file read and parsed in this thread, one after another (what one core does);
 * - as seeding parses on this host: with PARSE_WORKERS' default (defaultParseWorkers(): one core
 *   fewer than the host has, at most 4). When that is 1, as on two cores, a seed parses in the
 *   main thread and this figure is the one-thread figure, not measured twice. Otherwise the
 *   pool seeding uses (src/ingest/parse-pool.ts): the files read in this thread a chunk at a
 *   time while the workers parse the chunk before, the agreements cloned back to this thread;
 * - the pool of one worker per core (PARSE_WORKERS set to the core count), when that is another
 *   pool than seeding's: what the default gives up, or would gain, on this host.
 *
 * Each is warmed on the first files (the pool's threads started, every JIT warm), then makes
 * whole passes over the files until at least `minMs` has passed (at most `maxPasses`).
 * Results are dropped as they come, so no pass makes the next one collect more garbage.
 */
export interface ParseThroughput {
  /** Files the rates were measured on. */
  readonly files: number;
  readonly oneThreadDocsPerSecond: number;
  /** Parse workers a seed uses on this host (PARSE_WORKERS' default); 1: the main thread parses. */
  readonly seedWorkers: number;
  /** Docs/s as a seed parses: the one-thread figure when seedWorkers is 1, else its pool's. */
  readonly seedDocsPerSecond: number;
  /** The pool of one worker per core, when it differs from seeding's and has more than one worker. */
  readonly perCorePool: { readonly workers: number; readonly docsPerSecond: number } | null;
}

export interface ParseThroughputOptions {
  /** Workers seeding uses; default PARSE_WORKERS' default on this host (defaultParseWorkers()). */
  readonly seedWorkers?: number;
  /** Workers of the one-per-core pool; default the host's cores (defaultPoolWorkers()). */
  readonly perCoreWorkers?: number;
  /** Each figure passes over the files until this much time has passed (default 1,000 ms). */
  readonly minMs?: number;
  /** At most this many passes per figure (default 20). */
  readonly maxPasses?: number;
}

/** Files handed to the pool at once: enough to keep every worker busy while the next chunk is read. */
const POOL_CHUNK = 100;
/** Files each side parses before timing. */
const WARM_UP_FILES = 200;

/** One worker per core, as PARSE_WORKERS set to the core count (at most MAX_PARSE_WORKERS). */
export function defaultPoolWorkers(): number {
  return Math.min(os.availableParallelism(), MAX_PARSE_WORKERS);
}

export async function measureParseThroughput(
  files: readonly string[],
  options: ParseThroughputOptions = {},
): Promise<ParseThroughput> {
  if (files.length === 0) throw new Error('measureParseThroughput: no files to parse');
  const minMs = options.minMs ?? 1000;
  const maxPasses = options.maxPasses ?? 20;
  const seedWorkers = options.seedWorkers ?? defaultParseWorkers();
  const perCoreWorkers = options.perCoreWorkers ?? defaultPoolWorkers();
  const warm = files.slice(0, WARM_UP_FILES);

  parseFiles(warm);
  const oneThreadDocsPerSecond = await timePasses(files.length, minMs, maxPasses, () => {
    parseFiles(files);
    return Promise.resolve();
  });
  const poolRate = (workers: number) => measurePool(files, warm, workers, minMs, maxPasses);
  return {
    files: files.length,
    oneThreadDocsPerSecond,
    seedWorkers,
    seedDocsPerSecond: seedWorkers === 1 ? oneThreadDocsPerSecond : await poolRate(seedWorkers),
    perCorePool:
      perCoreWorkers > 1 && perCoreWorkers !== seedWorkers
        ? { workers: perCoreWorkers, docsPerSecond: await poolRate(perCoreWorkers) }
        : null,
  };
}

/** Docs/s of the parse pool of `workers` threads, warmed on `warm` first. */
async function measurePool(
  files: readonly string[],
  warm: readonly string[],
  workers: number,
  minMs: number,
  maxPasses: number,
): Promise<number> {
  const pool = createParsePool(workers);
  try {
    await parseFilesInPool(pool, warm);
    return await timePasses(files.length, minMs, maxPasses, () => parseFilesInPool(pool, files));
  } finally {
    await pool.close();
  }
}

/** Docs/s over whole passes of `pass` (each parses `count` files), at least `minMs` and one pass. */
async function timePasses(
  count: number,
  minMs: number,
  maxPasses: number,
  pass: () => Promise<void>,
): Promise<number> {
  let parsed = 0;
  const start = performance.now();
  for (let p = 0; p < maxPasses && (p === 0 || performance.now() - start < minMs); p++) {
    await pass();
    parsed += count;
  }
  return (parsed * 1000) / (performance.now() - start);
}

/** Reads and parses each file in this thread; a refused text counts as parsed (it is the parser's work). */
function parseFiles(files: readonly string[]): void {
  for (const file of files) {
    try {
      parseAgreement(readFileSync(file, 'utf8'));
    } catch {
      // counted: a refusal is an answer of the parser
    }
  }
}

/** Reads the files a chunk at a time; the pool parses one chunk while the next is read. */
async function parseFilesInPool(pool: ParsePool, files: readonly string[]): Promise<void> {
  let pending: Promise<unknown> | null = null;
  for (let i = 0; i < files.length; i += POOL_CHUNK) {
    const inputs = files
      .slice(i, i + POOL_CHUNK)
      .map((file) => ({ text: readFileSync(file, 'utf8'), sourceName: path.basename(file) }));
    const parsing = pool.parseAll(inputs);
    if (pending) await pending;
    pending = parsing;
  }
  await pending;
}
