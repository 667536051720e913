import { inject } from 'vitest';
import { connectNeo4j, type GraphDatabase } from '../../src/graph/driver.js';
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
