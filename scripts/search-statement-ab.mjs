#!/usr/bin/env node
/**
 * The search statement against the raw side's, on a built store (issue 13,
 * docs/search-performance.md): db hits per operator (PROFILE) and, in interleaved rounds, the
 * latency through neo4j-driver and the CPU time Neo4j's JVM spends per call (/proc).
 *
 *   npm run build && node scripts/search-statement-ab.mjs --store DIR [--text "keadaan kahar"] [--first 20]
 *     [--calls 100] [--rounds 6]
 *
 * DIR is a Neo4j home left by `node scripts/search-ab.mjs --store DIR` (its `neo4j/` holds the
 * store and the generated password). The variants are this build's searchCypher() with the
 * bench's selection (agreement title, clause number and heading), the same with every field,
 * and the raw side's statement (src/bench/peer-cypher.ts SEARCH_ROWS). Reads only.
 * EXTRA_VARIANTS=file.mjs adds the variants its `variants(params, searchText)` resolves to
 * ([name, cypher, params] triples, e.g. another build's searchCypher()), to try a rewrite first.
 * `--auto-commit` adds the bench statement run as an auto-commit transaction (`session.run`:
 * one RUN+PULL write and one round trip) instead of db.read's managed transaction (BEGIN, RUN,
 * PULL, COMMIT); the client's own CPU per call is then worth reading too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const store = option('--store', '');
if (!store) {
  process.stderr.write(
    'usage: node scripts/search-statement-ab.mjs --store DIR [--text T] [--first N] [--calls N] [--rounds N]\n',
  );
  process.exit(2);
}
const text = option('--text', 'keadaan kahar');
const first = Number(option('--first', '20'));
const calls = Number(option('--calls', '100'));
const rounds = Number(option('--rounds', '6'));

const dist = (p) => import(path.join(root, 'dist', p));
const { connectNeo4j, driverForToolsAndTests } = await dist('graph/driver.js');
const { startEmbeddedNeo4j } = await dist('graph/embedded-neo4j.js');
const { loadConfig } = await dist('server/config.js');
const { createLogger } = await dist('support/logger.js');
const { searchCypher } = await dist('graph/read/search-queries.js');
const { parseSearchText } = await dist('graph/read/search-text.js');
const { SEARCH_ROWS } = await dist('bench/peer-cypher.js');

const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
const log = createLogger('warn', { component: 'search-statement-ab' });
const embedded = await startEmbeddedNeo4j(
  {
    ...config.neo4j.embedded,
    dataDir: path.join(path.resolve(store), 'neo4j'),
    boltPort: 0,
    heap: '1g',
    pageCache: '1g',
    password: null,
  },
  log,
);
const cpuMs = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
try {
  const db = await connectNeo4j(
    {
      ...config.neo4j,
      uri: embedded.uri,
      username: embedded.username,
      password: embedded.password,
      queryTimeoutMs: 120_000,
    },
    log,
  );
  try {
    const query = parseSearchText(text);
    const ours = { text: query.lucene, numberQuery: query.numberQuery, limit: first };
    const variants = [
      [
        'ours, bench selection',
        searchCypher({
          withAgreement: true,
          withClause: true,
          agreementFields: ['title'],
          clauseFields: ['number', 'heading'],
        }),
        ours,
      ],
      ['ours, every field', searchCypher({ withAgreement: true, withClause: true }), ours],
      ['ours, hit fields only', searchCypher({ withAgreement: false, withClause: false }), ours],
      ['raw (SEARCH_ROWS)', SEARCH_ROWS, { text: query.lucene, first }],
      ...(process.env.EXTRA_VARIANTS
        ? await (await import(path.resolve(process.env.EXTRA_VARIANTS))).variants(ours, query)
        : []),
    ];
    const driver = driverForToolsAndTests(db);
    const autoCommit = async (cypher, params) => {
      const session = driver.session({ database: config.neo4j.database, defaultAccessMode: 'READ' });
      try {
        const result = await session.run(cypher, params, { timeout: 120_000 });
        return result.records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    if (argv.includes('--auto-commit')) {
      variants.push(['ours, bench selection, auto-commit', variants[0][1], ours, autoCommit]);
    }
    const lines = [
      `load average before: ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
      '',
      `"${text}", first ${first}`,
      '',
    ];
    lines.push('| Statement | rows | db hits | heaviest operators |', '| --- | ---: | ---: | --- |');
    for (const [name, cypher, params] of variants) {
      const { summary, records } = await driver.executeQuery(`PROFILE ${cypher}`, params, {
        database: config.neo4j.database,
      });
      const ops = new Map();
      let hits = 0;
      const walk = (plan) => {
        hits += plan.dbHits;
        const op = plan.operatorType.replace(/@.*/, '');
        ops.set(op, (ops.get(op) ?? 0) + plan.dbHits);
        for (const child of plan.children) walk(child);
      };
      walk(summary.profile);
      const heavy = [...ops]
        .filter(([, h]) => h > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([o, h]) => `${o} ${h}`)
        .join(', ');
      lines.push(`| ${name} | ${records.length} | ${hits} | ${heavy} |`);
    }
    const run = (variant) => (variant[3] ?? db.read)(variant[1], variant[2]);
    for (const variant of variants) for (let i = 0; i < 20; i++) await run(variant);
    const cells = new Map(variants.map(([name]) => [name, { latency: [], cpu: 0, client: 0 }]));
    for (let round = 0; round < rounds; round++) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length]);
      for (const variant of order) {
        const cell = cells.get(variant[0]);
        const cpu0 = cpuMs(embedded.pid);
        const client0 = process.cpuUsage();
        for (let i = 0; i < calls; i++) {
          const start = performance.now();
          await run(variant);
          cell.latency.push(performance.now() - start);
        }
        const client = process.cpuUsage(client0);
        cell.client += (client.user + client.system) / 1000;
        cell.cpu += cpuMs(embedded.pid) - cpu0;
      }
      process.stderr.write(`round ${round + 1} of ${rounds}\n`);
    }
    lines.push(
      '',
      `${rounds} interleaved rounds × ${calls} calls (db.read unless said), 1 caller; load average after: ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
      '',
    );
    lines.push(
      '| Statement | p50 ms | Neo4j CPU ms/call | client CPU ms/call |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const [name] of variants) {
      const cell = cells.get(name);
      const per = (v) => (v / (rounds * calls)).toFixed(2);
      lines.push(`| ${name} | ${median(cell.latency).toFixed(2)} | ${per(cell.cpu)} | ${per(cell.client)} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await db.close();
  }
} finally {
  await embedded.stop();
}
