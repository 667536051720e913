/**
 * `npm run seed -- [DIR|FILE...]` (default: SEED_DIR, i.e. seed/): loads agreement documents
 * (.txt, .md, .pdf) into the graph (see SEED_USAGE, or `npm run seed -- --help`); two versions of
 * one agreement in the run are decided by the later signing date, then the later file name, and
 * the clash is reported. Uses NEO4J_URI when set; else the
 * embedded Neo4j of a running `npm start` on the same NEO4J_DATA_DIR (its run file names the Bolt
 * URI; the password is the stored one); else starts the embedded Neo4j for the run. Prints
 * progress, then created / updated / unchanged / failed and each failure's reason; exits 1 if any
 * failed, 2 for bad arguments or configuration.
 */
import { applySchema } from '../graph/apply-schema.js';
import { connectNeo4j, type GraphDatabase } from '../graph/driver.js';
import {
  findRunningNeo4j,
  readStoredPassword,
  startEmbeddedNeo4j,
  EMBEDDED_USERNAME,
  type EmbeddedNeo4j,
} from '../graph/embedded-neo4j.js';
import { MAX_PARSE_WORKERS } from '../ingest/parse-pool.js';
import { seedPaths } from '../ingest/seed-paths.js';
import { createSeedProgress, formatSeedSummary } from '../ingest/seed-report.js';
import { ConfigError, loadConfig, type Config } from '../server/config.js';
import { createLogger, type Logger } from '../support/logger.js';
import { exitWithHelpIfAsked, SEED_USAGE, unknownOption } from './help.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  exitWithHelpIfAsked(args, SEED_USAGE);
  let parsed;
  try {
    parsed = takeParseWorkers(args);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}; npm run seed -- --help\n`);
    return 2;
  }
  const { paths, parseWorkers } = parsed;
  const option = unknownOption(paths);
  if (option) {
    process.stderr.write(`error: unknown option ${option}; npm run seed -- --help lists them\n`);
    return 2;
  }
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
  let embedded: EmbeddedNeo4j | undefined;
  let db: GraphDatabase | undefined;
  const shutdown = async () => {
    await db?.close().catch(() => undefined);
    await embedded?.stop();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  try {
    let connection = config.neo4j.uri
      ? { ...config.neo4j, uri: config.neo4j.uri }
      : runningServer(config, log);
    if (!connection) {
      // A one-shot command: a crash of its own JVM fails the run instead of being restarted. The
      // JVM only loads and is stopped afterwards, so it takes the throughput collector.
      embedded = await startEmbeddedNeo4j(
        { ...config.neo4j.embedded, restart: null, collector: 'throughput' },
        log.child({ component: 'neo4j' }),
      );
      const { uri, username, password } = embedded;
      connection = { ...config.neo4j, uri, username, password };
    }
    db = await connectNeo4j(connection, log);
    await applySchema(db);
    const summary = await seedPaths(db, paths.length ? paths : [config.seed.dir], {
      onProgress: createSeedProgress(process.stderr),
      parseWorkers: parseWorkers ?? config.seed.parseWorkers,
      // Its own JVM: no one else reads it. A running server's or NEO4J_URI's may be serving.
      ownsDatabase: embedded !== undefined,
      onBuildingFullText: () => process.stderr.write('written; building the full-text indexes (search)…\n'),
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

/** `--parse-workers N` (or `=N`) taken out of the arguments; the rest are paths. */
function takeParseWorkers(args: readonly string[]): { paths: string[]; parseWorkers: number | undefined } {
  const paths: string[] = [];
  let parseWorkers: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--parse-workers(?:=(.*))?$/.exec(arg);
    if (!match) {
      paths.push(arg);
      continue;
    }
    const raw = match[1] ?? args[++i];
    const n = Number(raw);
    if (raw === undefined || !/^\d+$/.test(raw) || n < 1 || n > MAX_PARSE_WORKERS) {
      throw new Error(
        `--parse-workers takes a whole number from 1 to ${MAX_PARSE_WORKERS}, got '${raw ?? ''}'`,
      );
    }
    parseWorkers = n;
  }
  return { paths, parseWorkers };
}

/**
 * The embedded Neo4j of a running `npm start` on the same data directory, with the credentials to
 * reach it; null when none runs. Throws, naming the fix, when its password cannot be known here.
 */
function runningServer(config: Config, log: Logger): (Config['neo4j'] & { uri: string }) | null {
  const { dataDir, password: override } = config.neo4j.embedded;
  const running = findRunningNeo4j(dataDir);
  if (!running) return null;
  if (running.passwordFrom === 'NEO4J_PASSWORD' && !override) {
    throw new Error(
      `the server running on ${dataDir} (pid ${running.pid}) was started with NEO4J_PASSWORD; run this command with the same NEO4J_PASSWORD`,
    );
  }
  const password = override ?? readStoredPassword(dataDir);
  if (!password) {
    throw new Error(
      `the server running on ${dataDir} (pid ${running.pid}) left no password file readable by this user; run this command as the user that ran npm start`,
    );
  }
  log.info('seeding through the embedded Neo4j of the running server', {
    pid: running.pid,
    uri: running.uri,
  });
  return { ...config.neo4j, uri: running.uri, username: EMBEDDED_USERNAME, password };
}

void main().then((code) => process.exit(code));
