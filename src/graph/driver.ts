import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Logger } from '../support/logger.js';
import { createCircuitBreaker, DatabaseUnavailableError, type CircuitBreaker } from './circuit-breaker.js';
import { GRAPH_VERSION_BUMP, GRAPH_WRITE_LOCK } from './graph-version.js';
import { createReadCache, type ReadCacheOptions } from './read-cache.js';

export interface Neo4jConnectionOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Limit on every transaction the application runs; the server terminates longer ones. */
  readonly queryTimeoutMs: number;
  /** Answers of stable reads kept until the graph changes (see read-cache.ts); absent: no cache. */
  readonly readCache?: ReadCacheOptions;
  /** While the database is down, how often the circuit breaker checks whether it is back (default 500). */
  readonly probeIntervalMs?: number;
}

/** /health must answer within a second: the version query gets this long, once, without retries. */
const VERSION_TIMEOUT_MS = 900;

/**
 * Where the raw driver hides: a symbol, so no code reaches it by accident. Only
 * driverForToolsAndTests reads it; the application goes through read, readStable, write and
 * runAutoCommit, which own sessions, timeouts and what follows a commit.
 */
const DRIVER = Symbol('neo4j driver behind the circuit breaker');

/** How a write transaction behaves around its work (see GraphDatabase.write). */
export interface WriteOptions<T> {
  /**
   * Take the graph write lock first (GRAPH_WRITE_LOCK): single-document writers queue behind
   * each other, so two ingests of the same new text cannot both create it.
   */
  readonly lock?: boolean;
  /**
   * Whether the work changed the graph (default: it did). When it did, the graph version is
   * renewed as the transaction's last statement, and after the commit this process's cached
   * answers are dropped and the full-text indexes awaited; when not, nothing follows.
   */
  readonly changed?: (result: T) => boolean;
  /** Called inside the transaction after the graph version is renewed (tests fail a load there). */
  readonly afterVersionRenewed?: () => void | Promise<void>;
  /** Return without waiting for the full-text indexes (a bulk load waits once, at its end). */
  readonly deferSearchIndexRefresh?: boolean;
  /**
   * A rehearsal: run everything above (the lock, the work, the version renewal when the work
   * changed the graph) and then roll the transaction back. Nothing is committed, so the graph
   * version stays, no cached answer is dropped and no index is awaited; the statements have
   * run with their real parameters, so Neo4j has planned them (the start-up warm-up, issue 13).
   */
  readonly rollback?: boolean;
}

/** Thrown after a rehearsal's work so the driver rolls its transaction back (never retried: not a Neo4j error). */
class RollBack extends Error {
  override readonly name = 'RollBack';
  constructor(readonly result: unknown) {
    super('rehearsal: rolled back on purpose');
  }
}

/** The one driver of the process and the database it talks to. */
export interface GraphDatabase {
  /** The driver, behind the circuit breaker (driverForToolsAndTests); nothing in src/ uses it directly. */
  readonly [DRIVER]: Driver;
  /** 'open' while the database is known to be down; `open()` is how a supervisor reports a crash. */
  readonly circuit: Pick<CircuitBreaker, 'state' | 'open'>;
  readonly database: string;
  readonly queryTimeoutMs: number;
  /** "5.26.30"; throws when the database does not answer within a second. */
  serverVersion(): Promise<string>;
  /**
   * Runs one parameterised read query (routed to a reader in a cluster, bounded by the query
   * timeout) and returns its rows as plain objects. Every read of the API goes through here,
   * so the number of round trips a request makes can be observed (see `observeReads`).
   */
  read<Row = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Like `read`, for a statement whose answer changes only when the graph does (grouped counts
   * over every agreement): may be answered from the read cache, without a round trip.
   */
  readStable<Row = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction, bounded by the query timeout and retried by the driver
   * on transient errors, then the steps that must follow every change (see WriteOptions): the
   * one place that opens a write session, renews the graph version and refreshes the caches.
   */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: WriteOptions<T>): Promise<T>;
  /**
   * One statement in its own auto-commit transaction: schema changes, `CALL … IN TRANSACTIONS`
   * and procedures that cannot run in a managed transaction. Bounded by the query timeout unless
   * `timeoutMs` is null (a procedure with its own limit, such as db.awaitIndexes).
   */
  runAutoCommit(
    cypher: string,
    params?: Record<string, unknown>,
    options?: { readonly timeoutMs?: number | null },
  ): Promise<void>;
  /**
   * Waits until the full-text indexes have taken in every committed change. They are eventually
   * consistent: a commit does not wait for Lucene, which indexes in the background (on a second
   * core while the next batch is written; a synchronous full-text index was a quarter of Neo4j's
   * work during a bulk load). db.write calls it after a change, so when an ingest, delete or seed
   * returns its text is searchable. Harmless on a database whose indexes are still synchronous.
   */
  awaitSearchIndexRefresh(): Promise<void>;
  /** Every write of this process calls this after it commits: cached answers are dropped at once. */
  graphChanged(): void;
  /**
   * The graph version the read cache keeps its answers under (it changes exactly when they are
   * dropped); absent when the read cache is off, and then nothing may be cached on top of it.
   */
  readonly stableVersion?: () => Promise<string>;
  close(): Promise<void>;
}

/**
 * The driver behind the circuit breaker, for what must hand it to another library or run a
 * statement as no API code would (the bench's @neo4j/graphql peer and PROFILE, tests that
 * write behind the API's back or EXPLAIN a query). Application code uses db.read and db.write.
 */
export function driverForToolsAndTests(db: GraphDatabase): Driver {
  return db[DRIVER];
}

/**
 * The same database, reporting each read query to `onRead` first (tests count round trips).
 * A stable read is reported when asked for, whether the cache answers it or not.
 */
export function observeReads(db: GraphDatabase, onRead: (cypher: string) => void): GraphDatabase {
  return {
    ...db,
    read: (cypher, params) => {
      onRead(cypher);
      return db.read(cypher, params);
    },
    readStable: (cypher, params) => {
      onRead(cypher);
      return db.readStable(cypher, params);
    },
  };
}

/**
 * Creates the driver and checks the server answers. Timeouts are short on purpose, and a circuit
 * breaker (circuit-breaker.ts) sits in front of the driver: once the database is found down, every
 * call fails at once with SERVICE_UNAVAILABLE instead of waiting out connection timeouts and retries,
 * and a probe closes the circuit when the database answers again.
 */
export async function connectNeo4j(options: Neo4jConnectionOptions, log: Logger): Promise<GraphDatabase> {
  const auth = options.password
    ? neo4j.auth.basic(options.username, options.password)
    : neo4j.auth.basic(options.username, 'unused-on-an-auth-disabled-server');
  const rawDriver = neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'perjanjian-graph/0.1',
  });
  const breaker = createCircuitBreaker({
    probe: () => withTimeout(ping(rawDriver, options.database), 2_000),
    probeIntervalMs: options.probeIntervalMs ?? 500,
    log,
  });
  const driver = guardDriver(rawDriver, breaker);
  /**
   * A read as one auto-commit statement in a read session: RUN and PULL leave in one socket
   * write and come back in one answer. A managed transaction (executeQuery, as every read went
   * before) writes BEGIN, then RUN and PULL, then COMMIT after the records, and waits for Neo4j
   * twice; each write to Neo4j's socket cost this process 0.3-1 ms of CPU on the loopback (the
   * kernel delivers to Neo4j in the writer's time), more than the rest of a small request's
   * overhead (docs/request-overhead.md). Reads need no bookmarks: the writes never shared
   * executeQuery's bookmark manager, so nothing was chained through it.
   */
  const readAutoCommit = async (cypher: string, params: Record<string, unknown>) => {
    const session = rawDriver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await runWithoutStackCapture(session, cypher, params, options.queryTimeoutMs)).records;
    } catch (error) {
      throw withCallerStack(error);
    } finally {
      await session.close();
    }
  };
  /**
   * The managed read, with the driver's retries (up to maxTransactionRetryTime) on transient
   * errors and a lost connection: what a read falls back to when the auto-commit attempt fails
   * in a way Neo4j calls retryable, so reads stay as resilient as they were (a read is
   * idempotent, so running it again is safe).
   */
  const readManaged = async (cypher: string, params: Record<string, unknown>) =>
    (
      await rawDriver.executeQuery(cypher, params, {
        database: options.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: options.queryTimeoutMs },
      })
    ).records;
  const read = async <Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    // The breaker sees the outcome after the fallback, as it saw executeQuery's after its retries.
    const records = await breaker.run(async () => {
      try {
        return await readAutoCommit(cypher, params);
      } catch (error) {
        if (!neo4j.isRetryableError(error)) throw error;
        return readManaged(cypher, params);
      }
    });
    return records.map((r) => r.toObject() as Row);
  };
  const runAutoCommit: GraphDatabase['runAutoCommit'] = async (cypher, params = {}, runOptions = {}) => {
    const timeoutMs = runOptions.timeoutMs === undefined ? options.queryTimeoutMs : runOptions.timeoutMs;
    const session = driver.session({ database: options.database });
    try {
      await session.run(cypher, params, timeoutMs === null ? {} : { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  };
  const awaitSearchIndexRefresh = () =>
    runAutoCommit('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  const readCache = createReadCache(read, options.readCache ?? { maxEntries: 0, recheckMs: 0, ttlMs: 0 });
  const write = async <T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    writeOptions: WriteOptions<T> = {},
  ): Promise<T> => {
    const changed = writeOptions.changed ?? (() => true);
    const session = driver.session({ database: options.database });
    let result: T;
    try {
      result = await session.executeWrite(
        async (tx) => {
          if (writeOptions.lock) await tx.run(GRAPH_WRITE_LOCK);
          const done = await work(tx);
          if (changed(done)) {
            await tx.run(GRAPH_VERSION_BUMP);
            await writeOptions.afterVersionRenewed?.();
          }
          // The driver rolls back a transaction whose work throws, and retries only Neo4j's transient errors.
          if (writeOptions.rollback) throw new RollBack(done);
          return done;
        },
        { timeout: options.queryTimeoutMs },
      );
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      return error.result as T;
    } finally {
      await session.close();
    }
    if (changed(result)) {
      readCache.graphChanged();
      if (!writeOptions.deferSearchIndexRefresh) await awaitSearchIndexRefresh();
    }
    return result;
  };
  const db: GraphDatabase = {
    [DRIVER]: driver,
    database: options.database,
    queryTimeoutMs: options.queryTimeoutMs,
    circuit: breaker,
    serverVersion() {
      // One attempt, no retries, bounded: a health check must answer fast whatever the database does.
      const version = breaker.run(async () => {
        const session = rawDriver.session({ database: options.database, defaultAccessMode: 'READ' });
        try {
          const { records } = await session.run(
            'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version',
            {},
            { timeout: VERSION_TIMEOUT_MS },
          );
          return String(records[0]?.get('version') ?? 'unknown');
        } finally {
          await session.close();
        }
      });
      return withTimeout(version, VERSION_TIMEOUT_MS);
    },
    read,
    ...readCache,
    write,
    runAutoCommit,
    awaitSearchIndexRefresh,
    close: () => {
      breaker.dispose();
      return rawDriver.close();
    },
  };
  try {
    await rawDriver.verifyConnectivity({ database: options.database });
  } catch (error) {
    breaker.dispose();
    await rawDriver.close();
    throw new Error(
      `cannot reach Neo4j at ${options.uri} (database '${options.database}'): ${(error as Error).message}; check NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, or unset NEO4J_URI to use the embedded database`,
      { cause: error },
    );
  }
  log.info('connected to Neo4j', { uri: options.uri, database: options.database });
  return db;
}

/**
 * `session.run` without the stack trace the driver captures and formats for every statement
 * (neo4j-driver-core's Result: `new Error().stack`, 0.15-0.2 ms of CPU per read here), kept
 * only to give a failed statement's error the stack of its call. V8 records no frames while
 * Error.stackTraceLimit is 0; the limit is put back before anything else runs (run() creates
 * its Result synchronously), and a failed read gets its caller's stack from withCallerStack.
 */
function runWithoutStackCapture(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): ReturnType<Session['run']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params, { timeout: timeoutMs });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The error with the stack of the code awaiting it (V8's async frames), where the driver left none. */
function withCallerStack(error: unknown): unknown {
  if (error instanceof Error) {
    const here = new Error().stack?.split('\n').slice(1).join('\n') ?? '';
    error.stack = `${error.name}: ${error.message}\n${here}`;
  }
  return error;
}

async function ping(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    await session.run('RETURN 1', {}, { timeout: 2_000 });
  } finally {
    await session.close();
  }
}

/** Rejects with DatabaseUnavailableError (SERVICE_UNAVAILABLE to clients) when `work` takes longer than `ms`. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DatabaseUnavailableError(`the graph database did not answer within ${ms} ms`)),
      ms,
    );
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * The driver as the rest of the graph layer sees it: queries and managed transactions go through
 * the breaker (and open it when the database is unreachable); `session.run` and explicit
 * transactions are refused at once while it is open.
 */
function guardDriver(driver: Driver, breaker: CircuitBreaker): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return (...args: unknown[]) =>
          breaker.run(() => (target.executeQuery as AnyFunction)(...args) as Promise<unknown>);
      }
      if (prop === 'session') {
        return (...args: unknown[]) =>
          guardSession((target.session as AnyFunction)(...args) as Session, breaker);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as AnyFunction).bind(target) : value;
    },
  });
}

function guardSession(session: Session, breaker: CircuitBreaker): Session {
  return new Proxy(session, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const method = (value as AnyFunction).bind(target);
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return (...args: unknown[]) => breaker.run(() => method(...args) as Promise<unknown>);
      }
      if (prop === 'run' || prop === 'beginTransaction') {
        return (...args: unknown[]) => {
          breaker.check();
          return method(...args);
        };
      }
      return method;
    },
  });
}
