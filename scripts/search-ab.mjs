#!/usr/bin/env node
/**
 * fullTextSearch, two builds side by side (issue 13, docs/search-performance.md): do they answer
 * every search the same byte for byte, and what does one search cost each of them?
 *
 *   npm run build && node scripts/search-ab.mjs --base /tmp/base [--agreements 1000] [--store DIR]
 *     [--requests 40] [--rounds 6] [--seed 7] [--cpu-prof DIR]
 *
 * `--base` is another checkout with `dist/` built (as for dist/bench/answer-ab.js). The script
 * starts an embedded Neo4j (in a temporary directory, or in `--store DIR`, kept afterwards so a
 * 10,000-agreement graph is built once), loads seed/ and the bench corpus (seed 7, the seeds'
 * family, as the bench and answer-ab load it) up to `--agreements`, and runs three processes
 * against it: each build's `dist/server/main.js` (production mode, no warm-up, no rate limit) and
 * the bench's raw-over-HTTP side (this build's dist/bench/raw-http-main.js: the same statement
 * as the peer, rows written straight out), the floor any HTTP API can reach.
 *
 * 1. Same answers: the search examples, the bench's search and searches that take the other
 *    paths (a document number first, a quoted phrase, an official's name, no agreement or
 *    article or snippet selected, every field of both selected, fragments and aliases, a text nothing
 *    matches, a refused text) go to both builds; status, Content-Type, Cache-Control and body
 *    must be equal byte for byte (request ids aside). Any difference stops the run (exit 1).
 * 2. Cost: the bench's fullTextSearch (bench-queries.ts, "keadaan kahar", first 20) over HTTP, one
 *    client, in interleaved rounds (the order of the three sides rotates every round); per side
 *    the median latency, and the CPU time the serving process and Neo4j's JVM spent per request
 *    (/proc, 10 ms ticks: read differences under ~0.2 ms per request as noise).
 *
 * With `--cpu-prof DIR` the two API processes run under `node --cpu-prof` and write
 * base.cpuprofile / this.cpuprofile to DIR when stopped (after the timed rounds only the search
 * has run on them since the comparisons). Prints Markdown to stdout, progress to stderr.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const usage =
  'usage: node scripts/search-ab.mjs --base DIR [--agreements N] [--store DIR] [--requests N] [--rounds N] [--seed N] [--cpu-prof DIR]';
const args = { base: '', agreements: 1000, store: '', requests: 40, rounds: 6, seed: 7, cpuProf: '' };
for (let i = 0; i < argv.length; i += 2) {
  const name = argv[i]?.replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const value = argv[i + 1];
  if (!name || !(name in args) || value === undefined) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  args[name] = typeof args[name] === 'number' ? Number(value) : path.resolve(value);
}
if (!args.base || !existsSync(path.join(args.base, 'dist/server/main.js'))) {
  process.stderr.write(`${usage}\n--base must hold a built dist/server/main.js\n`);
  process.exit(2);
}

const dist = (p) => import(path.join(root, 'dist', p));
const { writeBenchCorpus } = await dist('bench/write-bench-corpus.js');
const { applySchema } = await dist('graph/apply-schema.js');
const { connectNeo4j } = await dist('graph/driver.js');
const { startEmbeddedNeo4j } = await dist('graph/embedded-neo4j.js');
const { seedPaths } = await dist('ingest/seed-paths.js');
const { loadConfig } = await dist('server/config.js');
const { createLogger } = await dist('support/logger.js');
const { benchQueries, chooseVariables } = await dist('bench/bench-queries.js');
const { GraphQLHttpClient } = await dist('bench/http-load.js');
const { startRawHttpProcess } = await dist('bench/raw-http-server.js');
const { cpuMs, startApiProcess } = await dist('bench/api-process.js');

const say = (line) => process.stderr.write(`search-ab: ${line}\n`);

async function startApi(name, buildRoot, neo4j) {
  const cpuProfile = args.cpuProf ? { dir: args.cpuProf, name: `${name}.cpuprofile` } : null;
  const api = await startApiProcess({ root: buildRoot, neo4j, cpuProfile, label: name });
  const http = new GraphQLHttpClient(api.url, 1);
  return {
    name,
    pid: api.pid,
    url: api.url,
    http,
    async stop() {
      http.close();
      await api.stop();
    },
  };
}

async function answer(url, body) {
  const res = await globalThis.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const headers = ['content-type', 'cache-control'].map((h) => `${h}: ${res.headers.get(h)}`).join('; ');
  return `${res.status} ${headers}\n${(await res.text()).replace(/"requestId":"[^"]*"/g, '"requestId":"…"')}`;
}

/** Search requests that between them take every path of the resolver and the statement. */
function searchOperations(benchSearch) {
  const q = (name, query, variables = {}) => ({ name, body: JSON.stringify({ query, variables }) });
  const all = `score type id snippet
    agreement { id kind kindName isDraft title numbers signedOn signedDay place effectiveFrom durationMonths expiresOn terminationNoticeDays renewable loaded }
    clause { id number heading topic text span { start end page } }`;
  const ops = [
    { name: 'bench fullTextSearch', body: JSON.stringify(benchSearch.ours) },
    q('bench search, first 100', benchSearch.ours.query, { ...benchSearch.ours.variables, first: 100 }),
  ];
  for (const file of readdirSync(path.join(root, 'examples/search')).sort()) {
    if (file.endsWith('.graphql')) {
      ops.push(q(`examples/search/${file}`, readFileSync(path.join(root, 'examples/search', file), 'utf8')));
    }
  }
  const texts = [
    'keadaan kahar',
    '"jangka waktu" sertifikat',
    'PERJ.206/BSSN/SU/HK.07.02/05/2023',
    'perjanjian kerja sama PKS.14/BPIP/SU/09/2025',
    'Sukmariah',
    'Badan Siber dan Sandi Negara',
    'sertifikat elektronik',
    'kewajiban para pihak',
    'Undang-Undang Nomor 11 Tahun 2008',
    'berakhir',
    'penyelesaian perselisihan musyawarah',
    'xyzzyqq',
    'AND',
  ];
  for (const text of texts) {
    ops.push(
      q(`all fields: ${text}`, `query($t: String!) { search(text: $t, first: 50) { ${all} } }`, { t: text }),
    );
    ops.push(
      q(`hit fields only: ${text}`, 'query($t: String!) { search(text: $t) { score type id snippet } }', {
        t: text,
      }),
    );
    ops.push(
      q(`no snippet: ${text}`, 'query($t: String!) { search(text: $t) { id type agreement { id title } } }', {
        t: text,
      }),
    );
  }
  ops.push(
    q(
      'fragments and aliases',
      `query($t: String!) { s: search(text: $t, first: 30) { ...H a: agreement { t: title ...A } clause { ... on Clause { heading } } } }
       fragment H on SearchHit { id snip: snippet type }
       fragment A on Agreement { signedOn parties { ordinal label institution { name } } }`,
      { t: 'keadaan kahar' },
    ),
    q(
      'typename and nested lists',
      'query { search(text: "jangka waktu", first: 15) { __typename id agreement { __typename id clauses { number } } clause { provisions { text } } } }',
    ),
    q('refused: punctuation only', 'query { search(text: "*** (((") { id } }'),
    q('refused: first 0', 'query { search(text: "kahar", first: 0) { id } }'),
  );
  return ops;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
const log = createLogger('warn', { component: 'search-ab' });
const home = args.store || mkdtempSync(path.join(os.tmpdir(), 'perjanjian-search-ab-'));
mkdirSync(home, { recursive: true });
const embedded = await startEmbeddedNeo4j(
  {
    ...config.neo4j.embedded,
    dataDir: path.join(home, 'neo4j'),
    boltPort: 0,
    heap: '1g',
    pageCache: '1g',
    password: null,
  },
  log,
);
const sides = [];
const report = [`load average before: ${loadavg()}`];
let failed = false;
try {
  const neo4j = { uri: embedded.uri, username: embedded.username, password: embedded.password };
  const db = await connectNeo4j({ ...config.neo4j, ...neo4j, queryTimeoutMs: 120_000 }, log);
  try {
    await applySchema(db);
    // A kept store remembers what was loaded into it (some generated texts are duplicates, so
    // the count of agreements does not say).
    const loadedMark = path.join(home, `loaded-${args.agreements}-seed-${args.seed}`);
    if (!existsSync(loadedMark)) {
      await seedPaths(db, [path.join(root, 'seed')]);
      const corpus = path.join(home, 'corpus');
      writeBenchCorpus({ dir: corpus, agreements: args.agreements, seed: args.seed });
      const started = Date.now();
      const summary = await seedPaths(db, [corpus], { parseWorkers: 2 });
      rmSync(corpus, { recursive: true, force: true });
      writeFileSync(loadedMark, `${new Date().toISOString()}\n`);
      say(
        `loaded ${summary.created} of ${args.agreements} generated agreements in ${((Date.now() - started) / 1000).toFixed(0)} s (${summary.failed} failed)`,
      );
    }
    const [{ loaded }] = await db.read('MATCH (a:Agreement) WHERE a.loaded = true RETURN count(a) AS loaded');
    report.push(`graph: ${loaded} loaded agreements (seeds + the bench corpus, seed ${args.seed})`);
    const variables = await chooseVariables(db);
    const benchSearch = benchQueries(variables).find((b) => b.name === 'fullTextSearch');
    if (args.cpuProf) mkdirSync(args.cpuProf, { recursive: true });
    const base = await startApi('base', args.base, neo4j);
    sides.push(base);
    const next = await startApi('this', root, neo4j);
    sides.push(next);
    const raw = await startRawHttpProcess({
      ...neo4j,
      database: config.neo4j.database,
      queryTimeoutMs: 120_000,
      variables,
    });
    const rawSide = {
      name: 'raw HTTP',
      pid: raw.pid,
      url: raw.url,
      http: new GraphQLHttpClient(raw.url, 1),
      stop: async () => {
        rawSide.http.close();
        await raw.close();
      },
    };
    sides.push(rawSide);

    const ops = searchOperations(benchSearch);
    let differing = 0;
    for (const op of ops) {
      const [a, b] = [await answer(base.url, op.body), await answer(next.url, op.body)];
      if (a !== b) {
        differing++;
        say(`DIFFERS ${op.name}\n  base: ${a.slice(0, 600)}\n  this: ${b.slice(0, 600)}`);
      }
    }
    report.push(`same answers: ${ops.length - differing} of ${ops.length} search operations byte for byte`);
    failed = differing > 0;

    const bodies = new Map([
      [base, JSON.stringify(benchSearch.ours)],
      [next, JSON.stringify(benchSearch.ours)],
      [rawSide, JSON.stringify({ name: 'fullTextSearch' })],
    ]);
    for (const side of sides) for (let i = 0; i < 10; i++) await side.http.post(bodies.get(side));
    const timed = new Map(sides.map((s) => [s, { latency: [], cpu: 0, neo: 0 }]));
    const during = [];
    for (let round = 0; round < args.rounds; round++) {
      const order = sides.map((_, i) => sides[(i + round) % sides.length]);
      for (const side of order) {
        const cell = timed.get(side);
        const [cpu0, neo0] = [cpuMs(side.pid), cpuMs(embedded.pid)];
        for (let i = 0; i < args.requests; i++) {
          const start = performance.now();
          const error = await side.http.post(bodies.get(side));
          if (error) throw new Error(`${side.name}: ${error}`);
          cell.latency.push(performance.now() - start);
        }
        cell.cpu += cpuMs(side.pid) - cpu0;
        cell.neo += cpuMs(embedded.pid) - neo0;
      }
      during.push(loadavg().split(' ')[0]);
      say(`round ${round + 1} of ${args.rounds}`);
    }
    const calls = args.rounds * args.requests;
    const b = timed.get(base);
    const t = timed.get(next);
    const h = timed.get(rawSide);
    const f = (v) => v.toFixed(2);
    report.push(
      `1-minute load average after each round: ${during.join(', ')}; after: ${loadavg()}`,
      '',
      `fullTextSearch ("${variables.searchText}", first 20), ${args.rounds} interleaved rounds × ${args.requests} requests per side, 1 client:`,
      '',
      '| Side | p50 ms | API CPU ms/request | Neo4j CPU ms/request |',
      '| --- | ---: | ---: | ---: |',
      ...[base, next, rawSide].map((s) => {
        const c = timed.get(s);
        return `| ${s.name} | ${f(median(c.latency))} | ${f(c.cpu / calls)} | ${f(c.neo / calls)} |`;
      }),
      '',
      `this/base: p50 ${f(median(t.latency) / median(b.latency))}, API CPU ${f(t.cpu / b.cpu)}; ` +
        `over raw HTTP: base ${f(median(b.latency) / median(h.latency))}, this ${f(median(t.latency) / median(h.latency))}`,
    );
  } finally {
    for (const side of sides) await side.stop();
    await db.close();
  }
} finally {
  await embedded.stop();
  if (!args.store) rmSync(home, { recursive: true, force: true });
}
process.stdout.write(`${report.join('\n')}\n`);
if (failed) process.exitCode = 1;
