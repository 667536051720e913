import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../support/logger.js';
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
}

/** The one driver of the process and the database it talks to. */
export interface GraphDatabase {
  readonly driver: Driver;
  readonly database: string;
  readonly queryTimeoutMs: number;
  /** "5.26.30"; throws when the database does not answer. */
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
  /** Every write of this process calls this after it commits: cached answers are dropped at once. */
  graphChanged(): void;
  close(): Promise<void>;
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
 * Creates the driver and checks the server answers. Timeouts are short on purpose: when the
 * database is down, requests fail within seconds (SERVICE_UNAVAILABLE) instead of hanging,
 * and the pool reconnects on its own when it comes back.
 */
export async function connectNeo4j(options: Neo4jConnectionOptions, log: Logger): Promise<GraphDatabase> {
  const auth = options.password
    ? neo4j.auth.basic(options.username, options.password)
    : neo4j.auth.basic(options.username, 'unused-on-an-auth-disabled-server');
  const driver = neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'perjanjian-graph/0.1',
  });
  const read = async <Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    const { records } = await driver.executeQuery(cypher, params, {
      database: options.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: options.queryTimeoutMs },
    });
    return records.map((r) => r.toObject() as Row);
  };
  const db: GraphDatabase = {
    driver,
    database: options.database,
    queryTimeoutMs: options.queryTimeoutMs,
    async serverVersion() {
      const { records } = await driver.executeQuery(
        'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version',
        {},
        { database: options.database, routing: neo4j.routing.READ, transactionConfig: { timeout: 5_000 } },
      );
      return String(records[0]?.get('version') ?? 'unknown');
    },
    read,
    ...createReadCache(read, options.readCache ?? { maxEntries: 0, recheckMs: 0, ttlMs: 0 }),
    close: () => driver.close(),
  };
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close();
    throw new Error(
      `cannot reach Neo4j at ${options.uri} (database '${options.database}'): ${(error as Error).message}; check NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, or unset NEO4J_URI to use the embedded database`,
      { cause: error },
    );
  }
  log.info('connected to Neo4j', { uri: options.uri, database: options.database });
  return db;
}
