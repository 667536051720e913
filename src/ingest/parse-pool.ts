import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Agreement } from '../domain/agreement.js';
import { AgreementParseError } from '../parsing/index.js';
import { parseForLoading, parseLoadError, requireParties, type AgreementInput } from './load-agreement.js';
import type { WorkerParseResult } from './parse-worker.js';

/** One text's parse for the graph: the agreement, or the error parseForLoading would throw. */
export type ParseOutcome =
  { readonly ok: true; readonly agreement: Agreement } | { readonly ok: false; readonly error: Error };

/**
 * Parses agreement texts for loading (parseForLoading), in this thread or in worker threads. The
 * outcomes come back in input order whatever finishes first, so a load stays deterministic, and a
 * refused text gives the same AgreementLoadError (code, message, AgreementParseError cause) either way.
 */
export interface ParsePool {
  /** Threads parsing: 1 means this thread. */
  readonly workers: number;
  parseAll(inputs: readonly AgreementInput[]): Promise<ParseOutcome[]>;
  /** Stops the worker threads (a pool left open keeps the process alive); idempotent. */
  close(): Promise<void>;
}

/** The most workers PARSE_WORKERS and --parse-workers accept. */
export const MAX_PARSE_WORKERS = 64;

/**
 * min(cores - 1, 4), at least 1: the parser is pure CPU, one document per task, but one core
 * stays with the main thread (reading files, preparing rows, talking to Neo4j) and the database.
 * On 2 cores two workers seeded 2,000 texts 3-12 % slower than parsing in the main thread
 * (docs/loading.md, "Parse workers on two cores"). Past 4 the writes to Neo4j, not the parse,
 * bound a load (BENCHMARKS.md), and every worker holds its own copy of the parser.
 */
export function defaultParseWorkers(cores: number = os.availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, 4));
}

/** A pool of `workers` threads; 1 parses in this thread, as before there were workers. */
export function createParsePool(workers: number): ParsePool {
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_PARSE_WORKERS) {
    throw new RangeError(
      `parse workers must be a whole number from 1 to ${MAX_PARSE_WORKERS}, got ${workers}`,
    );
  }
  return workers === 1 ? inProcessPool : workerPool(workers);
}

const inProcessPool: ParsePool = {
  workers: 1,
  async parseAll(inputs) {
    const outcomes: ParseOutcome[] = [];
    for (const input of inputs) {
      outcomes.push(parseHere(input));
      // Parsing is the CPU-heavy part: let the driver move a batch being written meanwhile.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return outcomes;
  },
  close: () => Promise.resolve(),
};

function parseHere(input: AgreementInput): ParseOutcome {
  try {
    return { ok: true, agreement: parseForLoading(input) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

function workerPool(workers: number): ParsePool {
  const piscina = new Piscina({
    filename: workerFile(),
    name: 'parseInWorker',
    minThreads: workers,
    maxThreads: workers,
  });
  let closed: Promise<void> | null = null;
  return {
    workers,
    parseAll: (inputs) =>
      Promise.all(
        inputs.map(async (input): Promise<ParseOutcome> => {
          try {
            return fromWorker((await piscina.run(input.text)) as WorkerParseResult, input.sourceName);
          } catch (error) {
            // The worker itself failed (it could not start, or died): this text fails, alone.
            return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
          }
        }),
      ),
    close: () => (closed ??= piscina.destroy()),
  };
}

/** Rebuilds, on this thread, exactly what parseForLoading returns or throws for the same text. */
function fromWorker(result: WorkerParseResult, sourceName: string): ParseOutcome {
  try {
    if (result.ok) return { ok: true, agreement: requireParties(result.agreement, sourceName) };
    if ('parseError' in result) {
      const { code, message } = result.parseError;
      return { ok: false, error: parseLoadError(new AgreementParseError(code, message), sourceName) };
    }
  } catch (error) {
    return { ok: false, error: error as Error };
  }
  const error = new Error(result.failure.message);
  error.name = result.failure.name;
  if (result.failure.stack) error.stack = result.failure.stack;
  return { ok: false, error };
}

/**
 * The compiled worker module. A worker thread runs plain Node, which cannot load TypeScript: from
 * dist/ it is the sibling parse-worker.js; from the sources (vitest runs src/ through vite) it is
 * the build's copy, dist/ingest/parse-worker.js, so tests that use workers build first.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'parse-worker.js');
  if (here.endsWith('.js')) return sibling;
  const built = path.resolve(path.dirname(here), '..', '..', 'dist', 'ingest', 'parse-worker.js');
  if (!existsSync(built)) {
    throw new Error(
      `parse workers need the build: ${built} is missing; run npm run build, or use 1 parse worker`,
    );
  }
  return built;
}
