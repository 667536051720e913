#!/usr/bin/env node
/**
 * The guard for refactorings of the write side: loads the same texts into an empty graph and
 * prints a fingerprint of everything written, so "the graph is byte for byte the same" is a
 * comparison of two lines instead of a belief. For each corpus (the five seeds in seed/, and
 * a generated 1,000-agreement corpus, `npm run corpus -- --agreements 1000 --seed 7`) it wipes
 * the graph, runs the seed command (`node dist/cli/seed.js DIR`, what `npm run seed` runs) and
 * prints the sha256 and line count of graphSnapshot (src/graph/graph-snapshot.ts), with
 * `SourceDocument.loadedAt` left out (the clock: the one value that differs between runs).
 *
 *   node scripts/graph-fingerprint.mjs                 # starts its own embedded Neo4j in a temp dir
 *   NEO4J_URI=bolt://127.0.0.1:7699 NEO4J_PASSWORD=… node scripts/graph-fingerprint.mjs
 *
 * With NEO4J_URI it WIPES that database. Without it, an embedded Neo4j is started on
 * NEO4J_BOLT_PORT (default: a free port) in a fresh temporary NEO4J_DATA_DIR, and removed after.
 * `--snapshot-dir DIR` also writes each snapshot to DIR/<corpus>.graph-snapshot.txt (to diff two
 * runs line by line); `--agreements N` and `--seed S` change the generated corpus.
 * Builds first (`npm run build`); the corpus is written to test-output/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'usage: node scripts/graph-fingerprint.mjs [--agreements N] [--seed S] [--snapshot-dir DIR]\n' +
      'Wipes the graph (NEO4J_URI, or a temporary embedded Neo4j), seeds seed/ and a generated corpus,\n' +
      'and prints sha256 and line count of the graph snapshot of each. See docs/graph-model.md.\n',
  );
  process.exit(0);
}
const agreements = option('--agreements', '1000');
const corpusSeed = option('--seed', '7');
const snapshotDir = option('--snapshot-dir', null);

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const corpusDir = path.join('test-output', `fingerprint-corpus-${agreements}-seed${corpusSeed}`);
if (!fs.existsSync(path.join(corpusDir, 'ground-truth.jsonl'))) {
  execFileSync(
    'node',
    ['dist/cli/corpus.js', '--agreements', agreements, '--seed', corpusSeed, '--out', corpusDir],
    { stdio: 'inherit' },
  );
}

const { connectNeo4j } = await import(path.join(root, 'dist/graph/driver.js'));
const { startEmbeddedNeo4j } = await import(path.join(root, 'dist/graph/embedded-neo4j.js'));
const { wipeGraph } = await import(path.join(root, 'dist/graph/wipe-graph.js'));
const { graphSnapshot } = await import(path.join(root, 'dist/graph/graph-snapshot.js'));
const { loadConfig } = await import(path.join(root, 'dist/server/config.js'));
const { createLogger } = await import(path.join(root, 'dist/support/logger.js'));

const config = loadConfig();
const log = createLogger('warn', { service: 'graph-fingerprint' });
let embedded;
let tempDir;
let connection;
if (config.neo4j.uri) {
  connection = { ...config.neo4j, uri: config.neo4j.uri };
} else {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-fingerprint-'));
  embedded = await startEmbeddedNeo4j(
    { ...config.neo4j.embedded, dataDir: tempDir, restart: null, heap: '1g', pageCache: '512m' },
    log,
  );
  connection = {
    ...config.neo4j,
    uri: embedded.uri,
    username: embedded.username,
    password: embedded.password,
  };
}

const db = await connectNeo4j(connection, log);
try {
  for (const [name, dir] of [
    ['seeds', 'seed'],
    [`corpus-${agreements}-seed${corpusSeed}`, corpusDir],
  ]) {
    await wipeGraph(db);
    const started = performance.now();
    execFileSync('node', ['dist/cli/seed.js', dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USERNAME: connection.username,
        NEO4J_PASSWORD: connection.password,
        LOG_LEVEL: 'warn',
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const snapshot = await graphSnapshot(db, { omitLoadTimes: true });
    const sha = createHash('sha256').update(snapshot, 'utf8').digest('hex');
    const lines = snapshot === '' ? 0 : snapshot.split('\n').length;
    if (snapshotDir) {
      fs.mkdirSync(snapshotDir, { recursive: true });
      fs.writeFileSync(path.join(snapshotDir, `${name}.graph-snapshot.txt`), `${snapshot}\n`);
    }
    process.stdout.write(`${name}: sha256 ${sha} lines ${lines} (seed command ${seconds} s)\n`);
  }
} finally {
  await db.close();
  await embedded?.stop();
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
}
