import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  ApolloServer,
  HeaderMap,
  type ApolloServerOptionsWithGateway,
  type ApolloServerPlugin,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { GraphDatabase } from '../graph/driver.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders/create-loaders.js';
import { ErrorCode } from '../graphql/error-code.js';
import { createErrorFormatter, errorReportingPlugin } from '../graphql/errors.js';
import { limitsPlugin, MAX_TOKENS } from '../graphql/limits.js';
import { budgetStatements } from '../graphql/limits/statement-budget.js';
import { createRateLimiter, REFUSAL_COST, type RateDecision } from '../graphql/limits/token-bucket.js';
import type { Logger } from '../support/logger.js';
import { projectRoot, type Config, type RequestLimits } from './config.js';
import { handleCors } from './cors.js';
import { noStorePlugins } from './no-store-plugin.js';
import { withExplorerLink } from './explorer-link-landing-page.js';
import { DOCUMENTS_PATH, handleDocumentUpload } from './routes/documents.js';
import { EXPLORER_PATH, isExplorerPath, serveExplorer, type ExplorerOptions } from './routes/explorer.js';
import { EXPORT_PATH_PREFIX, exportCsv, type ExecuteGraphQL } from './routes/export-csv.js';
import {
  createResponseCache,
  DEFAULT_RESPONSE_CACHE,
  type CacheableRequest,
  type ResponseCache,
  type ResponseCacheOptions,
} from './response-cache.js';
import { writeGraphQLResponse } from './write-graphql-response.js';

export interface AppServer {
  readonly apollo: ApolloServer<Context>;
  readonly http: http.Server;
  /** Whole answers of read-cached operations (response-cache.ts); null when off. */
  readonly responseCache: ResponseCache | null;
  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
  /**
   * Runs one GraphQL operation in process, as a POST /graphql without a token would, and
   * returns the response body (the start-up warm-up, src/server/warm-up.ts, uses it).
   */
  execute(body: { query: string; variables?: Record<string, unknown> }): Promise<string>;
}

export interface ServerDeps {
  /** Without `limits`: no rate limit (tests) and DEFAULT_REQUEST_LIMITS' statement budget. */
  readonly config: Pick<Config, 'nodeEnv' | 'apiToken' | 'maxBodyBytes'> &
    Partial<Pick<Config, 'maxUploadBytes'>> & {
      readonly limits?: RequestLimits;
      /** Without `corsOrigins`: no origin allowed (CORS_ORIGINS unset). */
      readonly corsOrigins?: readonly string[];
      /** Without `responseCache`: DEFAULT_RESPONSE_CACHE; off anyway when `db` has no read cache. */
      readonly responseCache?: ResponseCacheOptions;
    };
  readonly db: GraphDatabase;
  readonly schema: GraphQLSchema;
  readonly log: Logger;
  /**
   * Runs operations with this gateway's executor instead of graphql-js (Apollo takes a custom
   * executor only through its gateway interface): the profiling script's graphql-jit A/B
   * (src/bench/jit-gateway.ts). Parsing, validation, plugins and error formatting stay Apollo's.
   */
  readonly gateway?: ApolloServerOptionsWithGateway<Context>['gateway'];
  /** Plugins run before ours (the profiling script's timing spans). */
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
}

const GRAPHQL_PATH = '/graphql';

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { rateLimit: null, maxStatementsPerRequest: 200 };

/**
 * How much of a refused body is read and thrown away so the client, still sending, reads the
 * 413 instead of a connection reset; past it (or past server.requestTimeout) the socket is cut.
 */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

/**
 * The HTTP server: GraphQL at /graphql (with the Apollo Sandbox landing page for browsers),
 * GET /health for load balancers and the start script, the offline GraphiQL explorer at
 * /explorer/, CORS for the origins in CORS_ORIGINS. It does not listen until asked, so
 * tests build the same server the product runs.
 */
export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const { config, db, log } = deps;
  const production = config.nodeEnv === 'production';
  const limits = config.limits ?? DEFAULT_REQUEST_LIMITS;
  const rateLimiter = limits.rateLimit ? createRateLimiter(limits.rateLimit) : null;
  const responseCache = createResponseCache(db, config.responseCache ?? DEFAULT_RESPONSE_CACHE);
  const options = {
    introspection: !production,
    // Stack traces help a developer in Sandbox; in production they would leak internals.
    includeStacktraceInErrorResponses: !production,
    // "Did you mean …" suggestions would list the schema to a client in production, where
    // introspection is off on purpose.
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: { maxTokens: MAX_TOKENS },
    // main.ts owns shutdown (HTTP, driver, then the embedded Neo4j, in that order); Apollo's own
    // signal handler would race it.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(production),
    plugins: [
      ...(deps.plugins ?? []),
      errorReportingPlugin(),
      limitsPlugin(deps.schema),
      // Cache-Control: no-store without Apollo's per-field cache hints (no-store-plugin.ts).
      ...noStorePlugins<Context>(),
      // Tells the response cache which answers were queries without errors (response-cache.ts).
      ...(responseCache ? [responseCache.plugin] : []),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : withExplorerLink(
            ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
            EXPLORER_PATH,
          ),
    ],
  };
  const apollo = deps.gateway
    ? new ApolloServer<Context>({ ...options, gateway: deps.gateway })
    : new ApolloServer<Context>({ ...options, schema: deps.schema });
  await apollo.start();
  const explorer: ExplorerOptions = {
    enabled: !production,
    bundleDir: path.join(projectRoot(), 'dist', 'explorer'),
    examplesDir: path.join(projectRoot(), 'examples'),
  };
  const corsOrigins = config.corsOrigins ?? [];

  // One GraphQL request with its per-request context: POST /graphql and the CSV exports run
  // through here, so both see the same authorisation, loaders, plugins and statement budget.
  const executeGraphQL =
    (requestId: string, cacheable: CacheableRequest | null = null): ExecuteGraphQL =>
    (httpGraphQLRequest) =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => {
          // Every database call of this request goes through the budget, loaders included.
          const budgeted = budgetStatements(db, limits.maxStatementsPerRequest).db;
          // The response cache watches which calls the request makes (only stable reads may be kept).
          const requestDb = cacheable && responseCache ? responseCache.watch(cacheable, budgeted) : budgeted;
          return {
            db: requestDb,
            log: log.child({ requestId }),
            requestId,
            authorized: isAuthorized(httpGraphQLRequest.headers.get('authorization'), config.apiToken),
            tokenConfigured: config.apiToken !== null,
            loaders: createLoaders(requestDb),
          };
        },
      });

  const handler = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    requestId: string,
  ): Promise<void> => {
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (handleCors(req, res, corsOrigins)) return;
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      await health(db, res, log);
      return;
    }
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    if (isExplorerPath(url.pathname)) return serveExplorer(req, res, url.pathname, explorer);
    // GraphQL, the CSV exports (which run GraphQL) and uploads, before reading the body: a client over its
    // rate costs the server almost nothing. The answer waits until a token is back (at most a
    // second): a client that retries at once, as a flood does, is slowed to the rate instead of
    // costing a refusal per round trip.
    const limited =
      url.pathname === GRAPHQL_PATH ||
      url.pathname === DOCUMENTS_PATH ||
      url.pathname.startsWith(EXPORT_PATH_PREFIX);
    const client = req.socket.remoteAddress ?? 'unknown';
    const rate = limited ? rateLimiter?.take(client) : undefined;
    if (rate && !rate.allowed) return refuseOverRate(req, res, rate, requestId);
    if (url.pathname === DOCUMENTS_PATH) {
      const authorized = isAuthorized(req.headers.authorization, config.apiToken);
      await handleDocumentUpload(req, res, url, { db, log, config, authorized });
      return;
    }
    if (url.pathname.startsWith(EXPORT_PATH_PREFIX)) {
      await exportCsv(req, res, url, executeGraphQL(requestId));
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, 404, {
        error: `no route ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}, health at /health, the explorer at ${EXPLORER_PATH}, uploads at ${DOCUMENTS_PATH}, CSV exports at ${EXPORT_PATH_PREFIX}agreement-stats.csv`,
      });
      return;
    }
    await serveGraphQL(req, res, url, requestId, {
      maxBodyBytes: config.maxBodyBytes,
      log,
      chargeRefusal: () => rateLimiter?.charge(client, REFUSAL_COST),
      execute: (cacheable) => executeGraphQL(requestId, cacheable),
      responseCache,
      authorized: isAuthorized(req.headers.authorization, config.apiToken),
    });
  };

  const server = createHttpServer(handler, log);

  return {
    apollo,
    http: server,
    responseCache,
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
    async execute(body) {
      const headers = new HeaderMap([['content-type', 'application/json']]);
      const response = await executeGraphQL(requestId())({ method: 'POST', headers, search: '', body });
      if (response.body.kind === 'complete') return response.body.string;
      let text = '';
      for await (const chunk of response.body.asyncIterator) text += chunk;
      return text;
    },
  };
}

/**
 * The HTTP server around `handler`, giving each request its id. A request whose handling throws
 * is logged at error level with that id and answered 500 "internal error" (its detail stays in
 * the log); a client that hung up is logged at debug, since it is no failure of ours.
 */
function createHttpServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, requestId: string) => Promise<void>,
  log: Logger,
): http.Server {
  const server = http.createServer((req, res) => {
    const id = requestId();
    handler(req, res, id).catch((error: unknown) => {
      if (isClientGone(req, res, error)) {
        log.debug('client went away', { requestId: id, url: req.url, error });
        return;
      }
      log.error('request failed', {
        requestId: id,
        url: req.url,
        error,
        stack: error instanceof Error ? error.stack : undefined,
      });
      if (!res.headersSent) {
        sendGraphQLError(res, 500, {
          message: 'internal error; report it with the requestId',
          code: ErrorCode.INTERNAL_SERVER_ERROR,
          requestId: id,
        });
      } else res.end();
    });
  });
  // Bound how long a slow client may hold a connection.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return server;
}

/**
 * Answers a client over its rate with 429 once a token is back (at most a second later), so a
 * client that retries at once, as a flood does, is slowed to the rate instead of costing a
 * refusal per round trip; its body is read and dropped so it sees the answer.
 */
async function refuseOverRate(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rate: RateDecision,
  requestId: string,
): Promise<void> {
  discardBody(req);
  await new Promise((resolve) => setTimeout(resolve, Math.min(rate.retryAfterMs, 1000)));
  if (res.destroyed || req.socket.destroyed) return;
  res.setHeader('retry-after', String(rate.retryAfterSeconds));
  sendGraphQLError(res, 429, {
    message: `too many requests from this address; try again in ${rate.retryAfterSeconds} s (RATE_LIMIT_PER_SECOND)`,
    code: ErrorCode.RATE_LIMITED,
    requestId,
  });
}

/** What answering POST/GET /graphql needs from the server around it. */
interface GraphQLRoute {
  readonly maxBodyBytes: number;
  readonly log: Logger;
  /** Charges a refused request to the client's rate (a flood of refusals runs at a tenth of it). */
  readonly chargeRefusal: () => void;
  /** Runs the request through Apollo, watched by the response cache when it may be kept. */
  readonly execute: (cacheable: CacheableRequest | null) => ExecuteGraphQL;
  /** Answers repeated read-cached operations from memory (response-cache.ts); null when off. */
  readonly responseCache: ResponseCache | null;
  /** The request carries the API token (a cache key part: answers are kept per role). */
  readonly authorized: boolean;
}

/**
 * One GraphQL request over HTTP: the body read within MAX_BODY_BYTES (413 and 400 for a body
 * too large or not JSON), run through Apollo, and Apollo's answer written out unless the client
 * has gone.
 */
async function serveGraphQL(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  requestId: string,
  route: GraphQLRoute,
): Promise<void> {
  const { log } = route;
  const body = await readBody(req, route.maxBodyBytes);
  if (body.kind === 'aborted') {
    log.debug('client went away before its request body arrived', { requestId });
    return;
  }
  if (body.kind === 'too-large') {
    route.chargeRefusal();
    sendJson(res, 413, {
      error: `request body over ${route.maxBodyBytes} bytes (MAX_BODY_BYTES)`,
      requestId,
    });
    return;
  }
  if (body.kind === 'bad-json') {
    route.chargeRefusal();
    sendJson(res, 400, { error: 'request body is not valid JSON', requestId });
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
  const { responseCache } = route;
  const cacheable = responseCache
    ? await responseCache.begin(body.value, {
        authorized: route.authorized,
        accept: req.headers.accept,
        contentType: req.headers['content-type'],
      })
    : null;
  // On a miss, an identical request already running is waited for instead of run again.
  const cached = cacheable
    ? (responseCache!.lookup(cacheable) ?? (await responseCache!.follow(cacheable)))
    : null;
  if (cached) {
    for (const [key, value] of cached.headers) res.setHeader(key, value);
    res.setHeader('content-length', cached.body.length);
    res.statusCode = cached.status;
    res.end(cached.body);
    return;
  }
  let response: HTTPGraphQLResponse;
  try {
    response = await route.execute(cacheable)(httpGraphQLRequest);
    if (cacheable) responseCache!.finish(cacheable, response);
  } finally {
    if (cacheable) responseCache!.release(cacheable);
  }
  if (response.status === 400) route.chargeRefusal();
  if (res.destroyed || req.socket.destroyed) {
    log.debug('client went away before its answer was sent', { requestId });
    return;
  }
  await writeGraphQLResponse(res, response);
}

/** 503 says only "unavailable": the Bolt address and the driver's message are for the log. */
async function health(db: GraphDatabase, res: http.ServerResponse, log: Logger): Promise<void> {
  try {
    const version = await db.serverVersion();
    sendJson(res, 200, { status: 'ok', neo4j: { version } });
  } catch (error) {
    log.warn('health check: the database does not answer', { error });
    sendJson(res, 503, { status: 'unavailable', neo4j: { status: 'unavailable' } });
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

type Body =
  { kind: 'ok'; value: unknown } | { kind: 'too-large' } | { kind: 'bad-json' } | { kind: 'aborted' };

/**
 * Reads the request body up to `limit` bytes. Over it (declared or sent), the answer is
 * 'too-large' at once and the rest of the body is read and thrown away: leaving the loop and
 * letting the socket close while the client still sends made the client's TCP stack reset the
 * connection and drop the 413 about half the time.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (body: Body): void => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      discardBody(req);
      settle({ kind: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.removeAllListeners('data');
        discardBody(req);
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(parseBody(req, Buffer.concat(chunks))));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) settle({ kind: 'aborted' });
    });
  });
}

function parseBody(req: http.IncomingMessage, bytes: Buffer): Body {
  if (bytes.length === 0) return { kind: 'ok', value: undefined };
  const text = bytes.toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return { kind: 'ok', value: text };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'bad-json' };
  }
}

/** Reads and drops what is left of a refused body, up to MAX_DISCARD_BYTES, then cuts the connection. */
function discardBody(req: http.IncomingMessage): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > MAX_DISCARD_BYTES) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

/** The client hung up (or reset) before we answered: nothing is wrong on our side. */
function isClientGone(req: http.IncomingMessage, res: http.ServerResponse, error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    res.destroyed ||
    req.socket.destroyed ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    code === 'ERR_STREAM_DESTROYED'
  );
}

/** A refusal outside GraphQL execution, shaped as a GraphQL response so clients read it the same way. */
function sendGraphQLError(
  res: http.ServerResponse,
  status: number,
  error: { message: string; code: ErrorCode; requestId: string },
): void {
  sendJson(res, status, {
    errors: [{ message: error.message, extensions: { code: error.code, requestId: error.requestId } }],
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}

let counter = 0;
function requestId(): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${process.pid.toString(36)}-${counter.toString(36)}`;
}
