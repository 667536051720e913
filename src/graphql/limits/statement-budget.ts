import type { GraphDatabase } from '../../graph/driver.js';
import { TooManyStatementsError } from '../error-code.js';

/** A request's view of the database that refuses to start more than `limit` statements. */
export interface BudgetedDatabase {
  readonly db: GraphDatabase;
  /** Statements (reads, stable reads, version checks, write sessions) started so far. */
  used(): number;
}

/**
 * Wraps the process's database handle for one request and counts what it sends: each read,
 * stable read (even one the read cache answers, so the count never depends on the cache) and
 * version check is one statement; a session, which the write paths open for one transaction,
 * counts as one. Past `limit` the next one is refused with TOO_MANY_STATEMENTS instead of being
 * sent, so no request, however its fields are arranged, holds the connection pool for long.
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
  const driver = new Proxy(db.driver, {
    get(target, property) {
      if (property === 'session') {
        return (...args: Parameters<typeof target.session>) => {
          spend();
          return target.session(...args);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    db: {
      ...db,
      driver,
      read: (cypher, params) => guarded(() => db.read(cypher, params)),
      readStable: (cypher, params) => guarded(() => db.readStable(cypher, params)),
      serverVersion: () => guarded(() => db.serverVersion()),
    },
    used: () => used,
  };
}
