#!/usr/bin/env node
/**
 * Where the API process spends its CPU on one bench operation: starts `ROOT/dist/server/main.js`
 * under `node --cpu-prof` against a running Neo4j (NEO4J_URI: no seeding, no warm-up,
 * production mode, no rate limit), sends the operation `--requests` times with one client
 * after 50 warm-up calls, stops the server and prints the summary of the profile's samples taken
 * while those requests ran (scripts/cpu-profile-summary.mjs --window), with the CPU time per
 * request read from /proc.
 *
 *   npm run build && node scripts/profile-api-cpu.mjs --uri bolt://127.0.0.1:7687 \
 *     --password-file DIR/neo4j-password --query connectionPath [--requests 500] [--root DIR] [--out DIR]
 *
 * The variables are the bench's (dist/bench/bench-queries.js, read from the graph), so the
 * database should hold a bench corpus. `--root` profiles another build (e.g. a base checkout).
 */
/* global fetch */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = {
    uri: null,
    passwordFile: null,
    query: null,
    requests: 500,
    root: path.resolve(here, '..'),
    out: '/tmp/perjanjian-api-cpu',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--uri') args.uri = value;
    else if (name === '--password-file') args.passwordFile = value;
    else if (name === '--query') args.query = value;
    else if (name === '--requests') args.requests = Number(value);
    else if (name === '--root') args.root = path.resolve(value);
    else if (name === '--out') args.out = path.resolve(value);
    else throw new Error(`unknown option ${name}`);
  }
  if (!args.uri || !args.passwordFile || !args.query) {
    throw new Error(
      'usage: profile-api-cpu.mjs --uri URI --password-file FILE --query NAME [--requests N] [--root DIR] [--out DIR]',
    );
  }
  return args;
}

const { cpuMs, startApiProcess } = await import(path.join(here, '..', 'dist/bench/api-process.js'));

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const password = readFileSync(args.passwordFile, 'utf8').trim();
  const { benchQueries, chooseVariables } = await import(path.join(args.root, 'dist/bench/bench-queries.js'));
  const { connectNeo4j } = await import(path.join(args.root, 'dist/graph/driver.js'));
  const { silentLogger } = await import(path.join(args.root, 'dist/support/logger.js'));
  const db = await connectNeo4j(
    { uri: args.uri, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 30_000 },
    silentLogger,
  );
  const query = benchQueries(await chooseVariables(db)).find((q) => q.name === args.query);
  await db.close();
  if (!query) throw new Error(`no bench query named ${args.query}`);
  mkdirSync(args.out, { recursive: true });
  const name = `${path.basename(args.root)}-${args.query}-${Date.now()}.cpuprofile`;
  const api = await startApiProcess({
    root: args.root,
    neo4j: { uri: args.uri, password },
    cpuProfile: { dir: args.out, name },
  });
  const url = api.url;
  const body = JSON.stringify(query.ours);
  const post = async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"'))
      throw new Error(`answered ${res.status}: ${text.slice(0, 300)}`);
  };
  for (let i = 0; i < 50; i++) await post();
  const cpu0 = cpuMs(api.pid);
  const fromUs = process.hrtime.bigint() / 1000n;
  const started = performance.now();
  for (let i = 0; i < args.requests; i++) await post();
  const elapsed = performance.now() - started;
  const cpu = cpuMs(api.pid) - cpu0;
  const toUs = process.hrtime.bigint() / 1000n;
  await api.stop();
  process.stdout.write(
    `${args.query} on ${args.root}: ${args.requests} requests, ${(elapsed / args.requests).toFixed(2)} ms each (mean, 1 client), API CPU ${(cpu / args.requests).toFixed(2)} ms per request\n\n`,
  );
  process.stdout.write(
    execFileSync(process.execPath, [
      path.join(here, 'cpu-profile-summary.mjs'),
      path.join(args.out, name),
      '--window',
      `${fromUs},${toUs}`,
      '--top',
      '25',
    ]).toString(),
  );
}

main().catch((error) => {
  process.stderr.write(
    `profile-api-cpu: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
  );
  process.exitCode = 1;
});
