import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { warningsOfAgreements } from '../graph/read/agreement-warnings.js';
import * as entityQueries from '../graph/read/entity-queries.js';
import type { GraphDatabase } from '../graph/driver.js';
import {
  rehearseBulkIngest,
  rehearseIngest,
  rehearseNewVersionAndDelete,
  richestSample,
} from '../graph/write/rehearse-writes.js';
import type { AgreementToSave } from '../graph/write/save-agreements.js';
import { parseForLoading } from '../ingest/load-agreement.js';
import type { Logger } from '../support/logger.js';

/**
 * Start-up warm-up, run after Neo4j answers and before "ready", so that the first real calls
 * do not pay for a cold JVM and cold plans (issue 13: the first call of a query family took
 * 0.1-4 s after start).
 *
 * Why run statements instead of EXPLAIN: Neo4j keys its executable-plan cache on the query
 * string *and the parameter types* (Cypher manual, "Query caches"); EXPLAIN is stripped before
 * the key is made. Measured here (SHARED_LEGAL_BASES on 200 agreements, query caches cleared
 * with db.clearQueryCaches() before each try, 5 tries, a busy 2-core machine), time to the
 * first result of the real call: cold 0.8-1.5 s; after an EXPLAIN with the same parameter
 * types 0.05-0.33 s; after an EXPLAIN without parameters 0.36-0.67 s; after one real run
 * 1-7 ms. So EXPLAIN caches only part of the work (planning, not the executable plan the
 * runtime builds on first execution). Running each statement through the function the API
 * uses, with keys that match nothing, gives exactly the real string and parameter types and
 * costs one index lookup per statement.
 *
 * The warm-up is a list of steps under a time budget: a step not started when the budget is
 * spent is skipped; a step that fails is logged and the rest go on (warm-up never stops start).
 * The write path adds its own steps to the same list (writeRehearsalSteps): real writes of
 * sample agreements, each rolled back, so the first ingest finds its plans cached too.
 */

export interface WarmUpStep {
  /** Shown in the log when the step fails ("plan: agreementsById", "example: search/search.graphql"). */
  readonly name: string;
  run(): Promise<unknown>;
}

export interface WarmUpReport {
  readonly ms: number;
  readonly ran: number;
  readonly failed: number;
  /** Steps not started because the budget was spent. */
  readonly skipped: number;
}

/** A key no node has: every batch reader answers nothing for it, after planning its statement. */
export const NO_SUCH_KEY = 'warm-up:no-such-id';

/** Runs `steps` in order within `budgetMs`; logs and returns what it did. */
export async function warmUp(
  steps: readonly WarmUpStep[],
  options: { readonly budgetMs: number; readonly log: Logger },
): Promise<WarmUpReport> {
  const start = performance.now();
  let ran = 0;
  let failed = 0;
  for (const step of steps) {
    if (performance.now() - start >= options.budgetMs) break;
    ran++;
    const stepStart = performance.now();
    try {
      await step.run();
      options.log.debug('warm-up step', { step: step.name, ms: Math.round(performance.now() - stepStart) });
    } catch (error) {
      failed++;
      options.log.warn('warm-up step failed (start goes on)', { step: step.name, error });
    }
  }
  const report = {
    ms: Math.round(performance.now() - start),
    ran,
    failed,
    skipped: steps.length - ran,
  };
  options.log.info('warm-up done', { ...report, budgetMs: options.budgetMs });
  return report;
}

/**
 * One step per batch reader of src/graph/read (every entity loader statement, and the
 * agreement warnings), each with a key that matches nothing. New readers exported from
 * entity-queries.ts are picked up without a change here.
 */
export function readPlanSteps(db: GraphDatabase): WarmUpStep[] {
  type BatchReader = (db: GraphDatabase, ids: readonly string[]) => Promise<unknown>;
  const readers = Object.entries(entityQueries as Record<string, unknown>).filter(
    (entry): entry is [string, BatchReader] => typeof entry[1] === 'function' && entry[1].length === 2,
  );
  return [
    ...readers.map(([name, read]) => ({ name: `plan: ${name}`, run: () => read(db, [NO_SUCH_KEY]) })),
    { name: 'plan: warningsOfAgreements', run: () => warningsOfAgreements(db, [NO_SUCH_KEY]) },
  ];
}

/** Runs one GraphQL operation in process and returns the response body (AppServer.execute). */
export type ExecuteOperation = (body: {
  query: string;
  variables?: Record<string, unknown>;
}) => Promise<string>;

/**
 * One step per query operation in `examplesDir` (mutations are left to the write path's
 * steps), run in process through the whole GraphQL pipeline with the file's default
 * variables: this plans the statements the examples reach with their real parameter types
 * and warms graphql-js and type-graphql on those paths. An answer with errors fails the step.
 */
export function exampleSteps(execute: ExecuteOperation, examplesDir: string): WarmUpStep[] {
  let dirs: string[];
  try {
    dirs = readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const steps: WarmUpStep[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(path.join(examplesDir, dir)).sort()) {
      if (!file.endsWith('.graphql')) continue;
      const query = readFileSync(path.join(examplesDir, dir, file), 'utf8');
      if (
        query
          .replace(/^\s*#.*$/gm, '')
          .trim()
          .startsWith('mutation')
      )
        continue;
      steps.push({
        name: `example: ${dir}/${file}`,
        run: async () => {
          const body = await execute({ query });
          const errors = (JSON.parse(body) as { errors?: { message: string }[] }).errors;
          if (errors?.length) throw new Error(errors[0]!.message);
        },
      });
    }
  }
  return steps;
}

/** Texts larger than this in the sample folder are not read as warm-up samples. */
const MAX_SAMPLE_BYTES = 1024 * 1024;

/**
 * The sample agreements the write rehearsals use: the first `max` texts (.txt, .md, by name) of
 * `dir` (the seed folder) that parse as agreements. PDFs are left out (no OCR at start); a
 * missing folder or no text in it gives no samples, and then no write steps.
 */
export function readWarmUpSamples(dir: string, max = 5): AgreementToSave[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.(txt|md)$/i.test(f))
      .sort();
  } catch {
    return [];
  }
  const samples: AgreementToSave[] = [];
  for (const file of files) {
    if (samples.length >= max) break;
    const full = path.join(dir, file);
    try {
      const stat = statSync(full);
      if (!stat.isFile() || stat.size > MAX_SAMPLE_BYTES) continue;
      const text = readFileSync(full, 'utf8');
      samples.push({
        agreement: parseForLoading({ text, sourceName: file }),
        source: { text, sourceName: file },
      });
    } catch {
      // Not readable or not an agreement: not a sample.
    }
  }
  return samples;
}

/**
 * The write path's steps (src/graph/write/rehearse-writes.ts): an ingest of a new agreement, an
 * edited version of it and its delete, and a bulk load of every sample (two or more), each run
 * through the real writers on real parsed agreements and rolled back, so nothing is committed
 * and the graph version stays; then the full-text index wait every write ends with.
 */
export function writeRehearsalSteps(db: GraphDatabase, samples: readonly AgreementToSave[]): WarmUpStep[] {
  if (samples.length === 0) return [];
  const richest = richestSample(samples);
  const name = richest.source.sourceName;
  return [
    { name: `write: ingest of ${name} (rolled back)`, run: () => rehearseIngest(db, richest) },
    {
      name: `write: new version and delete of ${name} (rolled back)`,
      run: () => rehearseNewVersionAndDelete(db, richest),
    },
    ...(samples.length >= 2
      ? [
          {
            name: `write: bulk load of ${samples.length} samples (rolled back)`,
            run: () => rehearseBulkIngest(db, samples),
          },
        ]
      : []),
    { name: 'write: full-text index wait', run: () => db.awaitSearchIndexRefresh() },
  ];
}
