import { inject } from 'vitest';
import { connectNeo4j, type GraphDatabase, type Neo4jConnectionOptions } from '../../src/graph/driver.js';
import type { EmbeddedNeo4j } from '../../src/graph/embedded-neo4j.js';
import type { ReadCacheOptions } from '../../src/graph/read-cache.js';
import { silentLogger } from '../../src/support/logger.js';

/**
 * A driver to the Neo4j that the integration global setup started (or NEO4J_URI); with no
 * read cache unless one is asked for (test/integration/read-cache.test.ts).
 */
export function connectTestDatabase(readCache?: ReadCacheOptions): Promise<GraphDatabase> {
  return connectNeo4j(
    {
      uri: inject('neo4jUri'),
      username: inject('neo4jUsername'),
      password: inject('neo4jPassword'),
      database: inject('neo4jDatabase'),
      queryTimeoutMs: 30_000,
      readCache,
    },
    silentLogger,
  );
}

/**
 * A driver to an embedded Neo4j a test started itself (its own store, not the global one), with
 * the test's options on top (e.g. a shorter circuit-breaker probe).
 */
export function connectEmbeddedForTest(
  neo4j: Pick<EmbeddedNeo4j, 'uri' | 'username' | 'password'>,
  options: Partial<Neo4jConnectionOptions> = {},
): Promise<GraphDatabase> {
  return connectNeo4j(
    {
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
      database: 'neo4j',
      queryTimeoutMs: 30_000,
      ...options,
    },
    silentLogger,
  );
}
