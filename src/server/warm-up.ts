import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { warningsOfAgreements } from '../graph/read/agreement-warnings.js';
import * as entityQueries from '../graph/read/entity-queries.js';
import type { GraphDatabase } from '../graph/driver.js';
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
 * The write path adds its own steps to the same list (the hook is the `steps` argument).
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
    try {
      await step.run();
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
