#!/usr/bin/env node
/**
 * A/B of two builds of the write side on whole bulk loads, interleaved in one process against one
 * embedded Neo4j (issue 13; docs/loading.md "Where a bulk load's time goes"). Each build is a
 * `tsc -p tsconfig.build.json --outDir dist/ab/<name>` of the variant to compare (under dist/,
 * which lint and Prettier skip); the database, parser and snapshot come from dist/. The texts are parsed once, up front, so a load is
 * the writes only. Before the measured loads, one discarded load per build (JIT, plans). Each
 * load: wipe, `loadAgreementsInBulk` of the first N texts with 200 per transaction, then the graph
 * snapshot's sha256 (load times left out), so "same graph" is checked on every load.
 *
 *   node scripts/ab-bulk-load.mjs --corpus DIR --a dist/ab/a --b dist/ab/b \
 *     [--agreements 1000] [--order ABBAAB] [--bolt-port 17955]
 *
 * Prints per load: wall time, docs/s, Neo4j's CPU ms per document (/proc/<jvm>/stat) and Node's
 * (process.cpuUsage), the snapshot hash and the load average; then medians per build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = option('corpus');
const builds = { A: option('a'), B: option('b') };
if (!dir || !builds.A || !builds.B) {
  process.stderr.write(
    'usage: node scripts/ab-bulk-load.mjs --corpus DIR --a BUILD_DIR --b BUILD_DIR [--agreements N] [--order ABBAAB] [--bolt-port P]\n',
  );
  process.exit(2);
}
const n = Number(option('agreements', '1000'));
const order = option('order', 'ABBAAB');
const fromDist = (p) => import(path.join(root, 'dist', p));
const { connectNeo4j } = await fromDist('graph/driver.js');
const { startEmbeddedNeo4j } = await fromDist('graph/embedded-neo4j.js');
const { applySchema } = await fromDist('graph/apply-schema.js');
const { wipeGraph } = await fromDist('graph/wipe-graph.js');
const { loadConfig } = await fromDist('server/config.js');
const { createLogger } = await fromDist('support/logger.js');
const { parseAgreement } = await fromDist('parsing/index.js');
const { sha256 } = await fromDist('graph/graph-ids.js');
const { graphSnapshot } = await fromDist('graph/graph-snapshot.js');
const loaders = {};
for (const [name, build] of Object.entries(builds)) {
  loaders[name] = (
    await import(path.resolve(build, 'ingest/load-agreements-in-bulk.js'))
  ).loadAgreementsInBulk;
}

const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, n);
const texts = names.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const parsed = texts.map((t) => parseAgreement(t));
const input = async (i) => ({
  contentHash: sha256(texts[i]),
  input: { text: texts[i], sourceName: names[i] },
  agreement: parsed[i],
});
const out = (s) => process.stdout.write(`${s}\n`);
const config = loadConfig();
const log = createLogger('warn', { component: 'ab-bulk-load' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-ab-load-'));
const embedded = await startEmbeddedNeo4j(
  {
    ...config.neo4j.embedded,
    dataDir,
    boltPort: Number(option('bolt-port', '0')),
    restart: null,
    heap: '1g',
    pageCache: '256m',
  },
  log,
);
const db = await connectNeo4j(
  { ...config.neo4j, uri: embedded.uri, username: embedded.username, password: embedded.password },
  log,
);
const jvmCpuMs = () => {
  const fields = fs.readFileSync(`/proc/${embedded.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
};
const nodeCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
try {
  await applySchema(db);
  for (const name of Object.keys(builds)) {
    await wipeGraph(db);
    await loaders[name](db, n, input);
  }
  for (const name of order) {
    await wipeGraph(db);
    const jvm0 = jvmCpuMs();
    const node0 = nodeCpuMs();
    const start = performance.now();
    const outcomes = await loaders[name](db, n, input, { batchSize: 200 });
    const wall = performance.now() - start;
    const jvm = (jvmCpuMs() - jvm0) / n;
    const node = (nodeCpuMs() - node0) / n;
    const snapshot = await graphSnapshot(db, { omitLoadTimes: true });
    const r = (results[name] ??= { wall: [], jvm: [] });
    r.wall.push(wall);
    r.jvm.push(jvm);
    const created = outcomes.filter((o) => o.ok && o.result.status === 'CREATED').length;
    out(
      `${name}: ${(wall / 1000).toFixed(1)} s = ${((n * 1000) / wall).toFixed(0)} docs/s; CPU per document: Neo4j ${jvm.toFixed(1)} ms, ` +
        `Node ${node.toFixed(1)} ms; created ${created}; snapshot sha256 ${sha256(snapshot).slice(0, 12)} ` +
        `(${snapshot.split('\n').length} lines); load average ${os.loadavg()[0].toFixed(1)}`,
    );
  }
  for (const [name, r] of Object.entries(results)) {
    out(
      `${name}: median ${(median(r.wall) / 1000).toFixed(1)} s, Neo4j CPU ${median(r.jvm).toFixed(1)} ms per document`,
    );
  }
} finally {
  await db.close();
  await embedded.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
