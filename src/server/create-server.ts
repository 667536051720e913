import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { GraphDatabase } from '../graph/driver.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders/create-loaders.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { limitsPlugin } from '../graphql/limits.js';
import type { Logger } from '../support/logger.js';
import { projectRoot, type Config } from './config.js';
import { handleCors } from './cors.js';
import { withExplorerLink } from './explorer-link-landing-page.js';
import { EXPLORER_PATH, isExplorerPath, serveExplorer, type ExplorerOptions } from './routes/explorer.js';
import { EXPORT_PATH_PREFIX, exportCsv, type ExecuteGraphQL } from './routes/export-csv.js';

export interface AppServer {
  readonly apollo: ApolloServer<Context>;
  readonly http: http.Server;
  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export interface ServerDeps {
  readonly config: Pick<Config, 'nodeEnv' | 'apiToken' | 'maxBodyBytes'> &
    Partial<Pick<Config, 'corsOrigins'>>;
  readonly db: GraphDatabase;
  readonly schema: GraphQLSchema;
  readonly log: Logger;
}

const GRAPHQL_PATH = '/graphql';

/**
 * The HTTP server: GraphQL at /graphql (with the Apollo Sandbox landing page for browsers),
 * GET /health for load balancers and the start script, the offline GraphiQL explorer at
 * /explorer/, CORS for the origins in CORS_ORIGINS. It does not listen until asked, so
 * tests build the same server the product runs.
 */
export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const { config, db, log } = deps;
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    introspection: !production,
    // Stack traces help a developer in Sandbox; in production they would leak internals.
    includeStacktraceInErrorResponses: !production,
    // main.ts owns shutdown (HTTP, driver, then the embedded Neo4j, in that order); Apollo's own
    // signal handler would race it.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(production),
    plugins: [
      limitsPlugin(deps.schema),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : withExplorerLink(
            ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
            EXPLORER_PATH,
          ),
    ],
  });
  await apollo.start();
  const explorer: ExplorerOptions = {
    enabled: !production,
    bundleDir: path.join(projectRoot(), 'dist', 'explorer'),
    examplesDir: path.join(projectRoot(), 'examples'),
  };
  const corsOrigins = config.corsOrigins ?? [];

  // One GraphQL request with its per-request context: POST /graphql and the CSV exports run
  // through here, so both see the same authorisation, loaders and plugins.
  const executeGraphQL: ExecuteGraphQL = (httpGraphQLRequest) =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => ({
        db,
        log: log.child({ request: requestId() }),
        authorized: isAuthorized(httpGraphQLRequest.headers.get('authorization'), config.apiToken),
        tokenConfigured: config.apiToken !== null,
        loaders: createLoaders(db),
      }),
    });

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (handleCors(req, res, corsOrigins)) return;
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      await health(db, res);
      return;
    }
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    if (isExplorerPath(url.pathname)) return serveExplorer(req, res, url.pathname, explorer);
    if (url.pathname.startsWith(EXPORT_PATH_PREFIX)) {
      await exportCsv(req, res, url, executeGraphQL);
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, 404, {
        error: `no route ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}, health at /health, the explorer at ${EXPLORER_PATH}, CSV exports at ${EXPORT_PATH_PREFIX}agreement-stats.csv`,
      });
      return;
    }
    const body = await readBody(req, config.maxBodyBytes);
    if (body.kind === 'too-large') {
      sendJson(res, 413, { error: `request body over ${config.maxBodyBytes} bytes (MAX_BODY_BYTES)` });
      return;
    }
    if (body.kind === 'bad-json') {
      sendJson(res, 400, { error: 'request body is not valid JSON' });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body: body.value,
    };
    const response = await executeGraphQL(httpGraphQLRequest);
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = http.createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      log.error('request failed', { error, url: req.url });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  // Bound how long a slow client may hold a connection.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  return {
    apollo,
    http: server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}

async function health(db: GraphDatabase, res: http.ServerResponse): Promise<void> {
  try {
    const version = await db.serverVersion();
    sendJson(res, 200, { status: 'ok', neo4j: { version } });
  } catch (error) {
    sendJson(res, 503, { status: 'unavailable', neo4j: { error: (error as Error).message } });
  }
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function isAuthorized(header: string | undefined, token: string | null): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < given.length; i++) diff |= given[i]! ^ expected[i]!;
  return diff === 0;
}

type Body = { kind: 'ok'; value: unknown } | { kind: 'too-large' } | { kind: 'bad-json' };

async function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { kind: 'too-large' };
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { kind: 'ok', value: undefined };
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return { kind: 'ok', value: text };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'bad-json' };
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

let counter = 0;
function requestId(): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${process.pid.toString(36)}-${counter.toString(36)}`;
}
