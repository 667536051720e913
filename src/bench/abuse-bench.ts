/**
 * What the alias bomb costs the other clients (issue 15): their latency in quiet and while one
 * client sends the bomb, in interleaved rounds, with the ratio of the two in the same run.
 *
 *   npm run bench:abuse -- [--agreements 1000] [--rounds 4] [--requests 40] [--seed 7]
 *
 * Starts a private embedded Neo4j in a temporary directory (never data/neo4j), loads seed/ and a
 * generated corpus, and serves the API as a deployment does (the default rate limit, statement
 * budget, read and response caches). Each round has a quiet phase and an attacked phase: three
 * ordinary clients, each on its own loopback address, send `requests` small queries one after
 * another (src/bench/alias-bomb.ts); in the attacked phase a separate process on 127.0.0.2 sends
 * the bomb with four requests in flight. Quiet and attacked alternate, so a slow spell of the
 * machine falls on both.
 *
 * Prints Markdown to stdout. The integration test (test/integration/api-abuse-load.test.ts)
 * asserts what must hold on any machine: the bomb never reaches the database and every ordinary
 * request is answered the same as in quiet. The latency ratio is this script's to measure.
 */
import os from 'node:os';
import path from 'node:path';
import { buildGraphQLSchema } from '../graphql/build-schema.js';
import { loadConfig, projectRoot } from '../server/config.js';
import { createServer } from '../server/create-server.js';
import { createLogger, silentLogger } from '../support/logger.js';
import { ordinaryTraffic, startAttacker, type AttackSummary, type OrdinaryAnswer } from './alias-bomb.js';
import { integerOptions, withPrivateGraph } from './private-graph.js';
import { ratio, summarize, type LatencySummary } from './stats.js';

interface Args {
  readonly agreements: number;
  readonly rounds: number;
  readonly requests: number;
  readonly seed: number;
}

function parseArgs(argv: readonly string[]): Args {
  return integerOptions(
    argv,
    { agreements: 1000, rounds: 4, requests: 40, seed: 7 },
    'abuse-bench [--agreements N] [--rounds N] [--requests N] [--seed N]',
  );
}

const ms = (value: number): string =>
  !Number.isFinite(value) ? '–' : value >= 10 ? value.toFixed(0) : value.toFixed(1);

function row(name: string, s: LatencySummary, failed: number): string {
  return `| ${name} | ${s.count} | ${failed} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const say = (line: string) => process.stderr.write(`abuse-bench: ${line}\n`);
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const log = createLogger('warn', { component: 'abuse-bench' });
  const graph = {
    agreements: args.agreements,
    seed: args.seed,
    before: [path.join(projectRoot(), 'seed')],
    log,
  };
  await withPrivateGraph(graph, async (db, loaded) => {
    say(`loaded ${loaded.created} agreements (${loaded.failed} failed)`);
    // As a deployment serves it: the defaults of every limit and cache.
    const server = await createServer({
      config: { ...config, nodeEnv: 'production', apiToken: null },
      db,
      schema: await buildGraphQLSchema(),
      log: silentLogger,
    });
    const port = await server.listen(0, '127.0.0.1');
    const quiet: OrdinaryAnswer[] = [];
    const attacked: OrdinaryAnswer[] = [];
    const attacks: AttackSummary[] = [];
    try {
      await ordinaryTraffic(port, { requestsPerClient: 10 }); // warm-up: connections, caches, JIT
      for (let round = 0; round < args.rounds; round++) {
        quiet.push(...(await ordinaryTraffic(port, { requestsPerClient: args.requests })));
        const attacker = startAttacker(port);
        try {
          await attacker.started;
          await new Promise((resolve) => setTimeout(resolve, 200)); // let the attack get going
          attacked.push(...(await ordinaryTraffic(port, { requestsPerClient: args.requests })));
        } finally {
          attacks.push(await attacker.stop());
        }
        say(`round ${round + 1} of ${args.rounds}`);
      }
    } finally {
      await server.close();
    }
    process.stdout.write(report(args, quiet, attacked, attacks, loaded.created, os.loadavg()[0]!) + '\n');
  });
}

function report(
  args: Args,
  quiet: readonly OrdinaryAnswer[],
  attacked: readonly OrdinaryAnswer[],
  attacks: readonly AttackSummary[],
  agreements: number,
  loadAverage: number,
): string {
  const latencies = (answers: readonly OrdinaryAnswer[]) =>
    answers.filter((a) => a.status === 200).map((a) => a.ms);
  const failed = (answers: readonly OrdinaryAnswer[]) => answers.filter((a) => a.status !== 200).length;
  const q = summarize(latencies(quiet));
  const a = summarize(latencies(attacked));
  const statuses: Record<string, number> = {};
  for (const attack of attacks) {
    for (const [status, count] of Object.entries(attack.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  }
  const p99Ratio = ratio(a.p99, q.p99);
  return [
    `Alias bomb against ${agreements} agreements (seed/ and corpus seed ${args.seed}), ${args.rounds} interleaved rounds, ` +
      `3 ordinary clients × ${args.requests} requests per phase, ${new Date().toISOString()}, load average ${loadAverage.toFixed(1)} at the end`,
    '',
    '| Ordinary clients (ms) | Answered 200 | Not 200 | p50 | p95 | p99 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('quiet', q, failed(quiet)),
    row('one client sending the bomb', a, failed(attacked)),
    `| attacked / quiet | | | ${ratio(a.p50, q.p50).toFixed(2)} | ${ratio(a.p95, q.p95).toFixed(2)} | ${p99Ratio.toFixed(2)} | ${ratio(a.max, q.max).toFixed(2)} |`,
    '',
    `The bomb's answers: ${Object.entries(statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(', ')}. Issue 15's bar, p99 under attack within 2× of quiet: ` +
      `${p99Ratio <= 2 ? 'met' : '**missed**'} (${p99Ratio.toFixed(2)}).`,
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `abuse-bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
