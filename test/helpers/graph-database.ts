import { inject } from 'vitest';
import { connectNeo4j, type GraphDatabase } from '../../src/graph/driver.js';
import { silentLogger } from '../../src/support/logger.js';

/** A driver to the Neo4j that the integration global setup started (or NEO4J_URI). */
export function connectTestDatabase(): Promise<GraphDatabase> {
  return connectNeo4j(
    {
      uri: inject('neo4jUri'),
      username: inject('neo4jUsername'),
      password: inject('neo4jPassword'),
      database: inject('neo4jDatabase'),
      queryTimeoutMs: 30_000,
    },
    silentLogger,
  );
}
