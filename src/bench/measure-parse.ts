import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createParsePool, MAX_PARSE_WORKERS, type ParsePool } from '../ingest/parse-pool.js';
import { parseAgreement } from '../parsing/index.js';

/**
 * The bench's parse throughput, measured two ways on the same files, each timed from reading a
 * file to its parsed agreement, so the two figures compare:
 *
 * - one thread: each file read and parsed in this thread, one after another (what one core does);
 * - the pool seeding uses (src/ingest/parse-pool.ts, as with PARSE_WORKERS = the core count): the
 *   files are read in this thread, a chunk at a time, while the workers parse the chunk before;
 *   the agreements are cloned back to this thread, as when seeding.
 *
 * Each is warmed on the first files (the pool's threads started, every JIT warm), then makes
 * whole passes over the files until at least `minMs` has passed (at most `maxPasses`).
 * Results are dropped as they come, so no pass makes the next one collect more garbage.
 */
export interface ParseThroughput {
  /** Files the rates were measured on. */
  readonly files: number;
  readonly oneThreadDocsPerSecond: number;
  /** Worker threads of the pool: the host's cores (at most MAX_PARSE_WORKERS). */
  readonly poolWorkers: number;
  readonly poolDocsPerSecond: number;
}

export interface ParseThroughputOptions {
  /** Pool size; default one per core (os.availableParallelism()). */
  readonly workers?: number;
  /** Each side passes over the files until this much time has passed (default 1,000 ms). */
  readonly minMs?: number;
  /** At most this many passes per side (default 20). */
  readonly maxPasses?: number;
}

/** Files handed to the pool at once: enough to keep every worker busy while the next chunk is read. */
const POOL_CHUNK = 100;
/** Files each side parses before timing. */
const WARM_UP_FILES = 200;

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
  const warm = files.slice(0, WARM_UP_FILES);

  parseFiles(warm);
  const oneThreadDocsPerSecond = await timePasses(files.length, minMs, maxPasses, () => {
    parseFiles(files);
    return Promise.resolve();
  });

  const pool = createParsePool(options.workers ?? defaultPoolWorkers());
  try {
    await parseFilesInPool(pool, warm);
    const poolDocsPerSecond = await timePasses(files.length, minMs, maxPasses, () =>
      parseFilesInPool(pool, files),
    );
    return {
      files: files.length,
      oneThreadDocsPerSecond,
      poolWorkers: pool.workers,
      poolDocsPerSecond,
    };
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
