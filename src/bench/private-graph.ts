import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../graph/apply-schema.js';
import { connectNeo4j, type GraphDatabase, type Neo4jConnectionOptions } from '../graph/driver.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { seedPaths, type SeedSummary } from '../ingest/seed-paths.js';
import { loadConfig } from '../server/config.js';
import type { Logger } from '../support/logger.js';
import { writeBenchCorpus } from './write-bench-corpus.js';

/**
 * Whole-number options `--name N` over `defaults` (each at least `min`); anything else throws
 * `usage`. The small benchmark scripts' argument parser.
 */
export function integerOptions<T extends Record<string, number>>(
  argv: readonly string[],
  defaults: T,
  usage: string,
  min = 1,
): T {
  const options: Record<string, number> = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!name || !(name in options) || !Number.isInteger(value) || value < min) {
      throw new Error(`usage: ${usage}; got ${argv.join(' ')}`);
    }
    options[name] = value;
  }
  return options as T;
}

export interface PrivateGraphOptions {
  /** Generated agreements to load (the bench's corpus: the seeds' family, no real-world share). */
  readonly agreements: number;
  readonly seed: number;
  /** Folders loaded before the corpus (e.g. seed/). */
  readonly before?: readonly string[];
  /** Connection options over the configuration's (read cache, query timeout). */
  readonly connection?: Partial<Pick<Neo4jConnectionOptions, 'readCache' | 'queryTimeoutMs'>>;
  readonly log: Logger;
}

/**
 * Runs `work` on a private embedded Neo4j in a temporary directory (never data/neo4j), with the
 * schema applied and `before` and a generated corpus loaded; stops it and removes the directory
 * afterwards, whatever `work` does.
 */
export async function withPrivateGraph<T>(
  options: PrivateGraphOptions,
  work: (db: GraphDatabase, loaded: SeedSummary) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-private-'));
  try {
    const embedded = await startEmbeddedNeo4j(
      {
        ...config.neo4j.embedded,
        dataDir: path.join(home, 'neo4j'),
        boltPort: 0,
        heap: '2g',
        pageCache: '1g',
      },
      options.log,
    );
    try {
      const db = await connectNeo4j(
        {
          ...config.neo4j,
          ...options.connection,
          uri: embedded.uri,
          username: embedded.username,
          password: embedded.password,
        },
        options.log,
      );
      try {
        const corpus = path.join(home, 'corpus');
        writeBenchCorpus({ dir: corpus, agreements: options.agreements, seed: options.seed });
        await applySchema(db);
        const loaded = await seedPaths(db, [...(options.before ?? []), corpus]);
        return await work(db, loaded);
      } finally {
        await db.close();
      }
    } finally {
      await embedded.stop();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
