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
  await db.runAutoCommit('CALL db.awaitIndexes($seconds)', { seconds: 300 }, { timeoutMs: null });
  return statements.length;
}
