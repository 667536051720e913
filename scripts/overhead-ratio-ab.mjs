#!/usr/bin/env node
/**
 * Ours against raw over HTTP, for two builds in one run: how much a request costs beyond its
 * statement, before and after a change. Four servers on one running Neo4j, each its own
 * process: each build's API (`ROOT/dist/server/main.js`, as answer-ab.js starts them) and each
 * build's raw-HTTP side (`ROOT/dist/bench/raw-http-main.js`: the bench's hand-written Cypher
 * through that build's db.read, written out as JSON). The bench's operations go to all four,
 * one client, in interleaved rounds (the order rotates each round); per cell the median latency
 * and the server process's CPU per request (/proc).
 *
 *   npm run build && node scripts/overhead-ratio-ab.mjs --uri bolt://127.0.0.1:7687 \
 *     --password-file DIR/neo4j-password --base /tmp/base [--requests 30] [--rounds 6]
 *     [--queries connectionPath,expiringAgreements,agreementsPage50]
 *
 * The database should hold a bench corpus (the variables are read from it as the bench does).
 * Compare ratios within one run: the machine's load moves the milliseconds.
 */
/* global fetch */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const thisRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = {
    uri: null,
    passwordFile: null,
    base: null,
    requests: 30,
    rounds: 6,
    queries: ['connectionPath', 'expiringAgreements', 'agreementsPage50'],
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--uri') args.uri = value;
    else if (name === '--password-file') args.passwordFile = value;
    else if (name === '--base') args.base = path.resolve(value);
    else if (name === '--requests') args.requests = Number(value);
    else if (name === '--rounds') args.rounds = Number(value);
    else if (name === '--queries') args.queries = value.split(',');
    else throw new Error(`unknown option ${name}`);
  }
  if (!args.uri || !args.passwordFile || !args.base) {
    throw new Error(
      'usage: overhead-ratio-ab.mjs --uri URI --password-file FILE --base DIR [--requests N] [--rounds N] [--queries a,b]',
    );
  }
  return args;
}

const { cpuMs, startApiProcess } = await import(path.join(thisRoot, 'dist/bench/api-process.js'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The build's API against the Neo4j, as answer-ab.js starts it. */
async function startApi(root, neo4j) {
  const api = await startApiProcess({ root, neo4j });
  return { url: api.url, pid: api.pid, close: () => api.stop() };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const password = readFileSync(args.passwordFile, 'utf8').trim();
  const neo4j = { uri: args.uri, password };
  const { benchQueries, chooseVariables } = await import(path.join(thisRoot, 'dist/bench/bench-queries.js'));
  const { connectNeo4j } = await import(path.join(thisRoot, 'dist/graph/driver.js'));
  const { silentLogger } = await import(path.join(thisRoot, 'dist/support/logger.js'));
  const db = await connectNeo4j(
    { uri: args.uri, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 30_000 },
    silentLogger,
  );
  const variables = await chooseVariables(db);
  await db.close();
  const queries = benchQueries(variables).filter((q) => args.queries.includes(q.name));
  const sides = [];
  try {
    for (const [build, root] of [
      ['base', args.base],
      ['this', thisRoot],
    ]) {
      const api = await startApi(root, neo4j);
      sides.push({ name: `ours ${build}`, ...api, body: (q) => JSON.stringify(q.ours) });
      const { startRawHttpProcess } = await import(path.join(root, 'dist/bench/raw-http-server.js'));
      const raw = await startRawHttpProcess({
        uri: args.uri,
        username: 'neo4j',
        password,
        database: 'neo4j',
        queryTimeoutMs: 30_000,
        variables,
      });
      sides.push({ name: `raw HTTP ${build}`, ...raw, body: (q) => JSON.stringify({ name: q.name }) });
    }
    const post = async (side, body) => {
      const res = await fetch(side.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors"')) {
        throw new Error(`${side.name} answered ${res.status}: ${text.slice(0, 300)}`);
      }
    };
    for (const q of queries)
      for (const side of sides) for (let i = 0; i < 20; i++) await post(side, side.body(q));
    const latency = new Map();
    const cpu = new Map();
    for (let round = 0; round < args.rounds; round++) {
      const order = sides.map((_, i) => sides[(i + round) % sides.length]);
      for (const q of queries) {
        for (const side of order) {
          const key = `${q.name}\u0000${side.name}`;
          const list = latency.get(key) ?? [];
          const body = side.body(q);
          const before = cpuMs(side.pid);
          for (let i = 0; i < args.requests; i++) {
            const start = performance.now();
            await post(side, body);
            list.push(performance.now() - start);
          }
          cpu.set(key, (cpu.get(key) ?? 0) + cpuMs(side.pid) - before);
          latency.set(key, list);
        }
      }
      process.stderr.write(`overhead-ratio-ab: round ${round + 1} of ${args.rounds}\n`);
    }
    const calls = args.rounds * args.requests;
    const cell = (q, side) => ({
      lat: median(latency.get(`${q.name}\u0000${side}`)),
      cpu: cpu.get(`${q.name}\u0000${side}`) / calls,
    });
    const lines = [
      `Median latency (ms) and server CPU per request (ms), ${args.rounds} × ${args.requests} requests per cell, 1 client, interleaved.`,
      '',
      '| Query | ours base | raw HTTP base | ours/raw HTTP base | ours this | raw HTTP this | ours/raw HTTP this | ours this/base |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const q of queries) {
      const [ob, rb, ot, rt] = ['ours base', 'raw HTTP base', 'ours this', 'raw HTTP this'].map((s) =>
        cell(q, s),
      );
      const f = (c) => `${c.lat.toFixed(2)} / ${c.cpu.toFixed(2)}`;
      const r = (a, b) => `${(a.lat / b.lat).toFixed(2)} / ${(a.cpu / b.cpu).toFixed(2)}`;
      lines.push(
        `| ${q.name} | ${f(ob)} | ${f(rb)} | ${r(ob, rb)} | ${f(ot)} | ${f(rt)} | ${r(ot, rt)} | ${r(ot, ob)} |`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const side of sides) await side.close();
  }
}

main().catch((error) => {
  process.stderr.write(
    `overhead-ratio-ab: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
  );
  process.exitCode = 1;
});
