/**
 * npm run bench -- [--sizes 1000,10000] [--clients 1,16] [--out BENCHMARKS.md] [--rounds 3]
 *                  [--requests 20] [--max-cell-seconds 8] [--seed 7] [--no-profile]
 *                  [--sides ours,cold,raw,rawHttp,peer] [--queries NAME,...] [--warmup 5]
 *                  [--heap 2g] [--page-cache 1g] [--timeout-seconds 120] [--parse-sample 10000]
 *                  [--no-first-calls]
 *
 * For each size: a fresh embedded Neo4j in a temporary directory (never data/neo4j), a generated
 * corpus, the graph built from its texts, then the fixed query set on our API, the raw Cypher (in
 * process and over HTTP) and @neo4j/graphql, interleaved; then Neo4j is stopped and the API is
 * started on the same store as `npm start` would, and the first call of every examples/
 * operation is timed (first-calls.ts). Writes BENCHMARKS.md (keeping its hand-written analysis).
 * Everything listens on 127.0.0.1 only; every loop is bounded in count and time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileName } from '../corpus/generate-corpus.js';
import { connectNeo4j } from '../graph/driver.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { defaultParseWorkers } from '../ingest/parse-pool.js';
import { loadConfig, projectRoot } from '../server/config.js';
import { createLogger } from '../support/logger.js';
import { parseBenchArgs } from './parse-bench-args.js';
import { measureFirstCalls } from './first-calls.js';
import { measureSize, type SizeResult } from './measure-size.js';
import { extractAnalysis, renderReport } from './render-report.js';

function packageVersion(name: string): string {
  try {
    const file = path.join(projectRoot(), 'node_modules', ...name.split('/'), 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Where the first-ingest text of a size is written: the agreement the generator makes right after
 * the corpus (write-bench-corpus.ts), so the ingest creates an agreement at every size and the
 * whole write path runs.
 */
function firstIngestFile(home: string, size: number): string {
  return path.join(home, 'first-ingest', `not-in-corpus-${fileName(size, size + 1)}`);
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; the load averages below show how busy it was`;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const log = createLogger('warn', { component: 'bench' });
  const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const results: SizeResult[] = [];
  let neo4jVersion = 'unknown';
  for (const size of args.sizes) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-bench-'));
    say(`size ${size}: embedded Neo4j in ${home}`);
    const embedded = await startEmbeddedNeo4j(
      {
        ...config.neo4j.embedded,
        dataDir: path.join(home, 'neo4j'),
        boltPort: 0,
        heap: args.heap,
        pageCache: args.pageCache,
        txTimeoutSeconds: args.timeoutSeconds,
      },
      log,
    );
    neo4jVersion = embedded.version;
    const db = await connectNeo4j(
      {
        ...config.neo4j,
        uri: embedded.uri,
        username: embedded.username,
        password: embedded.password,
        queryTimeoutMs: args.timeoutSeconds * 1000,
      },
      log,
    );
    let stopped = false;
    try {
      const result = await measureSize({
        db,
        agreements: size,
        corpusSeed: args.seed,
        corpusDir: path.join(home, 'corpus'),
        clients: args.clients,
        rounds: args.rounds,
        requestsPerCell: args.requests,
        maxCellMs: args.maxCellSeconds * 1000,
        warmupRequests: args.warmup,
        neo4jPid: embedded.pid,
        neo4jHome: path.join(home, 'neo4j'),
        profile: args.profile,
        connection: { uri: embedded.uri, username: embedded.username, password: embedded.password },
        sides: args.sides,
        queries: args.queries ?? undefined,
        requestTimeoutMs: args.timeoutSeconds * 1000,
        parseSample: args.parseSample,
        firstIngestFile: firstIngestFile(home, size),
        onProgress: (line) => say(`${size}: ${line}`),
      });
      await db.close();
      await embedded.stop();
      stopped = true;
      let firstCalls = null;
      if (args.firstCalls) {
        say(`${size}: first calls after a fresh start of the API on this store`);
        firstCalls = await measureFirstCalls({
          env: {
            NEO4J_DATA_DIR: path.join(home, 'neo4j'),
            NEO4J_BOLT_PORT: '0',
            NEO4J_HEAP: args.heap,
            NEO4J_PAGECACHE: args.pageCache,
            NEO4J_TX_TIMEOUT_SECONDS: String(args.timeoutSeconds),
          },
          ingestFile: firstIngestFile(home, size),
        });
        say(
          `${size}: ready after ${firstCalls.startSeconds.toFixed(1)} s; first ingest ${firstCalls.ingest.ms.toFixed(0)} ms (${firstCalls.ingest.status ?? firstCalls.ingest.error})`,
        );
      }
      results.push({ ...result, firstCalls });
    } finally {
      if (!stopped) {
        await db.close();
        await embedded.stop();
      }
      rmSync(home, { recursive: true, force: true });
    }
  }
  const outFile = path.resolve(args.out);
  const previous = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
  const report = renderReport(results, {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: machine(),
    versions: {
      'Neo4j (embedded Community)': neo4jVersion,
      '@neo4j/graphql': packageVersion('@neo4j/graphql'),
      '@apollo/server': packageVersion('@apollo/server'),
      graphql: packageVersion('graphql'),
      'type-graphql': packageVersion('type-graphql'),
      'neo4j-driver': packageVersion('neo4j-driver'),
    },
    settings: `${args.rounds} interleaved rounds; per (query, side, round) ${args.requests} calls with 1 client and max(${args.requests}, 4 × clients) with more, each batch capped at ${args.maxCellSeconds} s; ${args.warmup} warm-up calls per query and side (plus one per client); sides ${args.sides.join(', ')}; corpus seed ${args.seed}; parse throughput on at most ${args.parseSample} texts, each read from its file and parsed, on one thread, as a seed parses on this host (PARSE_WORKERS default ${defaultParseWorkers()}${defaultParseWorkers() === 1 ? ': the main thread' : ' workers'}) and in a pool of one worker per core when that differs; Neo4j heap ${args.heap}, page cache ${args.pageCache}; calls time out after ${args.timeoutSeconds} s`,
    analysis: extractAnalysis(previous),
  });
  writeFileSync(outFile, `${report}\n`);
  say(`wrote ${outFile}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
