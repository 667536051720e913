import 'reflect-metadata';
import path from 'node:path';
import { connectNeo4j, type GraphDatabase } from '../graph/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { assertHttpPortFree, httpPortMessage, HttpPortError } from './http-port.js';
import { buildGraphQLSchema } from '../graphql/build-schema.js';
import { prepareGraphOnStart } from '../ingest/seed-on-start.js';
import { createLogger, type Logger } from '../support/logger.js';
import { exposureProblems, loadConfig, projectRoot, ConfigError, type Config } from './config.js';
import { createServer, type AppServer } from './create-server.js';
import { EXPLORER_PATH } from './routes/explorer.js';
import { exampleSteps, readPlanSteps, readWarmUpSamples, warmUp, writeRehearsalSteps } from './warm-up.js';

/**
 * `npm start`: start the embedded Neo4j (unless NEO4J_URI names a server), apply the graph
 * schema, seed, and serve GraphQL. Ctrl-C stops everything cleanly, so the next start finds
 * the same data and no stale lock.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fatal(`configuration: ${error.message}`);
    throw error;
  }
  const log = createLogger(config.logLevel, { service: 'perjanjian-graph' });
  const resources: { embedded?: EmbeddedNeo4j; db?: GraphDatabase; server?: AppServer } = {};
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    await resources.server?.close().catch((error: unknown) => log.warn('server close failed', { error }));
    log.debug('http server closed');
    await resources.db?.close().catch((error: unknown) => log.warn('driver close failed', { error }));
    log.debug('driver closed');
    await resources.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    // Before Neo4j and seeding (tens of seconds): a taken port is found at once, named by its variable.
    await assertHttpPortFree(config.port, config.host);
    const connection = await resolveNeo4j(config, log, resources);
    resources.db = await connectNeo4j(connection, log);
    const db = resources.db;
    resources.embedded?.onStateChange((state) => {
      if (state === 'down') db.circuit.open('the embedded Neo4j exited');
    });
    await prepareGraphOnStart(
      resources.db,
      {
        seedDir: config.seed.dir,
        seed: config.seed.onStart,
        parseWorkers: config.seed.parseWorkers,
        // The embedded Neo4j is this process's own, and nothing is served before the seed ends.
        ownsDatabase: resources.embedded !== undefined,
      },
      log,
    );
    const schema = await buildGraphQLSchema();
    resources.server = await createServer({ config, db: resources.db, schema, log });
    if (config.warmUp.enabled) {
      const server = resources.server;
      await warmUp(
        // The examples first: they are the calls users make first, and their nested fields run
        // most loader statements with real keys; then the write path, rehearsed on the seed
        // folder's texts and rolled back; then every batch reader the examples missed.
        [
          ...exampleSteps((body) => server.execute(body), path.join(projectRoot(), 'examples')),
          ...writeRehearsalSteps(resources.db, readWarmUpSamples(config.seed.dir)),
          ...readPlanSteps(resources.db),
        ],
        { budgetMs: config.warmUp.budgetMs, log: log.child({ component: 'warm-up' }) },
      );
    }
    const port = await resources.server
      .listen(config.port, config.host)
      .catch((error: NodeJS.ErrnoException) => {
        throw new HttpPortError(httpPortMessage(config.port, config.host, error.code));
      });
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
    log.info('GraphQL ready', {
      url,
      neo4j: connection.uri,
      neo4jVersion: await resources.db.serverVersion(),
    });
    const browser =
      config.nodeEnv === 'production'
        ? ''
        : ` (open it in a browser for Apollo Sandbox; offline explorer: ${new URL(EXPLORER_PATH, url).href})`;
    process.stdout.write(`GraphQL API ready at ${url}${browser}\n`);
    warnIfExposed(config, log);
  } catch (error) {
    await resources.db?.close().catch(() => undefined);
    await resources.embedded?.stop();
    fatal(error instanceof Error ? error.message : String(error));
  }
}

async function resolveNeo4j(
  config: Config,
  log: Logger,
  resources: { embedded?: EmbeddedNeo4j },
): Promise<Config['neo4j'] & { uri: string }> {
  if (config.neo4j.uri) return { ...config.neo4j, uri: config.neo4j.uri };
  resources.embedded = await startEmbeddedNeo4j(config.neo4j.embedded, log.child({ component: 'neo4j' }));
  const { uri, username, password } = resources.embedded;
  return { ...config.neo4j, uri, username, password };
}

/**
 * Loud, not fatal: bound beyond loopback, development mode hands out stack traces and the
 * schema, and without API_TOKEN nobody can ingest (or, if a proxy adds a token, anybody can).
 */
function warnIfExposed(config: Config, log: Logger): void {
  const problems = exposureProblems(config);
  if (problems.length === 0) return;
  log.warn('listening beyond loopback without hardening', { host: config.host, problems });
  process.stderr.write(
    `\nWARNING: listening on ${config.host}, reachable from other machines, but ${problems.join(' and ')}.\n` +
      `         Set NODE_ENV=production and API_TOKEN, or HOST=127.0.0.1 to stay local.\n\n`,
  );
}

/** One clear line and a non-zero exit: what failed and what to do is in the message. */
function fatal(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

void main();
