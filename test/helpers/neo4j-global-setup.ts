import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded-neo4j.js';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/support/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j the integration tests use. */
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
    neo4jDatabase: string;
    /** True when the tests started the embedded Neo4j themselves (and may therefore wipe it freely). */
    neo4jEmbedded: boolean;
    /** The embedded Neo4j's JVM pid (0 with NEO4J_URI): tests read its environment. */
    neo4jPid: number;
    /** The embedded Neo4j's NEO4J_DATA_DIR ('' with NEO4J_URI): its run file and password are there. */
    neo4jDataDir: string;
  }
}

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

/**
 * Starts a real embedded Neo4j on a free port in a temporary directory, or uses the server
 * named by NEO4J_URI. Teardown always stops it and removes the directory.
 */
export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  const log = createLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'warn', {
    component: 'test-neo4j',
  });
  if (config.neo4j.uri) {
    project.provide('neo4jUri', config.neo4j.uri);
    project.provide('neo4jEmbedded', false);
    project.provide('neo4jPid', 0);
    project.provide('neo4jDataDir', '');
    project.provide('neo4jUsername', config.neo4j.username);
    project.provide('neo4jPassword', config.neo4j.password);
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-neo4j-test-'));
    embedded = await startEmbeddedNeo4j(
      { ...config.neo4j.embedded, dataDir, boltPort: 0, heap: '1g', pageCache: '256m' },
      log,
    );
    project.provide('neo4jUri', embedded.uri);
    project.provide('neo4jEmbedded', true);
    project.provide('neo4jPid', embedded.pid);
    project.provide('neo4jDataDir', dataDir);
    // Locked down like the product's: the generated password, stored in the temporary directory.
    project.provide('neo4jUsername', embedded.username);
    project.provide('neo4jPassword', embedded.password);
  }
  project.provide('neo4jDatabase', config.neo4j.database);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
