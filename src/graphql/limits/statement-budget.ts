import type { GraphDatabase } from '../../graph/driver.js';
import { TooManyStatementsError } from '../error-code.js';

/** A request's view of the database that refuses to start more than `limit` statements. */
export interface BudgetedDatabase {
  readonly db: GraphDatabase;
  /** Statements (reads, stable reads, version checks, write transactions) started so far. */
  used(): number;
}

/**
 * Wraps the process's database handle for one request and counts what it sends: each read,
 * stable read (even one the read cache answers, so the count never depends on the cache),
 * version check, write transaction and auto-commit statement is one statement. Past `limit`
 * the next one is refused with TOO_MANY_STATEMENTS instead of being sent, so no request, however its fields are arranged, holds the connection pool for long.
 * The driver and its pool stay shared: this only counts and refuses.
 */
export function budgetStatements(db: GraphDatabase, limit: number): BudgetedDatabase {
  let used = 0;
  const spend = (): void => {
    if (used >= limit) {
      throw new TooManyStatementsError(limit);
    }
    used++;
  };
  // Reads fail the way a database error would: as a rejected promise, never a synchronous throw.
  const guarded = <T>(run: () => Promise<T>): Promise<T> => {
    try {
      spend();
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return run();
  };
  return {
    db: {
      ...db,
      read: (cypher, params) => guarded(() => db.read(cypher, params)),
      write: (work, options) => guarded(() => db.write(work, options)),
      runAutoCommit: (cypher, params, options) => guarded(() => db.runAutoCommit(cypher, params, options)),
      readStable: (cypher, params) => guarded(() => db.readStable(cypher, params)),
      serverVersion: () => guarded(() => db.serverVersion()),
    },
    used: () => used,
  };
}
