#!/usr/bin/env node
/**
 * Where a process spent its CPU, from a V8 `.cpuprofile` (`node --cpu-prof`, or answer-ab.js
 * --cpu-prof DIR): self time summed per package (node_modules/<name>, our src/ folders, Node's
 * internals, garbage collection, idle) and per function, largest first.
 *
 *   node scripts/cpu-profile-summary.mjs PROFILE.cpuprofile [--top 30] [--match TEXT] [--inclusive A,B,…]
 *     [--callers NAME] [--window FROM_US,TO_US]
 *
 * `--match` keeps only samples whose stack contains a frame whose function or file includes
 * TEXT (e.g. `executeHTTPGraphQLRequest` for the GraphQL requests only), so the shares are of
 * that work. `--inclusive` adds the time spent under each named function (its callees included),
 * e.g. `didResolveOperation,createLoaders,executeQuery`. Shares are of the non-idle samples
 * (after --match); the idle time is printed apart. `--callers NAME` lists who calls the function
 * NAME (its self time by the four nearest frames above it outside Node's own modules), e.g.
 * `writeBuffer` for the socket writes. `--window` keeps the samples taken between two moments of
 * the monotonic clock, in microseconds (process.hrtime.bigint() / 1000n in any process on the
 * machine), e.g. only the timed requests of a run.
 */
import { readFileSync } from 'node:fs';

function parseArgs(argv) {
  const args = { file: null, top: 30, match: null, inclusive: [], callers: null, window: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--top') args.top = Number(argv[++i]);
    else if (arg === '--match') args.match = argv[++i];
    else if (arg === '--callers') args.callers = argv[++i];
    else if (arg === '--window') args.window = argv[++i].split(',').map(Number);
    else if (arg === '--inclusive') args.inclusive = argv[++i].split(',').filter(Boolean);
    else if (!args.file) args.file = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (!args.file || !Number.isInteger(args.top) || args.top < 1) {
    throw new Error(
      'usage: cpu-profile-summary.mjs PROFILE.cpuprofile [--top N] [--match TEXT] [--inclusive A,B,…]',
    );
  }
  return args;
}

/** The package a frame belongs to: node_modules/<name>, dist/<folder> (ours), node:internal, or V8's own. */
function packageOf(frame) {
  const url = frame.url ?? '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const dist = url.match(/\/dist\/([^/]+)\//);
  if (dist) return `ours: ${dist[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  if (!url) return `(${frame.functionName || 'native'})`;
  return url;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const profile = JSON.parse(readFileSync(args.file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackMatches = new Map();
  const matches = (id) => {
    if (!args.match) return true;
    if (stackMatches.has(id)) return stackMatches.get(id);
    const node = byId.get(id);
    const frame = node.callFrame;
    const here = frame.functionName.includes(args.match) || (frame.url ?? '').includes(args.match);
    const up = parent.get(id);
    const result = here || (up !== undefined && matches(up));
    stackMatches.set(id, result);
    return result;
  };
  // Time per sample: the deltas (microseconds) belong to the sample they precede.
  /** Whether the stack of node `id` has a frame whose function is named `name`. */
  const under = (id, name) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at).callFrame.functionName === name) return true;
    }
    return false;
  };
  const inclusiveUs = new Map(args.inclusive.map((name) => [name, 0]));
  const callerUs = new Map();
  const frameName = (frame) =>
    `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${frame.lineNumber + 1}`;
  const selfUs = new Map();
  let total = 0;
  let idle = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const us = profile.timeDeltas[i + 1] ?? 0;
    // The samples between two moments of CLOCK_MONOTONIC (process.hrtime in microseconds).
    if (args.window && (at < args.window[0] || at > args.window[1])) return;
    const node = byId.get(id);
    if (node.callFrame.functionName === '(idle)') {
      idle += us;
      return;
    }
    if (node.callFrame.functionName === '(program)' && args.match) return;
    if (!matches(id)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
    total += us;
    for (const name of args.inclusive) if (under(id, name)) inclusiveUs.set(name, inclusiveUs.get(name) + us);
    if (args.callers && node.callFrame.functionName === args.callers) {
      const chain = [];
      for (let at = parent.get(id); at !== undefined && chain.length < 4; at = parent.get(at)) {
        const frame = byId.get(at).callFrame;
        // Node's own stream and socket layers say little about who wrote; skip to the caller.
        if (!(frame.url ?? '').startsWith('node:')) chain.push(frameName(frame));
      }
      const key = chain.join(' < ');
      callerUs.set(key, (callerUs.get(key) ?? 0) + us);
    }
  });
  const perPackage = new Map();
  const perFunction = new Map();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id).callFrame;
    const pkg = packageOf(frame);
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + us);
    const name = frameName(frame);
    perFunction.set(name, (perFunction.get(name) ?? 0) + us);
  }
  const share = (us) => `${((100 * us) / total).toFixed(1)}%`;
  const ms = (us) => (us / 1000).toFixed(0);
  const lines = [
    `${args.file}: ${ms(total)} ms of CPU${args.match ? ` under frames matching "${args.match}"` : ''} (idle ${ms(idle)} ms apart)`,
    '',
    '| Package | ms | share |',
    '| --- | ---: | ---: |',
    ...[...perPackage]
      .sort((a, b) => b[1] - a[1])
      .map(([pkg, us]) => `| ${pkg} | ${ms(us)} | ${share(us)} |`),
    ...(args.inclusive.length
      ? [
          '',
          '| Under function (inclusive) | ms | share |',
          '| --- | ---: | ---: |',
          ...args.inclusive.map(
            (name) => `| ${name} | ${ms(inclusiveUs.get(name))} | ${share(inclusiveUs.get(name))} |`,
          ),
        ]
      : []),
    ...(args.callers
      ? [
          '',
          `| Callers of ${args.callers} (nearest first) | ms | share |`,
          '| --- | ---: | ---: |',
          ...[...callerUs]
            .sort((a, b) => b[1] - a[1])
            .slice(0, args.top)
            .map(([chain, us]) => `| ${chain.replace(/\|/g, '\\|')} | ${ms(us)} | ${share(us)} |`),
        ]
      : []),
    '',
    `| Function (self time, top ${args.top}) | ms | share |`,
    '| --- | ---: | ---: |',
    ...[...perFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, args.top)
      .map(([name, us]) => `| ${name.replace(/\|/g, '\\|')} | ${ms(us)} | ${share(us)} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
