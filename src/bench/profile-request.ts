/**
 * Where one request's time goes, and what the execution levers buy.
 *
 *   npm run build && node dist/bench/profile-request.js [--agreements 1000] [--requests 40] [--rounds 5] [--seed 7]
 *
 * Starts a private embedded Neo4j in a temporary directory (never data/neo4j), loads a generated
 * corpus (the bench's: the seeds' family, seed 7), and asks the bench's own operations
 * (bench-queries.ts) over HTTP, one client, one request at a time.
 *
 * 1. Profile: each request is cut into spans with `performance.now()`: the HTTP server's
 *    request event and the response's finish, Apollo's request hooks (a plugin that runs
 *    before ours) and the call into Apollo. Medians per span, in milliseconds.
 * 2. Execution A/B: the same operations on five servers over the same database (graphql-js,
 *    a second graphql-js as the control, type-graphql simple resolvers, graphql-jit, both), in
 *    interleaved rounds; medians and the ratio to graphql-js in the same run. Every variant's answer is compared with graphql-js's
 *    first: an answer that differs stops the run.
 *
 * Prints Markdown to stdout. It measures this machine at this moment: run it on a quiet machine
 * and compare ratios within one run, not milliseconds across runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphDatabase } from '../graph/driver.js';
import { DEFAULT_READ_CACHE } from '../graph/read-cache.js';
import { buildGraphQLSchema } from '../graphql/build-schema.js';
import type { Context } from '../graphql/context.js';
import { createServer, type AppServer, type ServerDeps } from '../server/create-server.js';
import { DEFAULT_RESPONSE_CACHE } from '../server/response-cache.js';
import { createLogger, silentLogger } from '../support/logger.js';
import { benchQueries, chooseVariables, type BenchQuery } from './bench-queries.js';
import { GraphQLHttpClient } from './http-load.js';
import { jitGateway } from './jit-gateway.js';
import { integerOptions, withPrivateGraph } from './private-graph.js';

const PROFILED = [
  'agreementsPage50',
  'fullTextSearch',
  'connectionPath',
  'expiringAgreements',
  'sharedSignatories',
];
const COMPARED = ['agreementsPage50', 'fullTextSearch'];

interface Args {
  readonly agreements: number;
  readonly requests: number;
  readonly rounds: number;
  readonly seed: number;
}

function parseArgs(argv: readonly string[]): Args {
  return integerOptions(
    argv,
    { agreements: 1000, requests: 40, rounds: 5, seed: 7 },
    'profile-request [--agreements N] [--requests N] [--rounds N] [--seed N]',
  );
}

/** The moments of one request, in performance.now() milliseconds. */
interface Moments {
  sent: number;
  arrived?: number;
  apolloStart?: number;
  requestDidStart?: number;
  parseStart?: number;
  parseEnd?: number;
  validateStart?: number;
  validateEnd?: number;
  resolved?: number;
  executeStart?: number;
  executeEnd?: number;
  willSend?: number;
  apolloEnd?: number;
  finished?: number;
  received: number;
}

/** A server whose requests are cut into moments; one request at a time. */
async function profiledServer(deps: Omit<ServerDeps, 'plugins'>): Promise<{
  server: AppServer;
  url: string;
  start(): Moments;
}> {
  let current: Moments = { sent: 0, received: 0 };
  const now = () => performance.now();
  const timing: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      current.requestDidStart = now();
      return {
        async parsingDidStart() {
          current.parseStart = now();
          return async () => {
            current.parseEnd = now();
          };
        },
        async validationDidStart() {
          current.validateStart = now();
          return async () => {
            current.validateEnd = now();
          };
        },
        async didResolveOperation() {
          current.resolved = now();
        },
        async executionDidStart() {
          current.executeStart = now();
          return {
            async executionDidEnd() {
              current.executeEnd = now();
            },
          };
        },
        async willSendResponse() {
          current.willSend = now();
        },
      };
    },
  };
  const server = await createServer({ ...deps, plugins: [timing] });
  const apollo = server.apollo;
  const execute = apollo.executeHTTPGraphQLRequest.bind(apollo);
  apollo.executeHTTPGraphQLRequest = async (request) => {
    current.apolloStart = now();
    const response = await execute(request);
    current.apolloEnd = now();
    return response;
  };
  server.http.prependListener('request', (_req, res) => {
    current.arrived = now();
    res.once('finish', () => {
      current.finished = now();
    });
  });
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  return {
    server,
    url,
    start() {
      current = { sent: now(), received: 0 };
      return current;
    },
  };
}

const SPANS: readonly [string, (m: Moments) => number][] = [
  ['total (client)', (m) => m.received - m.sent],
  ['HTTP in: routing, rate limit, body read and JSON.parse', (m) => gap(m.arrived, m.apolloStart)],
  ['Apollo: context, request start', (m) => gap(m.apolloStart, m.requestDidStart)],
  ['parse', (m) => gap(m.parseStart, m.parseEnd)],
  ['validate', (m) => gap(m.validateStart, m.validateEnd)],
  [
    'limits plugins (root fields, depth, cost), cache lookup',
    (m) => gap(m.resolved, m.executeStart ?? m.willSend),
  ],
  ['execute (resolvers, database, graphql-js)', (m) => gap(m.executeStart, m.executeEnd)],
  ['format (errors, willSendResponse)', (m) => gap(m.executeEnd ?? m.willSend, m.willSend)],
  ['serialize (JSON.stringify in Apollo)', (m) => gap(m.willSend, m.apolloEnd)],
  [
    'HTTP out: write; the network and client, both ways',
    (m) => m.received - m.sent - gap(m.arrived, m.finished) + gap(m.apolloEnd, m.finished),
  ],
];

function gap(from: number | undefined, to: number | undefined): number {
  return from === undefined || to === undefined ? 0 : Math.max(0, to - from);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (v: number) => (v >= 10 ? v.toFixed(1) : v.toFixed(2));

async function post(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"'))
    throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

async function profile(
  db: GraphDatabase,
  queries: readonly BenchQuery[],
  requests: number,
  say: (line: string) => void,
): Promise<string> {
  const schema = await buildGraphQLSchema();
  const config = { nodeEnv: 'production' as const, apiToken: null, maxBodyBytes: 5 * 1024 * 1024 };
  const withCache = await profiledServer({ config, db, schema, log: silentLogger });
  const readCacheOnly = await profiledServer({
    config: { ...config, responseCache: { ...DEFAULT_RESPONSE_CACHE, maxEntries: 0 } },
    db,
    schema,
    log: silentLogger,
  });
  const client = new GraphQLHttpClient(withCache.url, 1);
  const clientReadCache = new GraphQLHttpClient(readCacheOnly.url, 1);
  const columns: { label: string; spans: number[] }[] = [];
  try {
    const cells: [BenchQuery, typeof withCache, GraphQLHttpClient, string][] = [];
    for (const q of queries) {
      if (q.name === 'sharedSignatories') {
        cells.push([q, readCacheOnly, clientReadCache, `${q.name} (read cache)`]);
        cells.push([q, withCache, client, `${q.name} (response cache)`]);
      } else cells.push([q, withCache, client, q.name]);
    }
    for (const [q, server, http, label] of cells) {
      const body = JSON.stringify(q.ours);
      for (let i = 0; i < 5; i++) await http.post(body); // warm-up: plans, JIT, caches
      const samples: Moments[] = [];
      for (let i = 0; i < requests; i++) {
        const m = server.start();
        const error = await http.post(body);
        m.received = performance.now();
        if (error) throw new Error(`${label}: ${error}`);
        samples.push(m);
      }
      columns.push({ label, spans: SPANS.map(([, span]) => median(samples.map(span))) });
      say(`profiled ${label}`);
    }
  } finally {
    await withCache.server.close();
    await readCacheOnly.server.close();
  }
  const lines = [
    `| Span (median ms, ${requests} requests, 1 client) | ${columns.map((c) => c.label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...SPANS.map(([name], i) => `| ${name} | ${columns.map((c) => ms(c.spans[i]!)).join(' | ')} |`),
  ];
  return lines.join('\n');
}

async function compareExecution(
  db: GraphDatabase,
  queries: readonly BenchQuery[],
  args: Args,
  say: (line: string) => void,
): Promise<string> {
  const config = { nodeEnv: 'production' as const, apiToken: null, maxBodyBytes: 5 * 1024 * 1024 };
  const plain = await buildGraphQLSchema();
  const simple = await buildGraphQLSchema({ simpleResolvers: true });
  const variants: { name: string; deps: ServerDeps }[] = [
    { name: 'graphql-js', deps: { config, db, schema: plain, log: silentLogger } },
    // A second graphql-js server: the control, whose ratio shows what the noise alone does.
    { name: 'graphql-js again', deps: { config, db, schema: plain, log: silentLogger } },
    { name: 'simple resolvers', deps: { config, db, schema: simple, log: silentLogger } },
    {
      name: 'graphql-jit',
      deps: { config, db, schema: plain, log: silentLogger, gateway: jitGateway(plain) },
    },
    {
      name: 'jit + simple',
      deps: { config, db, schema: simple, log: silentLogger, gateway: jitGateway(simple) },
    },
  ];
  const servers: { name: string; server: AppServer; url: string; http: GraphQLHttpClient }[] = [];
  for (const v of variants) {
    const server = await createServer(v.deps);
    const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    servers.push({ name: v.name, server, url, http: new GraphQLHttpClient(url, 1) });
  }
  const latencies = new Map<string, number[]>();
  try {
    for (const q of queries) {
      const body = JSON.stringify(q.ours);
      const expected = await post(servers[0]!.url, body);
      for (const s of servers) {
        const answer = await post(s.url, body);
        if (answer !== expected) throw new Error(`${s.name} answers ${q.name} differently from graphql-js`);
        for (let i = 0; i < 5; i++) await s.http.post(body);
      }
    }
    say('every variant answers the same; measuring');
    for (let round = 0; round < args.rounds; round++) {
      // Interleaved: each round runs every variant once per query, starting with a different one.
      const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
      for (const q of queries) {
        const body = JSON.stringify(q.ours);
        for (const s of order) {
          const key = `${q.name}\u0000${s.name}`;
          const list = latencies.get(key) ?? [];
          for (let i = 0; i < args.requests; i++) {
            const start = performance.now();
            const error = await s.http.post(body);
            if (error) throw new Error(`${s.name} ${q.name}: ${error}`);
            list.push(performance.now() - start);
          }
          latencies.set(key, list);
        }
      }
      say(`round ${round + 1} of ${args.rounds}`);
    }
  } finally {
    for (const s of servers) await s.server.close();
  }
  const lines = [
    `| Query (median ms, ${args.rounds} × ${args.requests} requests, 1 client) | ${servers.map((s) => s.name).join(' | ')} |`,
    `| --- | ${servers.map(() => '---:').join(' | ')} |`,
  ];
  for (const q of queries) {
    const base = median(latencies.get(`${q.name}\u0000${servers[0]!.name}`)!);
    const cells = servers.map((s) => {
      const m = median(latencies.get(`${q.name}\u0000${s.name}`)!);
      return s === servers[0] ? ms(m) : `${ms(m)} (${(m / base).toFixed(2)})`;
    });
    lines.push(`| ${q.name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const say = (line: string) => process.stderr.write(`profile: ${line}\n`);
  const log = createLogger('warn', { component: 'profile' });
  const graph = {
    agreements: args.agreements,
    seed: args.seed,
    connection: { queryTimeoutMs: 120_000, readCache: DEFAULT_READ_CACHE },
    log,
  };
  await withPrivateGraph(graph, async (db, loaded) => {
    say(`loaded ${loaded.created} of ${args.agreements} agreements (${loaded.failed} failed)`);
    const all = benchQueries(await chooseVariables(db));
    const pick = (names: readonly string[]) => all.filter((q) => names.includes(q.name));
    const split = await profile(db, pick(PROFILED), args.requests, say);
    const ab = await compareExecution(db, pick(COMPARED), args, say);
    process.stdout.write(
      `Profile of one request, ${args.agreements} agreements (corpus seed ${args.seed}), ${new Date().toISOString()}\n\n${split}\n\nExecution A/B (ratio to graphql-js in the same run)\n\n${ab}\n`,
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `profile-request: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
