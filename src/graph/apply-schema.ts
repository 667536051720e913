import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDatabase } from './driver.js';

/** schema/constraints.cypher: two levels up from both src/graph/ (tests) and dist/graph/ (build). */
export const CONSTRAINTS_FILE = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
  '..',
  'schema',
  'constraints.cypher',
);

/**
 * Splits a Cypher script into statements: `//` comment lines are dropped and a statement ends
 * with ';' at the end of a line. Schema statements never contain ';' inside strings, so this
 * simple rule is enough and keeps the file readable (one statement may span lines).
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const rawLine of script.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('//')) continue;
    current.push(line);
    if (line.endsWith(';')) {
      statements.push(current.join('\n').replace(/;$/, '').trim());
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements;
}

/**
 * Creates the constraints and indexes of the graph (idempotent: every statement says IF NOT
 * EXISTS), then waits until the indexes are online so the first load does not scan. Schema
 * statements cannot share a transaction with writes, so each runs on its own.
 */
export async function applySchema(db: GraphDatabase, file: string = CONSTRAINTS_FILE): Promise<number> {
  const statements = splitCypherStatements(await readFile(file, 'utf8'));
  await runSchemaStatements(db, statements, file);
  return statements.length;
}

/** Runs schema statements of `file` one by one, then waits until every index is online. */
async function runSchemaStatements(
  db: GraphDatabase,
  statements: readonly string[],
  file: string,
): Promise<void> {
  for (const statement of statements) {
    try {
      await db.runAutoCommit(statement);
    } catch (error) {
      throw new Error(
        `${file}: schema statement failed (${(error as Error).message}); fix the statement:\n${statement}`,
        { cause: error },
      );
    }
  }
  // A full-text index created on a large graph populates here: an hour bounds 100,000 agreements
  // (a minute) with room to spare.
  await db.runAutoCommit('CALL db.awaitIndexes($seconds)', { seconds: 3600 }, { timeoutMs: null });
}

/** `CREATE FULLTEXT INDEX <name> …`, with the name. */
const CREATE_FULLTEXT_INDEX = /^CREATE\s+FULLTEXT\s+INDEX\s+(\w+)\b/i;

/** The names of the full-text indexes a schema script creates (`CREATE FULLTEXT INDEX <name> …`). */
export function fullTextIndexNames(statements: readonly string[]): string[] {
  return statements.flatMap((statement) => CREATE_FULLTEXT_INDEX.exec(statement)?.[1] ?? []);
}

/**
 * A first build into an empty graph writes before the full-text indexes exist, and they are
 * created once it is written: one population pass instead of updating Lucene with every
 * transaction and merging its segments as they grow, which took 28 % of the database's CPU
 * while loading. `npm run seed` of 10,000 texts into an empty store: 64.3 s against 71.6 s
 * (docs/loading.md, "Full-text indexes after a first build").
 *
 * When the graph holds nothing but the graph-version token, drops the schema's full-text
 * indexes and returns a function that runs the schema file's full-text statements again and
 * waits until the indexes are online; otherwise changes nothing and returns null. Search cannot
 * be answered while they are missing, so only a caller that owns the database, before it
 * serves, may ask for this. A run killed in between leaves them missing until the next
 * `applySchema`, which every start and every seed runs.
 */
export async function dropFullTextIndexesForFirstBuild(
  db: GraphDatabase,
  file: string = CONSTRAINTS_FILE,
): Promise<(() => Promise<void>) | null> {
  const [graph] = await db.read<{ empty: boolean }>(
    'OPTIONAL MATCH (n) WHERE NOT n:GraphVersion WITH n LIMIT 1 RETURN n IS NULL AS empty',
  );
  if (!graph?.empty) return null;
  const fullText = splitCypherStatements(await readFile(file, 'utf8')).filter((s) =>
    CREATE_FULLTEXT_INDEX.test(s),
  );
  // An index name cannot be a parameter; these are the schema file's own names (\w+).
  for (const name of fullTextIndexNames(fullText)) await db.runAutoCommit(`DROP INDEX ${name} IF EXISTS`);
  return () => runSchemaStatements(db, fullText, file);
}
