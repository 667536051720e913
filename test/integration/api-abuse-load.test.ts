import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { loadConfig } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { startSeededApi, type TestApi } from '../helpers/api-server.js';

/**
 * Issue 15: with one client sending the alias bomb, the other clients' p99 stays within 2x of
 * quiet. Bounded: a fixed number of requests per phase, a deadline on the attacker, loopback
 * only. The attacker is a separate process on its own address (127.0.0.2), as a real one would
 * be, so this process's event loop carries only the server's side of the attack.
 */

const CLIENTS = ['127.0.0.3', '127.0.0.4', '127.0.0.5'];
const REQUESTS_PER_CLIENT = 40;
/** A client sends its next request this long after the previous answer (a dashboard, not a flood). */
const PAUSE_MS = 60;
/**
 * Latency below this is noise on a shared two-core machine (scheduler, other processes): a quiet
 * p99 of 4 ms and 9 ms under attack says nothing. Unprotected, the bomb took 7-12 s and timed
 * the others out, far beyond 2x this floor.
 */
const NOISE_FLOOR_MS = 20;
const NORMAL = JSON.stringify({
  query: '{ agreements(first: 5) { totalCount edges { node { title signedOn } } } }',
});
/** Issue 15's bomb, built inside the attacker process (as an argument it would be too long). */
const BOMB_SOURCE =
  'JSON.stringify({ query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: search(text: "x", first: 5) { score }`).join(" ")} }` })';

let seeded: TestApi;
let server: AppServer;
let port: number;

beforeAll(async () => {
  seeded = await startSeededApi();
  server = await createServer({
    config: {
      nodeEnv: 'test',
      apiToken: null,
      maxBodyBytes: 5 * 1024 * 1024,
      // The defaults a deployment gets: 20 requests a second per address, bursts of 40.
      limits: loadConfig({}).limits,
    },
    db: seeded.db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  port = await server.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close();
  await seeded?.close();
});

function timedPost(agent: http.Agent, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The three normal clients, each sending REQUESTS_PER_CLIENT requests one after another. */
async function normalTraffic(): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    CLIENTS.map(async (address) => {
      const agent = new http.Agent({ keepAlive: true, localAddress: address });
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
        const { status, ms } = await timedPost(agent, NORMAL);
        expect(status).toBe(200);
        latencies.push(ms);
        await new Promise((r) => setTimeout(r, PAUSE_MS));
      }
      agent.destroy();
    }),
  );
  return latencies;
}

/** Sends the bomb from 127.0.0.2 with four requests in flight until stopped or its deadline. */
function startAttacker(): { child: ChildProcess; summary: Promise<Record<string, number>> } {
  const script = `
    import http from 'node:http';
    const body = ${BOMB_SOURCE};
    const agent = new http.Agent({ keepAlive: true, localAddress: '127.0.0.2' });
    const deadline = Date.now() + 60_000;
    const statuses = {};
    let stop = false;
    process.on('SIGTERM', () => { stop = true; });
    const one = () => new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: ${port}, path: '/graphql', method: 'POST', agent,
        headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => { statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1; resolve(); });
      });
      req.on('error', () => { statuses.error = (statuses.error ?? 0) + 1; resolve(); });
      req.end(body);
    });
    const loop = async () => { while (!stop && Date.now() < deadline) await one(); };
    process.stdout.write('ready\\n');
    await Promise.all([loop(), loop(), loop(), loop()]);
    process.stdout.write(JSON.stringify(statuses) + '\\n');
    agent.destroy();
  `;
  // At the lowest CPU priority: a real attacker's own work runs on its machine, not the server's,
  // and on a small shared test machine it would otherwise slow everyone through the scheduler.
  const child = spawn('nice', ['-n', '19', process.execPath, '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const summary = new Promise<Record<string, number>>((resolve) =>
    child.on('exit', () =>
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>),
    ),
  );
  return { child, summary };
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.99) - 1]!;
}

describe('one client sending the alias bomb', () => {
  it("leaves the other clients' p99 within 2x of quiet", async () => {
    await normalTraffic(); // warm-up: connections, caches, JIT
    const quiet: number[] = [];
    const attacked: number[] = [];
    const attacks: Record<string, number>[] = [];
    // Quiet and attacked phases alternate, so a slow spell of the machine falls on both.
    for (let round = 0; round < 2; round++) {
      quiet.push(...(await normalTraffic()));
      const attacker = startAttacker();
      await new Promise<void>((resolve) => attacker.child.stdout!.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 200)); // let the attack get going
      attacked.push(...(await normalTraffic()));
      attacker.child.kill('SIGTERM');
      attacks.push(await attacker.summary);
    }
    // The attack happened and was refused every time: 400 (the parser's token cap) or 429.
    for (const statuses of attacks) {
      expect(
        Object.keys(statuses).every((s) => s === '400' || s === '429'),
        JSON.stringify(statuses),
      ).toBe(true);
      expect((statuses['400'] ?? 0) + (statuses['429'] ?? 0)).toBeGreaterThan(20);
    }
    const quietP99 = p99(quiet);
    const attackedP99 = p99(attacked);
    expect(
      attackedP99,
      `p99 quiet ${quietP99.toFixed(1)} ms, under attack ${attackedP99.toFixed(1)} ms`,
    ).toBeLessThanOrEqual(2 * Math.max(quietP99, NOISE_FLOOR_MS));
  }, 120_000);
});
