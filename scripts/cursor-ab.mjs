#!/usr/bin/env node
/**
 * What a page's cursors cost: `toConnection` of a 50-item page through the base build's and this
 * build's `dist/graphql/types/connection.type.js`, in interleaved rounds (the order flips each
 * round), with no cursor read (a page that does not select `cursor`) and with every one read.
 * Reports the median CPU per call (process.cpuUsage) of each build and their ratio.
 *
 *   npm run build && node scripts/cursor-ab.mjs --base /tmp/base [--calls 20000] [--rounds 10]
 */
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const thisRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = { base: null, calls: 20000, rounds: 10 };
for (let i = 2; i < process.argv.length; i += 2) {
  const [name, value] = [process.argv[i], process.argv[i + 1]];
  if (name === '--base' && value) args.base = path.resolve(value);
  else if ((name === '--calls' || name === '--rounds') && Number.isInteger(Number(value))) {
    args[name.slice(2)] = Number(value);
  } else throw new Error('usage: cursor-ab.mjs --base DIR [--calls N] [--rounds N]');
}
if (!args.base) throw new Error('usage: cursor-ab.mjs --base DIR [--calls N] [--rounds N]');

const modulePath = 'dist/graphql/types/connection.type.js';
const builds = {
  base: await import(path.join(args.base, modulePath)),
  this: await import(path.join(thisRoot, modulePath)),
};
const items = Array.from({ length: 50 }, (_, i) => ({ id: `agreement:${i}` }));

/** Microseconds of CPU per toConnection call (and the cursors' reads, when asked). */
function run(build, readCursors) {
  const before = process.cpuUsage();
  let sink = 0;
  for (let n = 0; n < args.calls; n++) {
    const page = build.toConnection({ totalCount: 1000, offset: 100, items });
    if (readCursors) for (const edge of page.edges) sink += edge.cursor.length;
    else sink += page.edges.length;
  }
  const used = process.cpuUsage(before);
  if (sink < 0) throw new Error('unreachable');
  return (used.user + used.system) / args.calls;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const readCursors of [false, true]) {
  const times = { base: [], this: [] };
  for (let round = 0; round < args.rounds; round++) {
    for (const name of round % 2 === 0 ? ['base', 'this'] : ['this', 'base']) {
      times[name].push(run(builds[name], readCursors));
    }
  }
  const [b, t] = [median(times.base), median(times.this)];
  process.stdout.write(
    `cursors ${readCursors ? 'all read' : 'not read'}: base ${b.toFixed(2)} µs, this ${t.toFixed(2)} µs per 50-edge page (${(t / b).toFixed(2)})\n`,
  );
}
