import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { applySchema } from '../graph/apply-schema.js';
import { driverForToolsAndTests, type GraphDatabase } from '../graph/driver.js';
import { GRAPH_VERSION_READ } from '../graph/graph-version.js';
import { createReadCache, DEFAULT_READ_CACHE } from '../graph/read-cache.js';
import { wipeGraph } from '../graph/wipe-graph.js';
import { buildGraphQLSchema } from '../graphql/build-schema.js';
import { seedPaths } from '../ingest/seed-paths.js';
import { createServer } from '../server/create-server.js';
import { silentLogger } from '../support/logger.js';
import { benchQueries, chooseVariables, type BenchQuery, type BenchVariables } from './bench-queries.js';
import type { FirstCallsResult } from './first-calls.js';
import { GraphQLHttpClient, runClosedLoop, type Call } from './http-load.js';
import { capturePeerCypher, startPeerServer } from './peer-server.js';
import { startRawHttpProcess, type RawHttpProcess } from './raw-http-server.js';
import { measureParseThroughput } from './measure-parse.js';
import { writeBenchCorpus } from './write-bench-corpus.js';
import { SIDES, type Side } from './sides.js';
import { summarize, type LatencySummary } from './stats.js';

/**
 * One size of the benchmark on one database: generate the corpus, parse it (throughput), build
 * the graph from the texts (load throughput, build time), then run the fixed query set on our
 * API, the raw Cypher and the peer, interleaved, at each client count. Used by the CLI
 * (run-bench.ts) on a fresh embedded Neo4j per size, and by the smoke test at a tiny size.
 */

export { SIDES, type Side };

export interface MeasureOptions {
  readonly db: GraphDatabase;
  readonly agreements: number;
  readonly corpusSeed: number;
  /** Directory the corpus is written to (created). */
  readonly corpusDir: string;
  readonly clients: readonly number[];
  /** Interleaved rounds; each round runs every (query, side) once per client count. */
  readonly rounds: number;
  /** Calls per (query, side, round) with one client; with c clients, max(this, 4c). */
  readonly requestsPerCell: number;
  /** Cap on one (query, side, round) batch, in milliseconds. */
  readonly maxCellMs: number;
  /** The embedded Neo4j's process id, for its RSS; null with an external server. */
  readonly neo4jPid: number | null;
  /** The embedded Neo4j's home, for the store size; null with an external server. */
  readonly neo4jHome: string | null;
  /** Skips the query profiles (PROFILE of every statement) when false. */
  readonly profile: boolean;
  /** How the raw-HTTP side's own process connects to the same database. */
  readonly connection: { readonly uri: string; readonly username: string; readonly password: string };
  /** The sides to measure (default SIDES); `ours` is always measured, every ratio is against it. */
  readonly sides?: readonly Side[];
  /** Only these queries of the fixed set (by name); default all. */
  readonly queries?: readonly string[];
  /** Warm-up calls per query and side before timing, with one client (default 5). */
  readonly warmupRequests: number;
  /** Parse throughput is measured on at most this many texts, evenly spread (default 10,000). */
  readonly parseSample?: number;
  /** Where to write a generated agreement the corpus does not hold, for the first ingest (write-bench-corpus.ts). */
  readonly firstIngestFile?: string;
  /** A call that takes longer fails (HTTP sides; the database's own timeout bounds raw). */
  readonly requestTimeoutMs?: number;
  readonly onProgress?: (line: string) => void;
}

export interface CellResult {
  readonly summary: LatencySummary;
  readonly errors: number;
  readonly firstError: string | null;
  /** Batches that the time cap ended early. */
  readonly cappedBatches: number;
}

export interface QueryProfile {
  /** Statements our API ran for one request (page query plus one per loader level). */
  readonly oursStatements: number;
  readonly oursDbHits: number;
  readonly rawDbHits: number;
  readonly peerStatements: number;
  readonly peerDbHits: number;
  /** The operators with the most db hits in the peer's statement ("Expand(All) 12345", …). */
  readonly peerTopOperators: string[];
  readonly rawTopOperators: string[];
}

export interface QueryResult {
  readonly name: string;
  readonly relationship: boolean;
  readonly peerForm: BenchQuery['peerForm'];
  /** Whether our API answers it through the read cache (then the `cold` side is measured too). */
  readonly cached: boolean;
  /** Rows (or top-level list items) each side answered with, from the check pass. */
  readonly answerSizes: Record<Side, number>;
  /** First error of the check pass per side, null when it answered. */
  readonly checkErrors: Record<Side, string | null>;
  /** Latencies per client count, per side (`cold` only when `cached`). */
  readonly cells: Record<number, Partial<Record<Side, CellResult>>>;
  /** Per client count, for a cached question: the first requests after the graph changed. */
  readonly afterChange: Record<number, AfterChangeResult>;
  readonly profile: QueryProfile | null;
}

/**
 * Bursts of `clients` simultaneous requests, each burst right after the graph changed (the read
 * cache and the response cache dropped, as after an ingest): what a dashboard's first requests
 * after a change wait for. Concurrent requests for the missing answer share one statement.
 */
export interface AfterChangeResult {
  readonly summary: LatencySummary;
  readonly bursts: number;
  /** Statements the bursts ran against Neo4j (version checks not counted). */
  readonly statements: number;
  readonly errors: number;
  readonly firstError: string | null;
}

/** Samples per (question, client count) after a change: bursts of `clients`, at least `rounds` bursts. */
const AFTER_CHANGE_SAMPLES = 48;

export interface MemorySample {
  /** This Node process (our API, the peer and the load generator). */
  readonly nodeRssMb: number;
  readonly nodeHeapUsedMb: number;
  /** The embedded Neo4j JVM; null with an external server. */
  readonly neo4jRssMb: number | null;
}

export interface SizeResult {
  readonly agreements: number;
  /** Files read and parsed per second in one thread. */
  readonly parseDocsPerSecond: number;
  /** Parse workers a seed uses on this host (PARSE_WORKERS' default); 1: the main thread parses. */
  readonly parseSeedWorkers: number;
  /** Files read and parsed per second as a seed parses: the one-thread figure when parseSeedWorkers is 1. */
  readonly parseSeedDocsPerSecond: number;
  /** The parse pool with one worker per core, when that is not seeding's (else null). */
  readonly parsePerCorePool: { readonly workers: number; readonly docsPerSecond: number } | null;
  readonly loadDocsPerSecond: number;
  /** Schema plus every text parsed and written, in seconds. */
  readonly buildSeconds: number;
  readonly loadFailures: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly storeMb: number | null;
  readonly memoryAfterLoad: MemorySample;
  readonly memoryAfterQueries: MemorySample;
  readonly variables: BenchVariables;
  readonly queries: QueryResult[];
  readonly loadavgBefore: string;
  readonly loadavgAfter: string;
  /** The first call of every examples/ operation after a fresh start (first-calls.ts); set by run-bench. */
  readonly firstCalls?: FirstCallsResult | null;
}

export async function measureSize(options: MeasureOptions): Promise<SizeResult> {
  const { db } = options;
  const say = options.onProgress ?? (() => undefined);
  const loadavgBefore = loadavg();

  writeBenchCorpus({
    dir: options.corpusDir,
    agreements: options.agreements,
    seed: options.corpusSeed,
    firstIngestFile: options.firstIngestFile,
  });
  say(`generated ${options.agreements} agreements in ${options.corpusDir}`);

  // Parse throughput: at most `parseSample` files (evenly spread, so that 100,000 texts are not
  // all parsed again), read and parsed in one thread, as seeding parses, and in a pool of one worker per core (measure-parse.ts).
  const files = readdirSync(options.corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const sample = Math.min(files.length, options.parseSample ?? 10_000);
  const parse = await measureParseThroughput(
    Array.from({ length: sample }, (_, i) =>
      path.join(options.corpusDir, files[Math.floor((i * files.length) / sample)]!),
    ),
  );
  say(
    `parse: ${parse.oneThreadDocsPerSecond.toFixed(0)} docs/s on one thread; as seeding parses (${parse.seedWorkers === 1 ? 'main thread' : `${parse.seedWorkers} workers`}): ${parse.seedDocsPerSecond.toFixed(0)} docs/s` +
      (parse.perCorePool
        ? `; one worker per core (${parse.perCorePool.workers}): ${parse.perCorePool.docsPerSecond.toFixed(0)} docs/s`
        : ''),
  );

  // Build the graph from the texts.
  await wipeGraph(db);
  const buildStart = performance.now();
  await applySchema(db);
  const loadStart = performance.now();
  // The bench's own Neo4j, before any server: a first build, as `npm run seed` and `npm start` make it.
  const summary = await seedPaths(db, [options.corpusDir], { ownsDatabase: true });
  const loadEnd = performance.now();
  const loadDocsPerSecond = (options.agreements * 1000) / (loadEnd - loadStart);
  const buildSeconds = (loadEnd - buildStart) / 1000;
  say(
    `load: ${loadDocsPerSecond.toFixed(0)} docs/s, built in ${buildSeconds.toFixed(1)} s, ${summary.failed} failed`,
  );
  const [counts] = await db.read<{ nodes: number; relationships: number }>(
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
  );
  const memoryAfterLoad = memory(options.neo4jPid);

  // Servers. Ours keeps its stable answers in a read cache of its own (the default settings) over
  // a read that counts them, so the bench can drop them as a write would and count what a
  // burst after that runs.
  let stableStatements = 0;
  const oursDb: GraphDatabase = {
    ...db,
    ...createReadCache((cypher, params) => {
      if (cypher !== GRAPH_VERSION_READ) stableStatements++;
      return db.read(cypher, params);
    }, DEFAULT_READ_CACHE),
  };
  const recorder = recordingDb(oursDb);
  const ours = await createServer({
    config: { nodeEnv: 'production', apiToken: null, maxBodyBytes: 5 * 1024 * 1024 },
    db: recorder.db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  const oursUrl = `http://127.0.0.1:${await ours.listen(0, '127.0.0.1')}/graphql`;
  const cold = await createServer({
    config: { nodeEnv: 'production', apiToken: null, maxBodyBytes: 5 * 1024 * 1024 },
    // No read cache, so no response cache on top of it either (stableVersion absent).
    db: { ...db, readStable: db.read, stableVersion: undefined },
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  const coldUrl = `http://127.0.0.1:${await cold.listen(0, '127.0.0.1')}/graphql`;
  const peer = await startPeerServer(driverForToolsAndTests(db), db.database);
  const maxClients = Math.max(...options.clients);
  const timeoutMs = options.requestTimeoutMs ?? 60_000;
  const clients: Record<Exclude<Side, 'raw' | 'rawHttp'>, GraphQLHttpClient> = {
    ours: new GraphQLHttpClient(oursUrl, maxClients, timeoutMs),
    cold: new GraphQLHttpClient(coldUrl, maxClients, timeoutMs),
    peer: new GraphQLHttpClient(peer.url, maxClients, timeoutMs),
  };
  const wanted = new Set<Side>(['ours', ...(options.sides ?? SIDES)]);
  let rawHttp: { process: RawHttpProcess; client: GraphQLHttpClient } | null = null;

  try {
    const variables = await chooseVariables(db);
    const queries = benchQueries(variables).filter(
      (q) => !options.queries || options.queries.includes(q.name),
    );
    if (queries.length === 0) throw new Error(`no bench query is named ${options.queries?.join(', ')}`);
    if (wanted.has('rawHttp')) {
      const child = await startRawHttpProcess({
        ...options.connection,
        database: db.database,
        queryTimeoutMs: db.queryTimeoutMs,
        variables,
      });
      rawHttp = { process: child, client: new GraphQLHttpClient(child.url, maxClients, timeoutMs) };
    }
    const rawHttpBody = (q: BenchQuery) => JSON.stringify({ name: q.name });
    const call = (q: BenchQuery, side: Side): Call => {
      if (side === 'raw') return () => db.read(q.raw.cypher, q.raw.params).then(() => null);
      if (side === 'rawHttp') {
        const body = rawHttpBody(q);
        const client = rawHttp!.client;
        return () => client.post(body);
      }
      const body = JSON.stringify(side === 'peer' ? q.peer : q.ours);
      const client = clients[side];
      return () => client.post(body);
    };
    /** The sides measured for a query: those asked for, and `cold` only where the cache answers. */
    const sidesOf = (cached: boolean) =>
      SIDES.filter((side) => wanted.has(side) && (side !== 'cold' || cached));

    // Check pass: every side answers every query, and how much.
    const results = new Map<string, QueryResult>();
    for (const q of queries) {
      const answerSizes = { ours: 0, cold: 0, raw: 0, rawHttp: 0, peer: 0 } as Record<Side, number>;
      const checkErrors = { ours: null, cold: null, raw: null, rawHttp: null, peer: null } as Record<
        Side,
        string | null
      >;
      try {
        answerSizes.raw = rowCount(await db.read(q.raw.cypher, q.raw.params));
      } catch (error) {
        checkErrors.raw = (error as Error).message;
      }
      if (rawHttp) {
        const body = (await rawHttp.client.fetchJson(rawHttpBody(q))) as {
          data?: unknown[];
          errors?: { message: string }[];
        };
        if (body.errors?.length) checkErrors.rawHttp = body.errors[0]!.message;
        answerSizes.rawHttp = rowCount(body.data ?? []);
      }
      recorder.start();
      for (const side of ['ours', 'cold', 'peer'] as const) {
        if (!wanted.has(side)) continue;
        const body = (await clients[side].fetchJson(JSON.stringify(side === 'peer' ? q.peer : q.ours))) as {
          data?: Record<string, unknown>;
          errors?: { message: string }[];
        };
        if (body.errors?.length) checkErrors[side] = body.errors[0]!.message;
        answerSizes[side] = topLevelSize(body.data);
      }
      const cached = recorder.stop().some((s) => s.stable);
      results.set(q.name, {
        name: q.name,
        relationship: q.relationship,
        peerForm: q.peerForm,
        cached,
        answerSizes,
        checkErrors,
        cells: {},
        afterChange: {},
        profile: null,
      });
    }
    say(
      `check pass done: ${[...results.values()].map((r) => `${r.name} ${r.answerSizes.ours}/${r.answerSizes.raw}/${r.answerSizes.rawHttp}/${r.answerSizes.peer}`).join(', ')}`,
    );

    // Warm-up: plans cached, JIT warm, connections open, on every side.
    for (const q of queries) {
      for (const side of sidesOf(results.get(q.name)!.cached)) {
        if (options.warmupRequests > 0) {
          await runClosedLoop(call(q, side), { clients: 1, requests: options.warmupRequests, maxMs: 10_000 });
        }
        await runClosedLoop(call(q, side), {
          clients: maxClients,
          requests: maxClients,
          maxMs: 10_000,
        });
      }
    }

    // Timed: rounds of every (query, side), the side order rotating so that no side always
    // runs right after another one's cache-warming or GC.
    for (const clientCount of options.clients) {
      const samples = new Map<string, number[]>();
      const errors = new Map<string, { count: number; first: string | null; capped: number }>();
      const requests = Math.max(options.requestsPerCell, 4 * clientCount);
      for (let round = 0; round < options.rounds; round++) {
        for (const [qi, q] of queries.entries()) {
          const sides = sidesOf(results.get(q.name)!.cached);
          for (let s = 0; s < sides.length; s++) {
            const side = sides[(s + round + qi) % sides.length]!;
            const key = `${q.name}|${side}`;
            const result = await runClosedLoop(call(q, side), {
              clients: clientCount,
              requests,
              maxMs: options.maxCellMs,
            });
            (samples.get(key) ?? samples.set(key, []).get(key)!).push(...result.latencies);
            const e = errors.get(key) ?? { count: 0, first: null, capped: 0 };
            errors.set(key, {
              count: e.count + result.errors,
              first: e.first ?? result.firstError,
              capped: e.capped + (result.capped ? 1 : 0),
            });
          }
        }
        say(`clients ${clientCount}: round ${round + 1}/${options.rounds} done`);
      }
      for (const q of queries) {
        const cell: Partial<Record<Side, CellResult>> = {};
        for (const side of sidesOf(results.get(q.name)!.cached)) {
          const key = `${q.name}|${side}`;
          const e = errors.get(key)!;
          cell[side] = {
            summary: summarize(samples.get(key) ?? []),
            errors: e.count,
            firstError: e.first,
            cappedBatches: e.capped,
          };
        }
        results.get(q.name)!.cells[clientCount] = cell;
      }
    }
    // The first requests after a change, for the questions the cache answers. After every timed
    // round: each burst drops the cached answers of every question, which the timed cells of a
    // later client count would otherwise find missing.
    for (const clientCount of options.clients) {
      for (const q of queries) {
        const r = results.get(q.name)!;
        if (!r.cached || !wanted.has('ours')) continue;
        const wantedBursts = Math.max(options.rounds, Math.ceil(AFTER_CHANGE_SAMPLES / clientCount));
        const deadline = performance.now() + options.maxCellMs * options.rounds;
        const latencies: number[] = [];
        let errors = 0;
        let firstError: string | null = null;
        let bursts = 0;
        const statementsBefore = stableStatements;
        while (bursts < wantedBursts && (bursts === 0 || performance.now() < deadline)) {
          oursDb.graphChanged();
          const burst = await runClosedLoop(call(q, 'ours'), {
            clients: clientCount,
            requests: clientCount,
            maxMs: options.maxCellMs,
          });
          latencies.push(...burst.latencies);
          errors += burst.errors;
          firstError ??= burst.firstError;
          bursts++;
        }
        r.afterChange[clientCount] = {
          summary: summarize(latencies),
          bursts,
          statements: stableStatements - statementsBefore,
          errors,
          firstError,
        };
      }
      say(`clients ${clientCount}: first requests after a change done`);
    }
    const memoryAfterQueries = memory(options.neo4jPid);

    if (options.profile) {
      for (const q of queries) {
        const r = results.get(q.name)!;
        // A response-cache hit runs no statement; the profile is of the statements behind the answer.
        ours.responseCache?.clear();
        results.set(q.name, {
          ...r,
          profile: await profileQuery(db, q, recorder, clients.ours, wanted.has('peer')),
        });
      }
      say('profiles done');
    }

    return {
      agreements: options.agreements,
      parseDocsPerSecond: parse.oneThreadDocsPerSecond,
      parseSeedWorkers: parse.seedWorkers,
      parseSeedDocsPerSecond: parse.seedDocsPerSecond,
      parsePerCorePool: parse.perCorePool,
      loadDocsPerSecond,
      buildSeconds,
      loadFailures: summary.failed,
      nodes: Number(counts?.nodes ?? 0),
      relationships: Number(counts?.relationships ?? 0),
      storeMb: options.neo4jHome ? directoryBytes(path.join(options.neo4jHome, 'data')) / 2 ** 20 : null,
      memoryAfterLoad,
      memoryAfterQueries,
      variables,
      queries: queries.map((q) => results.get(q.name)!),
      loadavgBefore,
      loadavgAfter: loadavg(),
    };
  } finally {
    clients.ours.close();
    clients.cold.close();
    clients.peer.close();
    rawHttp?.client.close();
    await rawHttp?.process.close();
    await peer.close();
    await cold.close();
    await ours.close();
  }
}

/** Rows of a raw answer; a path is one row, counted by its nodes as the GraphQL sides' `nodes` list is. */
function rowCount(rows: readonly unknown[]): number {
  const nodes = rows.length === 1 ? (rows[0] as { nodes?: unknown }).nodes : undefined;
  return Array.isArray(nodes) ? nodes.length : rows.length;
}

/** The number of items in the first top-level field of a GraphQL answer (edges for a connection). */
function topLevelSize(data: Record<string, unknown> | undefined): number {
  const first = data ? Object.values(data)[0] : undefined;
  if (Array.isArray(first)) return first.length;
  if (first && typeof first === 'object') {
    const edges = (first as { edges?: unknown[]; nodes?: unknown[] }).edges;
    if (Array.isArray(edges)) return edges.length;
    const nodes = (first as { nodes?: unknown[] }).nodes;
    if (Array.isArray(nodes)) return nodes.length;
    return 1;
  }
  return 0;
}

interface Recorded {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
  /** Asked for as a stable read (the read cache may answer it without the database). */
  readonly stable: boolean;
}

/** Our database handle, recording the statements a request runs while `recording` is set. */
function recordingDb(db: GraphDatabase): { db: GraphDatabase; start(): void; stop(): Recorded[] } {
  let recorded: Recorded[] | null = null;
  return {
    db: {
      ...db,
      read: (cypher, params) => {
        recorded?.push({ cypher, params: params ?? {}, stable: false });
        return db.read(cypher, params);
      },
      readStable: (cypher, params) => {
        recorded?.push({ cypher, params: params ?? {}, stable: true });
        return db.readStable(cypher, params);
      },
    },
    start: () => {
      recorded = [];
    },
    stop: () => {
      const out = recorded ?? [];
      recorded = null;
      return out;
    },
  };
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  children: PlanNode[];
}

/** Total db hits of a statement, and its three heaviest operators. */
async function profileStatement(
  db: GraphDatabase,
  cypher: string,
  params: Record<string, unknown>,
): Promise<{ dbHits: number; operators: Map<string, number> }> {
  const statement = `PROFILE ${cypher.replace(/^\s*CYPHER 5\s*/, '')}`;
  const result = await driverForToolsAndTests(db).executeQuery(statement, params, {
    database: db.database,
    routing: neo4j.routing.READ,
  });
  const operators = new Map<string, number>();
  let total = 0;
  const walk = (node: PlanNode | false | undefined) => {
    if (!node) return;
    const hits = Number(node.dbHits);
    total += hits;
    const name = node.operatorType.replace(/@.*$/, '');
    operators.set(name, (operators.get(name) ?? 0) + hits);
    for (const child of node.children) walk(child);
  };
  walk(result.summary.profile as PlanNode | false);
  return { dbHits: total, operators };
}

function topOperators(operators: Map<string, number>): string[] {
  return [...operators.entries()]
    .filter(([, hits]) => hits > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, hits]) => `${name} ${hits}`);
}

function mergeOperators(into: Map<string, number>, from: Map<string, number>): void {
  for (const [name, hits] of from) into.set(name, (into.get(name) ?? 0) + hits);
}

async function profileQuery(
  db: GraphDatabase,
  q: BenchQuery,
  recorder: ReturnType<typeof recordingDb>,
  ours: GraphQLHttpClient,
  withPeer: boolean,
): Promise<QueryProfile> {
  recorder.start();
  await ours.fetchJson(JSON.stringify(q.ours));
  const oursStatements = recorder.stop();
  let oursDbHits = 0;
  for (const s of oursStatements) oursDbHits += (await profileStatement(db, s.cypher, s.params)).dbHits;

  const raw = await profileStatement(db, q.raw.cypher, q.raw.params);

  const peerStatements = withPeer
    ? await capturePeerCypher(driverForToolsAndTests(db), db.database, q.peer)
    : [];
  let peerDbHits = 0;
  const peerOperators = new Map<string, number>();
  for (const s of peerStatements) {
    const p = await profileStatement(db, s.cypher, s.params);
    peerDbHits += p.dbHits;
    mergeOperators(peerOperators, p.operators);
  }
  return {
    oursStatements: oursStatements.length,
    oursDbHits,
    rawDbHits: raw.dbHits,
    peerStatements: peerStatements.length,
    peerDbHits,
    peerTopOperators: topOperators(peerOperators),
    rawTopOperators: topOperators(raw.operators),
  };
}

function memory(neo4jPid: number | null): MemorySample {
  const usage = process.memoryUsage();
  return {
    nodeRssMb: usage.rss / 2 ** 20,
    nodeHeapUsedMb: usage.heapUsed / 2 ** 20,
    neo4jRssMb: neo4jPid === null ? null : processRssMb(neo4jPid),
  };
}

/** VmRSS of a process from /proc (Linux); null elsewhere. */
function processRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

function directoryBytes(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const full = path.join(dir, name);
    const info = statSync(full, { throwIfNoEntry: false });
    if (!info) continue;
    total += info.isDirectory() ? directoryBytes(full) : info.size;
  }
  return total;
}

export function loadavg(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'unavailable';
  }
}
