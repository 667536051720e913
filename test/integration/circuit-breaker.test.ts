/**
 * The circuit breaker with a database the API did not start (NEO4J_URI): a TCP relay in front of
 * the integration Neo4j stands for the network path to it. Cutting the relay is an outage the
 * API finds out about by itself; requests then fail at once with SERVICE_UNAVAILABLE, /health
 * answers 503 even when the database swallows connections without answering, and when the relay
 * comes back the API serves again without anyone restarting it.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectNeo4j, type GraphDatabase } from '../../src/graph/driver.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';

type Mode = 'forward' | 'refuse' | 'swallow';

/** 127.0.0.1:port -> the Neo4j; `mode` decides what new connections get, `cut()` drops the open ones. */
async function startRelay(target: URL) {
  let mode: Mode = 'forward';
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    if (mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    if (mode === 'swallow') return; // accepted, never answered: a black-holed host
    const upstream = net.connect(Number(target.port), target.hostname);
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
  return {
    uri: `bolt://127.0.0.1:${port}`,
    set(next: Mode) {
      mode = next;
    },
    cut() {
      for (const socket of open) socket.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the circuit breaker with an external Neo4j', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let db: GraphDatabase;
  let server: AppServer;
  let base = '';

  beforeAll(async () => {
    relay = await startRelay(new URL(inject('neo4jUri').replace(/^[a-z+]+:/, 'http:')));
    db = await connectNeo4j(
      {
        uri: relay.uri,
        username: inject('neo4jUsername'),
        password: inject('neo4jPassword'),
        database: inject('neo4jDatabase'),
        queryTimeoutMs: 10_000,
        probeIntervalMs: 100,
      },
      silentLogger,
    );
    server = await createServer({
      config: { nodeEnv: 'test', apiToken: null, maxBodyBytes: 10_000 },
      db,
      schema: await buildGraphQLSchema(),
      log: silentLogger,
    });
    base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });

  afterAll(async () => {
    relay?.set('forward');
    relay?.cut();
    await server?.close();
    await db?.close();
    relay?.cut();
    await relay?.close();
  });

  const ask = async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { neo4jVersion } }' }),
    });
    return (await res.json()) as {
      data?: { serverInfo: { neo4jVersion: string } } | null;
      errors?: { extensions: { code: string } }[];
    };
  };

  it('opens on an outage, answers SERVICE_UNAVAILABLE without calling the database, and closes when it is back', async () => {
    // A cold database can take longer than the version query's one-second bound on a busy machine.
    for (const until = Date.now() + 20_000; Date.now() < until && !(await ask()).data;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await ask()).toMatchObject({
      data: { serverInfo: { neo4jVersion: expect.stringMatching(/^5\./) } },
    });
    expect(db.circuit.state).toBe('closed');

    relay.set('refuse');
    relay.cut();
    // The first request finds the outage…
    expect((await ask()).errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(db.circuit.state).toBe('open');
    // …the following ones are refused by the open circuit, before any connection is tried.
    for (let i = 0; i < 5; i++) {
      expect((await ask()).errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect((await fetch(`${base}/health`)).status).toBe(503);

    relay.set('forward');
    const until = Date.now() + 30_000;
    while (db.circuit.state === 'open' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(db.circuit.state).toBe('closed');
    expect(await ask()).toMatchObject({
      data: { serverInfo: { neo4jVersion: expect.stringMatching(/^5\./) } },
    });
    expect((await fetch(`${base}/health`)).status).toBe(200);
  }, 60_000);

  it('answers /health with 503 when the database accepts connections but never replies', async () => {
    relay.set('swallow');
    relay.cut();
    // Without a bound, this waited out the driver's timeouts (seconds); the abort fails the test then.
    const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(4_000) });
    expect(res.status).toBe(503);
    relay.set('forward');
  }, 30_000);
});
