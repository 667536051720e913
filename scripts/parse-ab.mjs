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
 *   node scripts/parse-ab.mjs --corpus DIR [--rounds 5] [--limit N] /tmp/parse-old dist
 *
 * The first build named is the reference of the ratios. Two warm-up passes per build come first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = option('corpus');
const rounds = Number(option('rounds', '5'));
const limit = Number(option('limit', 'Infinity'));
const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir || builds.length === 0 || !(rounds >= 1)) {
  process.stderr.write(
    'usage: node scripts/parse-ab.mjs --corpus DIR [--rounds 5] [--limit N] BUILD_DIR...\n',
  );
  process.exit(2);
}
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, limit)
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const parsers = [];
for (const b of builds) {
  parsers.push((await import(pathToFileURL(path.resolve(b, 'parsing/index.js')).href)).parseAgreement);
}
/** One pass over the corpus; a refused text counts like a parsed one (both are the parser's work). */
function pass(parse) {
  for (const t of texts) {
    try {
      parse(t);
    } catch {
      // counted
    }
  }
}
for (let w = 0; w < 2; w++) for (const p of parsers) pass(p);
const wall = builds.map(() => []);
const cpu = builds.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, p] of parsers.entries()) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    pass(p);
    const c = process.cpuUsage(c0);
    wall[i].push((texts.length * 1000) / (performance.now() - t0));
    cpu[i].push((texts.length * 1e6) / (c.user + c.system));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(
  `${texts.length} texts from ${dir}, ${rounds} interleaved rounds, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
builds.forEach((b, i) => {
  const w = median(wall[i]);
  const c = median(cpu[i]);
  console.log(
    `${b}: wall ${w.toFixed(0)} docs/s (${fmt(wall[i])}) x${(w / median(wall[0])).toFixed(3)}; ` +
      `CPU ${c.toFixed(0)} docs/CPU-s (${fmt(cpu[i])}) x${(c / median(cpu[0])).toFixed(3)}`,
  );
});
