/**
 * `npm run seed -- [DIR|FILE...]` (default: SEED_DIR, i.e. seed/): loads agreement documents
 * (.txt, .md, .pdf) into the graph; two versions of one agreement in the run are decided by
 * the later signing date, then the later file name, and the clash is reported. Starts the embedded Neo4j unless NEO4J_URI names
 * a server (stop `npm start` first: both cannot hold the same data directory). Prints progress,
 * then created / updated / unchanged / failed and each failure's reason; exits 1 if any failed.
 */
import { applySchema } from '../graph/apply-schema.js';
import { connectNeo4j, type GraphDatabase } from '../graph/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { seedPaths } from '../ingest/seed-paths.js';
import { createSeedProgress, formatSeedSummary } from '../ingest/seed-report.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { createLogger } from '../support/logger.js';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`error: configuration: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const log = createLogger(config.logLevel, { service: 'perjanjian-seed' });
  const paths = process.argv.slice(2).filter((a) => a !== '--');
  let embedded: EmbeddedNeo4j | undefined;
  let db: GraphDatabase | undefined;
  const shutdown = async () => {
    await db?.close().catch(() => undefined);
    await embedded?.stop();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  try {
    let uri = config.neo4j.uri;
    if (!uri) {
      embedded = await startEmbeddedNeo4j(config.neo4j.embedded, log.child({ component: 'neo4j' }));
      uri = embedded.uri;
    }
    db = await connectNeo4j({ ...config.neo4j, uri }, log);
    await applySchema(db);
    const summary = await seedPaths(db, paths.length ? paths : [config.seed.dir], {
      onProgress: createSeedProgress(process.stderr),
    });
    process.stdout.write(formatSeedSummary(summary));
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await shutdown();
  }
}

void main().then((code) => process.exit(code));
