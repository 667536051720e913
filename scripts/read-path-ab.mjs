#!/usr/bin/env node
/**
 * What one read costs the Node process by the way it is sent through neo4j-driver: the bench's
 * own statements (dist/bench/bench-queries.js), one at a time, in interleaved rounds, by
 *
 * - `executeQuery`: a managed read transaction (BEGIN, RUN + PULL, COMMIT) with the driver's
 *   bookmark manager, as db.read sent every read before issue 13;
 * - `executeQuery, no bookmarks`: the same with `bookmarkManager: null`;
 * - `executeRead`: a read session's transaction function (BEGIN, RUN + PULL, COMMIT), no bookmarks;
 * - `auto-commit`: `session.run` in a read session (RUN + PULL in one write), as db.read sends now.
 *
 * Reports per way the median latency and the CPU time this process spent per read
 * (process.cpuUsage, user + system), and checks first that every way returns the same rows.
 *
 *   npm run build && node scripts/read-path-ab.mjs --uri bolt://127.0.0.1:7687 --password-file DIR/neo4j-password
 *     [--reads 200] [--rounds 5] [--queries connectionPath,expiringAgreements,agreementsPage50]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { benchQueries, chooseVariables } from '../dist/bench/bench-queries.js';
import { connectNeo4j } from '../dist/graph/driver.js';
import { silentLogger } from '../dist/support/logger.js';

function parseArgs(argv) {
  const args = {
    uri: null,
    passwordFile: null,
    reads: 200,
    rounds: 5,
    queries: ['connectionPath', 'expiringAgreements', 'agreementsPage50'],
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--uri') args.uri = value;
    else if (name === '--password-file') args.passwordFile = value;
    else if (name === '--reads') args.reads = Number(value);
    else if (name === '--rounds') args.rounds = Number(value);
    else if (name === '--queries') args.queries = value.split(',');
    else throw new Error(`unknown option ${name}`);
  }
  if (!args.uri || !args.passwordFile) {
    throw new Error(
      'usage: read-path-ab.mjs --uri URI --password-file FILE [--reads N] [--rounds N] [--queries a,b]',
    );
  }
  return args;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const password = readFileSync(args.passwordFile, 'utf8').trim();
  const database = 'neo4j';
  const driver = neo4j.driver(args.uri, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
  });
  const db = await connectNeo4j(
    { uri: args.uri, username: 'neo4j', password, database, queryTimeoutMs: 30_000 },
    silentLogger,
  );
  const timeout = 30_000;
  const ways = {
    executeQuery: async (cypher, params) =>
      (
        await driver.executeQuery(cypher, params, {
          database,
          routing: neo4j.routing.READ,
          transactionConfig: { timeout },
        })
      ).records,
    'executeQuery, no bookmarks': async (cypher, params) =>
      (
        await driver.executeQuery(cypher, params, {
          database,
          routing: neo4j.routing.READ,
          transactionConfig: { timeout },
          bookmarkManager: null,
        })
      ).records,
    executeRead: async (cypher, params) => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(async (tx) => (await tx.run(cypher, params)).records, { timeout });
      } finally {
        await session.close();
      }
    },
    'auto-commit': async (cypher, params) => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.run(cypher, params, { timeout })).records;
      } finally {
        await session.close();
      }
    },
    'auto-commit, no stack': async (cypher, params) => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        let result;
        try {
          result = session.run(cypher, params, { timeout });
        } finally {
          Error.stackTraceLimit = limit;
        }
        return (await result).records;
      } finally {
        await session.close();
      }
    },
  };
  try {
    const queries = benchQueries(await chooseVariables(db)).filter((q) => args.queries.includes(q.name));
    for (const q of queries) {
      const answers = new Set();
      for (const run of Object.values(ways)) {
        const rows = await run(q.raw.cypher, q.raw.params);
        answers.add(JSON.stringify(rows.map((r) => r.toObject())));
        for (let i = 0; i < 20; i++) await run(q.raw.cypher, q.raw.params);
      }
      if (answers.size !== 1) throw new Error(`${q.name}: the ways of reading answer differently`);
    }
    const latency = new Map();
    const cpu = new Map();
    const names = Object.keys(ways);
    for (let round = 0; round < args.rounds; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const q of queries) {
        for (const name of order) {
          const key = `${q.name}\u0000${name}`;
          const list = latency.get(key) ?? [];
          const before = process.cpuUsage();
          for (let i = 0; i < args.reads; i++) {
            const start = performance.now();
            await ways[name](q.raw.cypher, q.raw.params);
            list.push(performance.now() - start);
          }
          const used = process.cpuUsage(before);
          cpu.set(key, (cpu.get(key) ?? 0) + (used.user + used.system) / 1000);
          latency.set(key, list);
        }
      }
      process.stderr.write(`read-path-ab: round ${round + 1} of ${args.rounds}\n`);
    }
    const reads = args.rounds * args.reads;
    const lines = [
      `Same rows from every way. Median latency (ms) and this process's CPU per read (ms), ${args.rounds} × ${args.reads} reads per cell, interleaved; ratio to executeQuery.`,
      '',
      `| Query | ${names.map((n) => `${n}: latency / CPU`).join(' | ')} |`,
      `| --- | ${names.map(() => '---:').join(' | ')} |`,
    ];
    for (const q of queries) {
      const base = {
        lat: median(latency.get(`${q.name}\u0000${names[0]}`)),
        cpu: cpu.get(`${q.name}\u0000${names[0]}`) / reads,
      };
      const cells = names.map((n) => {
        const lat = median(latency.get(`${q.name}\u0000${n}`));
        const c = cpu.get(`${q.name}\u0000${n}`) / reads;
        return `${lat.toFixed(2)} (${(lat / base.lat).toFixed(2)}) / ${c.toFixed(3)} (${(c / base.cpu).toFixed(2)})`;
      });
      lines.push(`| ${q.name} | ${cells.join(' | ')} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await driver.close();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`read-path-ab: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
