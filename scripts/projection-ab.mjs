#!/usr/bin/env node
/**
 * What reading only the selected agreement fields saves per statement: the bench's
 * expiringAgreements and agreementsBetween, each as the whole statement (every agreement field,
 * as before) and as the statement the API now sends for the bench's selection (the resolver's
 * selectedEntries over the bench's own query), through db.read, one at a time, in interleaved
 * rounds (the order flips each round). Per cell: median latency, this process's CPU per read
 * (process.cpuUsage: decoding the rows) and Neo4j's JVM CPU per read (/proc). Checks first that
 * the selected statement answers exactly the selected fields of the whole one.
 *
 *   npm run build && node scripts/projection-ab.mjs [--agreements 10000] [--reads 200] [--rounds 8]
 *
 * Starts a private embedded Neo4j in a temporary directory with seed/ and the bench corpus
 * (withPrivateGraph), and stops it afterwards. Compare ratios within one run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import { cpuMs } from '../dist/bench/api-process.js';
import { benchQueries, chooseVariables } from '../dist/bench/bench-queries.js';
import { integerOptions, withPrivateGraph } from '../dist/bench/private-graph.js';
import {
  agreementsBetweenCypher,
  expiringAgreementsCypher,
} from '../dist/graph/read/relationship-queries.js';
import { selectedEntries } from '../dist/graphql/field-selection.js';
import { silentLogger } from '../dist/support/logger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = integerOptions(
  process.argv.slice(2),
  { agreements: 10000, reads: 200, rounds: 8 },
  'projection-ab.mjs [--agreements N] [--reads N] [--rounds N]',
);
const STATEMENTS = {
  expiringAgreements: expiringAgreementsCypher,
  agreementsBetween: agreementsBetweenCypher,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The agreement fields the API reads for this bench query (what its resolver computes). */
function fieldsOf(query) {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return selectedEntries(
    { fieldNodes: [operation.selectionSet.selections[0]], fragments: {} },
    [],
    'Agreement',
  );
}

/** The embedded Neo4j: this process's child whose command line runs the launcher. */
function neo4jPid() {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')
    .trim()
    .split(/\s+/);
  return Number(children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher')));
}

const report = await withPrivateGraph(
  { agreements: args.agreements, seed: 7, before: [path.join(root, 'seed')], log: silentLogger },
  async (db, loaded) => {
    const jvm = neo4jPid();
    const variables = await chooseVariables(db);
    const cells = [];
    for (const q of benchQueries(variables).filter((b) => b.name in STATEMENTS)) {
      const fields = fieldsOf(q.ours.query);
      const whole = STATEMENTS[q.name](null);
      const selected = STATEMENTS[q.name](fields);
      const params = q.raw.params; // already with Neo4j integers
      const [a, b] = [await db.read(whole, params), await db.read(selected, params)];
      // Neo4j's maps keep no key order, so both sides are compared with their keys sorted.
      const pick = (row, names) => Object.fromEntries(names.sort().map((f) => [f, row.agreement[f]]));
      const wanted = [...new Set(['id', ...fields])];
      const same =
        JSON.stringify(a.map((row) => pick(row, [...wanted]))) ===
        JSON.stringify(b.map((row) => pick(row, Object.keys(row.agreement))));
      if (a.length === 0 || !same) {
        throw new Error(`${q.name}: the selected statement does not answer the whole one's fields`);
      }
      cells.push({ name: q.name, fields, rows: a.length, variants: { whole, selected }, params });
    }
    const stats = new Map();
    for (const cell of cells)
      for (let i = 0; i < 20; i++)
        for (const c of Object.values(cell.variants)) await db.read(c, cell.params);
    for (let round = 0; round < args.rounds; round++) {
      const order = round % 2 === 0 ? ['whole', 'selected'] : ['selected', 'whole'];
      for (const cell of cells) {
        for (const variant of order) {
          const key = `${cell.name} ${variant}`;
          const s = stats.get(key) ?? { latency: [], cpu: 0, neo4j: 0 };
          const [cpu0, neo0] = [process.cpuUsage(), cpuMs(jvm)];
          for (let i = 0; i < args.reads; i++) {
            const start = performance.now();
            await db.read(cell.variants[variant], cell.params);
            s.latency.push(performance.now() - start);
          }
          const used = process.cpuUsage(cpu0);
          s.cpu += (used.user + used.system) / 1000;
          s.neo4j += cpuMs(jvm) - neo0;
          stats.set(key, s);
        }
      }
      process.stderr.write(`projection-ab: round ${round + 1} of ${args.rounds}\n`);
    }
    const n = args.rounds * args.reads;
    const lines = [
      `${loaded.created} agreements loaded (seeds and generated). Median latency (ms), this process's CPU and Neo4j's CPU per read (ms), ${args.rounds} × ${args.reads} reads per cell, interleaved.`,
      '',
      '| Statement | fields read | rows | latency whole | selected | ratio | client CPU whole | selected | ratio | Neo4j CPU whole | selected | ratio |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const cell of cells) {
      const w = stats.get(`${cell.name} whole`);
      const s = stats.get(`${cell.name} selected`);
      const [lw, ls] = [median(w.latency), median(s.latency)];
      const f = (v) => (v / n).toFixed(3);
      lines.push(
        `| ${cell.name} | ${new Set(['id', ...cell.fields]).size} of 15 | ${cell.rows} | ${lw.toFixed(2)} | ${ls.toFixed(2)} | ${(ls / lw).toFixed(2)} | ${f(w.cpu)} | ${f(s.cpu)} | ${(s.cpu / w.cpu).toFixed(2)} | ${f(w.neo4j)} | ${f(s.neo4j)} | ${(s.neo4j / w.neo4j).toFixed(2)} |`,
      );
    }
    return lines.join('\n');
  },
);
process.stdout.write(`${report}\n`);
