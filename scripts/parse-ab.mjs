#!/usr/bin/env node
/**
 * Parser throughput of two (or more) builds side by side, in one process, rounds interleaved:
 * each round parses every text of DIR once with each build in turn. Reports docs/s of wall time
 * and docs per CPU-second (process.cpuUsage): on a shared host the wall rate follows the other
 * load, the CPU rate and the ratio of the builds much less. Results are not kept (parse-bench's
 * pool keeps them, which adds garbage-collection work that grows with the corpus).
 *
 *   cp -r dist /tmp/parse-old            # before the change (node_modules is not needed)
 *   npm run build
 *   node scripts/parse-ab.mjs --corpus DIR [--rounds 5] [--limit N] [--workers W] /tmp/parse-old dist
 *
 * The first build named is the reference of the ratios. Two warm-up passes per build come first.
 * `--workers W` (default 1: this thread) parses in W worker threads per build, each its share of
 * the texts (every W-th), all started and warmed before the first round; a round's time is from
 * telling a build's workers to start to the last one finishing, and its CPU time is the whole
 * process's (all threads), so docs per CPU-second stays comparable with one thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (!isMainThread) {
  // A worker: parse its share with one build's parser whenever told to.
  const { build, files } = workerData;
  const parse = (await import(pathToFileURL(path.resolve(build, 'parsing/index.js')).href)).parseAgreement;
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  parentPort.on('message', () => {
    for (const t of texts) {
      try {
        parse(t);
      } catch {
        // counted
      }
    }
    parentPort.postMessage('done');
  });
  parentPort.postMessage('ready');
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = option('corpus');
const rounds = Number(option('rounds', '5'));
const limit = Number(option('limit', 'Infinity'));
const workers = Number(option('workers', '1'));
const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (isMainThread && (!dir || builds.length === 0 || !(rounds >= 1) || !(workers >= 1))) {
  process.stderr.write(
    'usage: node scripts/parse-ab.mjs --corpus DIR [--rounds 5] [--limit N] [--workers W] BUILD_DIR...\n',
  );
  process.exit(2);
}
const files = isMainThread
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, limit)
      .map((f) => path.join(dir, f))
  : [];
const texts = isMainThread && workers === 1 ? files.map((f) => fs.readFileSync(f, 'utf8')) : [];
/** One pass over the corpus per build: in this thread, or in that build's workers. */
const passes = [];
for (const b of isMainThread ? builds : []) {
  if (workers === 1) {
    const parse = (await import(pathToFileURL(path.resolve(b, 'parsing/index.js')).href)).parseAgreement;
    // A refused text counts like a parsed one (both are the parser's work).
    passes.push(async () => {
      for (const t of texts) {
        try {
          parse(t);
        } catch {
          // counted
        }
      }
    });
    continue;
  }
  const pool = await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { build: b, files: files.filter((_, i) => i % workers === w) },
      });
      await new Promise((resolve) => worker.once('message', resolve));
      return worker;
    }),
  );
  passes.push(() =>
    Promise.all(
      pool.map((worker) => {
        const done = new Promise((resolve) => worker.once('message', resolve));
        worker.postMessage('go');
        return done;
      }),
    ),
  );
}
if (!isMainThread) await new Promise(() => {}); // a worker lives on its messages
for (let w = 0; w < 2; w++) for (const p of passes) await p();
const wall = builds.map(() => []);
const cpu = builds.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, p] of passes.entries()) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await p();
    const c = process.cpuUsage(c0);
    wall[i].push((files.length * 1000) / (performance.now() - t0));
    cpu[i].push((files.length * 1e6) / (c.user + c.system));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(
  `${files.length} texts from ${dir}, ${workers === 1 ? 'this thread' : `${workers} worker threads per build`}, ${rounds} interleaved rounds, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
builds.forEach((b, i) => {
  const w = median(wall[i]);
  const c = median(cpu[i]);
  // The same round's ratio to the first build, whose load was closest in time: its median.
  const paired = median(cpu[i].map((x, r) => x / cpu[0][r]));
  console.log(
    `${b}: wall ${w.toFixed(0)} docs/s (${fmt(wall[i])}) x${(w / median(wall[0])).toFixed(3)}; ` +
      `CPU ${c.toFixed(0)} docs/CPU-s (${fmt(cpu[i])}) x${(c / median(cpu[0])).toFixed(3)}, ` +
      `paired by round x${paired.toFixed(3)}`,
  );
});
process.exit(0); // the workers, if any, end with the process
