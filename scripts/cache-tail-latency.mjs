#!/usr/bin/env node
/**
 * Why does a cached grouped query have a tail (BENCHMARKS.md: clauseVariants p99 627 ms with
 * 16 clients at 10,000 while its p50 is 13 ms)? This runs the benchmark's own operation against
 * our API the way `npm run bench` does (the server, a cache-off server and the load generator in
 * this one process, on an already built graph) and logs what the tail could come from:
 *
 * - every statement the read cache really ran (a miss: TTL expiry, a new graph version, first use),
 *   with its start and end, and every read of the graph version;
 * - every garbage-collection pause (perf_hooks 'gc' entries) and the event loop's worst delay;
 * - every request, with its start and end, so each slow one can be put next to what overlapped it.
 *
 *   node scripts/cache-tail-latency.mjs --uri bolt://127.0.0.1:7711 --password-file DIR/neo4j-password \
 *     [--query clauseVariants] [--clients 16] [--cells 6] [--cell-seconds 8] [--ttl-seconds 600] [--cold-first]
 *
 * `--cold-first` runs a cache-off cell (READ_CACHE_ENTRIES=0 server, as the bench's "ours, cache
 * off" side) before each cached cell, as the bench's side rotation sometimes does. Builds first.
 * Reads only; never run it against the benchmark's own Neo4j.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (args.includes('--help') || args.includes('-h') || !option('--uri', null)) {
  process.stdout.write(
    'usage: node scripts/cache-tail-latency.mjs --uri BOLT_URI --password-file FILE [--query NAME] [--clients N]\n' +
      '         [--cells N] [--cell-seconds S] [--ttl-seconds S] [--cold-first] [--no-build]\n' +
      "Runs one bench query's cached side in closed loop and logs read-cache misses, GC pauses and slow requests.\n",
  );
  process.exit(option('--uri', null) ? 0 : 2);
}
const uri = option('--uri', null);
const password = readFileSync(option('--password-file', ''), 'utf8').trim();
const queryName = option('--query', 'clauseVariants');
const clientCount = Number(option('--clients', '16'));
const cells = Number(option('--cells', '6'));
const cellMs = 1000 * Number(option('--cell-seconds', '8'));
const ttlMs = 1000 * Number(option('--ttl-seconds', '600'));
const coldFirst = args.includes('--cold-first');

if (!args.includes('--no-build'))
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const dist = (p) => import(path.join(root, 'dist', p));
const { connectNeo4j } = await dist('graph/driver.js');
const { createReadCache } = await dist('graph/read-cache.js');
const { GRAPH_VERSION_READ } = await dist('graph/graph-version.js');
const { buildGraphQLSchema } = await dist('graphql/build-schema.js');
const { createServer } = await dist('server/create-server.js');
const { silentLogger } = await dist('support/logger.js');
const { benchQueries, chooseVariables } = await dist('bench/bench-queries.js');
const { GraphQLHttpClient, runClosedLoop } = await dist('bench/http-load.js');

const t0 = performance.now();
const at = () => performance.now() - t0;

// The database handle as connectNeo4j builds it, but with the read cache on the outside so the
// statements it really runs can be seen (the same createReadCache, the same options otherwise).
const base = await connectNeo4j(
  { uri, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 120_000 },
  silentLogger,
);
const runs = [];
const versionReads = [];
const countingRead = async (cypher, params) => {
  const run = { start: at(), end: null, version: cypher === GRAPH_VERSION_READ };
  (run.version ? versionReads : runs).push(run);
  try {
    return await base.read(cypher, params);
  } finally {
    run.end = at();
  }
};
const cache = createReadCache(countingRead, { maxEntries: 200, recheckMs: 1_000, ttlMs });
const db = { ...base, ...cache };
const config = { nodeEnv: 'production', apiToken: null, maxBodyBytes: 5 * 1024 * 1024 };
const ours = await createServer({
  config: { ...config, responseCache: { maxEntries: 200, maxBytes: 64 * 1024 * 1024, ttlMs } },
  db,
  schema: await buildGraphQLSchema(),
  log: silentLogger,
});
const oursUrl = `http://127.0.0.1:${await ours.listen(0, '127.0.0.1')}/graphql`;
const cold = await createServer({
  config,
  db: { ...base, readStable: base.read, stableVersion: undefined },
  schema: await buildGraphQLSchema(),
  log: silentLogger,
});
const coldUrl = `http://127.0.0.1:${await cold.listen(0, '127.0.0.1')}/graphql`;

const q = benchQueries(await chooseVariables(base)).find((x) => x.name === queryName);
if (!q) throw new Error(`no bench query is named ${queryName}`);
const body = JSON.stringify(q.ours);
const oursClient = new GraphQLHttpClient(oursUrl, clientCount, 120_000);
const coldClient = new GraphQLHttpClient(coldUrl, clientCount, 120_000);

const gcs = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({ start: e.startTime - t0, ms: e.duration, kind: e.detail?.kind });
}).observe({ entryTypes: ['gc'] });

/** A closed loop like the bench's, keeping each request's start and end. */
async function cell(client, name) {
  const requests = [];
  const call = async () => {
    const r = { start: at(), end: 0 };
    requests.push(r);
    const failure = await client.post(body);
    r.end = at();
    if (failure) throw new Error(failure);
    return null;
  };
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const result = await runClosedLoop(call, { clients: clientCount, requests: 100_000, maxMs: cellMs });
  delay.disable();
  return { name, requests, errors: result.errors, loopMaxMs: delay.max / 1e6 };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
// Warm: plans, JIT, the cache entry itself (the bench's warm-up does the same).
await runClosedLoop(() => oursClient.post(body), { clients: 1, requests: 5, maxMs: 120_000 });
console.log(
  `query ${queryName}, ${clientCount} clients, ${cells} cells of ${cellMs / 1000} s, TTL ${ttlMs / 1000} s${coldFirst ? ', a cache-off cell before each' : ''}`,
);
const all = [];
for (let i = 0; i < cells; i++) {
  if (coldFirst) {
    const c = await cell(coldClient, 'cold');
    console.log(`  cold cell: ${c.requests.length} requests, loop max ${c.loopMaxMs.toFixed(0)} ms`);
  }
  const c = await cell(oursClient, 'ours');
  const lat = c.requests.map((r) => r.end - r.start).sort((a, b) => a - b);
  console.log(
    `  ours cell ${i + 1}: ${lat.length} requests, p50 ${pct(lat, 50).toFixed(1)} p95 ${pct(lat, 95).toFixed(1)} p99 ${pct(lat, 99).toFixed(1)} max ${lat.at(-1).toFixed(1)} ms, loop max ${c.loopMaxMs.toFixed(0)} ms, errors ${c.errors}`,
  );
  all.push(...c.requests);
}
const lat = all.map((r) => r.end - r.start).sort((a, b) => a - b);
console.log(
  `all ours: ${lat.length} requests, p50 ${pct(lat, 50).toFixed(1)} p95 ${pct(lat, 95).toFixed(1)} p99 ${pct(lat, 99).toFixed(1)} max ${lat.at(-1).toFixed(1)} ms`,
);
const overlaps = (r, s, e) => r.start < e && s < r.end;
const slowMs = Math.max(50, 4 * pct(lat, 50));
const slow = all.filter((r) => r.end - r.start > slowMs);
const statementRuns = runs.filter((r) => r.end !== null);
const bigGcs = gcs.filter((g) => g.ms >= 20);
const byMiss = slow.filter((r) => statementRuns.some((m) => overlaps(r, m.start, m.end))).length;
const byGc = slow.filter((r) => bigGcs.some((g) => overlaps(r, g.start, g.start + g.ms))).length;
console.log(
  `slow (> ${slowMs.toFixed(0)} ms): ${slow.length}; overlapping a statement run (read-cache miss): ${byMiss}; overlapping a GC pause >= 20 ms: ${byGc}`,
);
console.log(
  `read-cache misses (statements run): ${statementRuns.length}: ${statementRuns.map((m) => `${(m.start / 1000).toFixed(1)}s+${(m.end - m.start).toFixed(0)}ms`).join(', ')}`,
);
console.log(
  `graph-version reads: ${versionReads.length}, slowest ${Math.max(0, ...versionReads.map((v) => (v.end ?? v.start) - v.start)).toFixed(0)} ms`,
);
console.log(
  `GC pauses: ${gcs.length}, total ${gcs.reduce((s, g) => s + g.ms, 0).toFixed(0)} ms, longest ${Math.max(0, ...gcs.map((g) => g.ms)).toFixed(0)} ms; >= 20 ms at ${bigGcs.map((g) => `${(g.start / 1000).toFixed(1)}s ${g.ms.toFixed(0)}ms`).join(', ') || 'none'}`,
);
oursClient.close();
coldClient.close();
await ours.close();
await cold.close();
await base.close();
