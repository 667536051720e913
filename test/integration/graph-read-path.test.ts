/**
 * How db.read sends a statement (src/graph/driver.ts): one auto-commit statement in a read
 * session, without the driver's per-statement stack capture, falling back to a managed
 * transaction with the driver's retries when that attempt fails retryably. What must hold
 * whatever the way: the query timeout bounds a read, a failed read says what failed and where
 * it was called from, and a read whose connection breaks under it still gets its answer.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectNeo4j, type GraphDatabase } from '../../src/graph/driver.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

/**
 * 127.0.0.1:port -> the Neo4j. After `breakNextStatement()`, the next bytes a client sends on an
 * open connection are dropped and that connection is cut, as a network failure mid-statement
 * would; new connections are forwarded as before.
 */
async function startRelay(target: URL) {
  let breakNext = false;
  let broken = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    open.add(client).add(upstream);
    client.on('close', () => open.delete(client));
    upstream.on('close', () => open.delete(upstream));
    client.on('error', () => undefined);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    let handshaken = false;
    client.on('data', (chunk: Buffer) => {
      if (breakNext && handshaken) {
        breakNext = false;
        broken += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      handshaken = true;
      client.write(chunk);
    });
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
  return {
    uri: `bolt://127.0.0.1:${port}`,
    breakNextStatement() {
      breakNext = true;
    },
    broken: () => broken,
    close() {
      for (const socket of open) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const credentials = () => ({
  username: inject('neo4jUsername'),
  password: inject('neo4jPassword'),
  database: inject('neo4jDatabase'),
});

describe('db.read', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers rows as plain objects, integers as numbers', async () => {
    const rows = await db.read<{ n: number; s: string; list: number[] }>(
      'UNWIND [1, 2] AS n RETURN n, toString(n * 10) AS s, [n, n + 1] AS list ORDER BY n',
    );
    expect(rows).toEqual([
      { n: 1, s: '10', list: [1, 2] },
      { n: 2, s: '20', list: [2, 3] },
    ]);
  });

  it("rejects a failed statement with Neo4j's code and the stack of its caller, and leaves Error.stackTraceLimit as it was", async () => {
    const limit = Error.stackTraceLimit;
    const failure = (await db.read('RETURN 1 +').then(
      () => null,
      (error: unknown) => error,
    )) as (Error & { code?: string }) | null;
    expect(failure).toBeInstanceOf(Error);
    expect(failure?.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(failure?.stack).toMatch(/^Neo4jError: /);
    expect(failure?.stack).toMatch(/driver\.ts/);
    expect(Error.stackTraceLimit).toBe(limit);
    // Errors made after a read still carry their frames.
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(2);
  });

  it('is bounded by the query timeout', async () => {
    const bounded = await connectNeo4j(
      { uri: inject('neo4jUri'), ...credentials(), queryTimeoutMs: 300 },
      silentLogger,
    );
    try {
      const started = Date.now();
      const failure = await bounded
        .read(
          'UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x, y WHERE x * y < 0 RETURN count(*) AS n',
        )
        .catch((error: unknown) => error as { code?: string });
      expect((failure as { code?: string }).code).toMatch(/TransactionTimedOut/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await bounded.close();
    }
  }, 30_000);

  it('gets its answer when the connection breaks under the statement (the managed retry), and the circuit stays closed', async () => {
    const relay = await startRelay(new URL(inject('neo4jUri').replace(/^[a-z+]+:/, 'http:')));
    const through = await connectNeo4j(
      { uri: relay.uri, ...credentials(), queryTimeoutMs: 10_000 },
      silentLogger,
    );
    try {
      expect(await through.read('RETURN 41 + 1 AS n')).toEqual([{ n: 42 }]);
      relay.breakNextStatement();
      expect(await through.read('RETURN 6 * 7 AS n')).toEqual([{ n: 42 }]);
      expect(relay.broken()).toBe(1);
      expect(through.circuit.state).toBe('closed');
    } finally {
      await through.close();
      await relay.close();
    }
  }, 30_000);
});
