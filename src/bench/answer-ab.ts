/**
 * Two builds of this API, side by side on one database: are their answers the same byte for
 * byte, and which answers faster?
 *
 *   npm run build && node dist/bench/answer-ab.js --base /tmp/base [--agreements 1000]
 *     [--requests 20] [--rounds 6] [--seed 7] [--cpu-prof /tmp/prof] [--queries a,b]
 *
 * `--base` is the root of another checkout whose `dist/` is built (e.g. `git archive <commit> |
 * tar -x -C /tmp/base`, node_modules linked, `npx tsc -p tsconfig.build.json`). The script starts
 * a private embedded Neo4j in a temporary directory (never data/neo4j), loads seed/, and runs
 * each build's `dist/server/main.js` as its own process against it (NEO4J_URI, no seeding, no
 * warm-up, production mode so no stack traces differ). Then:
 *
 * 1. Every read operation under examples/ (ingest/ changes the graph and is left out) and the
 *    bench's own operations (bench-queries.ts) go to both; the bodies must be equal byte for
 *    byte (request ids aside), and so must the status, Content-Type and Cache-Control. Done on
 *    the seeds, and again after `--agreements` generated agreements (the bench corpus, seed 7)
 *    are added; 0 skips the corpus.
 * 2. The bench operations of issue 13 (or those `--queries` names) are timed over HTTP, one
 *    client, in interleaved rounds
 *    (each round starts with the other build), medians per build and their ratio; and the CPU
 *    time the API process and Neo4j's JVM spent on them (/proc), which the load moves less.
 *
 * With `--cpu-prof DIR` both servers run under `node --cpu-prof` and write their profiles to DIR
 * when stopped. Exits non-zero when any answer differs. The machine's load moves the
 * milliseconds: compare the ratio within one run, not numbers across runs.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../graph/apply-schema.js';
import { connectNeo4j } from '../graph/driver.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { seedPaths } from '../ingest/seed-paths.js';
import { loadConfig, projectRoot } from '../server/config.js';
import { createLogger } from '../support/logger.js';
import { benchQueries, chooseVariables } from './bench-queries.js';
import { cpuMs, startApiProcess, type ApiProcess } from './api-process.js';
import { GraphQLHttpClient } from './http-load.js';
import { writeBenchCorpus } from './write-bench-corpus.js';

const TIMED = ['agreementsPage50', 'fullTextSearch', 'connectionPath', 'expiringAgreements'];

/** Every operation the bench defines, for checking `--queries`. */
const BENCH_NAMES = benchQueries({
  agencyA: '',
  agencyB: '',
  farAgency: '',
  asOf: '2026-01-01',
  searchText: '',
}).map((q) => q.name);

interface Args {
  base: string;
  agreements: number;
  requests: number;
  rounds: number;
  seed: number;
  cpuProf: string | null;
  queries: readonly string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    base: '',
    agreements: 1000,
    requests: 20,
    rounds: 6,
    seed: 7,
    cpuProf: null,
    queries: TIMED,
  };
  const usage = `usage: answer-ab --base DIR [--agreements N] [--requests N] [--rounds N] [--seed N] [--cpu-prof DIR] [--queries ${BENCH_NAMES.join(',')}]; got ${argv.join(' ')}`;
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(usage);
    if (name === '--base') args.base = path.resolve(value);
    else if (name === '--cpu-prof') args.cpuProf = path.resolve(value);
    else if (name === '--queries') {
      args.queries = value.split(',');
      if (args.queries.some((q) => !BENCH_NAMES.includes(q))) throw new Error(usage);
    } else if (name === '--agreements' || name === '--requests' || name === '--rounds' || name === '--seed') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < (name === '--agreements' ? 0 : 1)) throw new Error(usage);
      args[name.slice(2) as 'agreements' | 'requests' | 'rounds' | 'seed'] = n;
    } else throw new Error(usage);
  }
  if (!args.base) throw new Error(usage);
  return args;
}

interface Build {
  readonly name: string;
  readonly api: ApiProcess;
  readonly http: GraphQLHttpClient;
}

/** Starts `root`/dist/server/main.js against the given Neo4j and waits for its ready line. */
async function startBuild(
  name: string,
  root: string,
  neo4j: { uri: string; username: string; password: string },
  cpuProf: string | null,
): Promise<Build> {
  const cpuProfile = cpuProf ? { dir: cpuProf, name: `${name}.cpuprofile` } : null;
  const api = await startApiProcess({ root, neo4j, cpuProfile, label: name });
  return { name, api, http: new GraphQLHttpClient(api.url, 1) };
}

async function stopBuild(build: Build): Promise<void> {
  build.http.close();
  await build.api.stop();
}

/** The read operations under examples/, as request bodies named by their file. */
function exampleBodies(root: string): { name: string; body: string }[] {
  const dir = path.join(root, 'examples');
  const out: { name: string; body: string }[] = [];
  for (const folder of readdirSync(dir).sort()) {
    if (folder === 'ingest') continue;
    for (const file of readdirSync(path.join(dir, folder)).sort()) {
      if (!file.endsWith('.graphql')) continue;
      const query = readFileSync(path.join(dir, folder, file), 'utf8');
      out.push({ name: `examples/${folder}/${file}`, body: JSON.stringify({ query }) });
    }
  }
  return out;
}

async function answer(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  // Request ids differ on every request by design; everything else must not.
  const headers = ['content-type', 'cache-control'].map((h) => `${h}: ${res.headers.get(h)}`).join('; ');
  return `${res.status} ${headers}\n${(await res.text()).replace(/"requestId":"[^"]*"/g, '"requestId":"…"')}`;
}

/** Asks both builds every operation; returns the names whose answers differ. */
async function compare(
  base: Build,
  next: Build,
  operations: readonly { name: string; body: string }[],
  say: (line: string) => void,
): Promise<string[]> {
  const differing: string[] = [];
  for (const op of operations) {
    const [a, b] = [await answer(base.api.url, op.body), await answer(next.api.url, op.body)];
    if (a !== b) {
      differing.push(op.name);
      say(`DIFFERS ${op.name}\n  base: ${a.slice(0, 400)}\n  this: ${b.slice(0, 400)}`);
    }
  }
  return differing;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const say = (line: string) => process.stderr.write(`answer-ab: ${line}\n`);
  if (args.cpuProf) mkdirSync(args.cpuProf, { recursive: true });
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const log = createLogger('warn', { component: 'answer-ab' });
  const home = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-answer-ab-'));
  const embedded = await startEmbeddedNeo4j(
    {
      ...config.neo4j.embedded,
      dataDir: path.join(home, 'neo4j'),
      boltPort: 0,
      heap: '1g',
      pageCache: '512m',
    },
    log,
  );
  const builds: Build[] = [];
  const report: string[] = [];
  let failed = false;
  try {
    const neo4j = { uri: embedded.uri, username: embedded.username, password: embedded.password };
    const db = await connectNeo4j({ ...config.neo4j, ...neo4j, queryTimeoutMs: 120_000 }, log);
    try {
      await applySchema(db);
      await seedPaths(db, [path.join(projectRoot(), 'seed')]);
      builds.push(await startBuild('base', args.base, neo4j, args.cpuProf));
      builds.push(await startBuild('this', projectRoot(), neo4j, args.cpuProf));
      const [base, next] = builds as [Build, Build];
      const examples = exampleBodies(projectRoot());
      const benchOps = () =>
        chooseVariables(db).then((v) =>
          benchQueries(v).map((q) => ({ name: `bench ${q.name}`, body: JSON.stringify(q.ours) })),
        );
      const onSeeds = [...examples, ...(await benchOps())];
      const seedDiffs = await compare(base, next, onSeeds, say);
      report.push(
        `seeds: ${onSeeds.length - seedDiffs.length} of ${onSeeds.length} operations answer the same`,
      );
      failed ||= seedDiffs.length > 0;
      let timed = await benchOps();
      if (args.agreements > 0) {
        const corpus = path.join(home, 'corpus');
        writeBenchCorpus({ dir: corpus, agreements: args.agreements, seed: args.seed });
        const summary = await seedPaths(db, [corpus]);
        say(
          `loaded ${summary.created} of ${args.agreements} generated agreements (${summary.failed} failed)`,
        );
        const onCorpus = [...examples, ...(await benchOps())];
        const corpusDiffs = await compare(base, next, onCorpus, say);
        report.push(
          `seeds + ${args.agreements} generated: ${onCorpus.length - corpusDiffs.length} of ${onCorpus.length} operations answer the same`,
        );
        failed ||= corpusDiffs.length > 0;
        timed = await benchOps();
      }
      say(report.join('; '));
      const chosen = timed.filter((op) => args.queries.some((name) => op.name === `bench ${name}`));
      for (const op of chosen) for (const b of builds) for (let i = 0; i < 5; i++) await b.http.post(op.body);
      const latencies = new Map<string, number[]>();
      // CPU milliseconds used by the API process and by Neo4j's JVM while each cell ran, summed.
      const cpu = new Map<string, { api: number; neo4j: number }>();
      for (let round = 0; round < args.rounds; round++) {
        const order = round % 2 === 0 ? [base, next] : [next, base];
        for (const op of chosen) {
          for (const b of order) {
            const key = `${op.name}\u0000${b.name}`;
            const list = latencies.get(key) ?? [];
            const [api0, neo0] = [cpuMs(b.api.pid), cpuMs(embedded.pid)];
            for (let i = 0; i < args.requests; i++) {
              const start = performance.now();
              const error = await b.http.post(op.body);
              if (error) throw new Error(`${b.name} ${op.name}: ${error}`);
              list.push(performance.now() - start);
            }
            const used = cpu.get(key) ?? { api: 0, neo4j: 0 };
            used.api += cpuMs(b.api.pid) - api0;
            used.neo4j += cpuMs(embedded.pid) - neo0;
            cpu.set(key, used);
            latencies.set(key, list);
          }
        }
        say(`round ${round + 1} of ${args.rounds}`);
      }
      const calls = args.rounds * args.requests;
      report.push(
        '',
        `Latency: median ms of ${args.rounds} × ${args.requests} requests, 1 client. CPU: ms per request (mean over the same requests) of the API process and of Neo4j's JVM.`,
        '',
        '| Query | latency base | latency this | this/base | API CPU base | API CPU this | this/base | Neo4j CPU base | Neo4j CPU this |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      );
      for (const op of chosen) {
        const a = median(latencies.get(`${op.name}\u0000base`)!);
        const b = median(latencies.get(`${op.name}\u0000this`)!);
        const ca = cpu.get(`${op.name}\u0000base`)!;
        const cb = cpu.get(`${op.name}\u0000this`)!;
        const f = (v: number) => (v / calls).toFixed(2);
        report.push(
          `| ${op.name.replace('bench ', '')} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(2)} | ${f(ca.api)} | ${f(cb.api)} | ${(cb.api / ca.api).toFixed(2)} | ${f(ca.neo4j)} | ${f(cb.neo4j)} |`,
        );
      }
    } finally {
      for (const b of builds) await stopBuild(b);
      await db.close();
    }
  } finally {
    await embedded.stop();
    rmSync(home, { recursive: true, force: true });
  }
  process.stdout.write(`${report.join('\n')}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `answer-ab: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
