import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverForToolsAndTests, connectNeo4j, type GraphDatabase } from '../../src/graph/driver.js';
import {
  EmbeddedNeo4jError,
  freePort,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedNeo4jOptions,
} from '../../src/graph/embedded-neo4j.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { loadConfig } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';

// A second, private embedded Neo4j (not the shared test database): this file stops and
// restarts it to prove data survives restarts, a locked store is refused with a clear
// error, and /health follows the database down and back up.
describe('the embedded Neo4j launcher', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-launcher-test-'));
  let options: EmbeddedNeo4jOptions;
  let neo4j: EmbeddedNeo4j | undefined;
  let db: GraphDatabase | undefined;
  let server: AppServer | undefined;
  let healthUrl = '';

  beforeAll(async () => {
    const base = loadConfig({}).neo4j.embedded;
    options = { ...base, dataDir, boltPort: await freePort(), heap: '512m', pageCache: '128m' };
  });

  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, serves Bolt, and /health reports the Neo4j version', { timeout: 180_000 }, async () => {
    neo4j = await startEmbeddedNeo4j(options, silentLogger);
    expect(neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(neo4j.uri).toBe(`bolt://127.0.0.1:${options.boltPort}`);
    // A database that serves queries runs G1, whose pauses stay short (collector 'latency').
    expect(jvmArguments(neo4j.pid)).toContain('-XX:+UseG1GC');
    db = await connectNeo4j(
      {
        uri: neo4j.uri,
        username: neo4j.username,
        password: neo4j.password,
        database: 'neo4j',
        queryTimeoutMs: 10_000,
        probeIntervalMs: 100,
      },
      silentLogger,
    );
    await driverForToolsAndTests(db).executeQuery(
      "CREATE (:RestartProbe {name: 'survives restarts'})",
      {},
      { database: 'neo4j' },
    );
    server = await createServer({
      config: { nodeEnv: 'test', apiToken: null, maxBodyBytes: 10_000 },
      db,
      schema: await buildGraphQLSchema(),
      log: silentLogger,
    });
    healthUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/health`;
    const res = await fetch(healthUrl);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: { version: neo4j.version } });
  });

  it('refuses a second start on the same data directory with a message naming the fix', async () => {
    const second = startEmbeddedNeo4j({ ...options, boltPort: await freePort() }, silentLogger);
    await expect(second).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(second).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining(`the data directory ${dataDir} is in use by another Neo4j process`),
    });
  });

  it('refuses a taken port before starting Java', async () => {
    const holder = net.createServer();
    const port = await new Promise<number>((resolve) =>
      holder.listen(0, '127.0.0.1', () => resolve((holder.address() as net.AddressInfo).port)),
    );
    try {
      const attempt = startEmbeddedNeo4j(
        { ...options, dataDir: `${dataDir}-other`, boltPort: port },
        silentLogger,
      );
      await expect(attempt).rejects.toMatchObject({
        code: 'PORT_TAKEN',
        message: expect.stringContaining('set NEO4J_BOLT_PORT'),
      });
    } finally {
      holder.close();
      fs.rmSync(`${dataDir}-other`, { recursive: true, force: true });
    }
  });

  it('reports 503 on /health and SERVICE_UNAVAILABLE to GraphQL while the database is down', async () => {
    await neo4j!.stop();
    const res = await fetch(healthUrl);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable' });
    const gql = await fetch(healthUrl.replace('/health', '/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { neo4jVersion } }' }),
    });
    const body = (await gql.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]!.message).toBe('the graph database is not reachable right now; try again shortly');
  });

  it('comes back on the same directory with the same data, and /health recovers on its own', async () => {
    neo4j = await startEmbeddedNeo4j(options, silentLogger);
    // The API's circuit breaker, opened by the outage, closes by itself once its probe gets an
    // answer (every 100 ms here); a cold JVM on a busy machine can also miss /health's one-second
    // bound on its first answers, so both are awaited, boundedly, rather than assumed.
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      if (db!.circuit.state === 'closed' && (await fetch(healthUrl)).status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(db!.circuit.state).toBe('closed');
    const { records } = await driverForToolsAndTests(db!).executeQuery(
      'MATCH (p:RestartProbe) RETURN p.name AS name',
      {},
      { database: 'neo4j' },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['survives restarts']);
    const res = await fetch(healthUrl);
    expect(res.status).toBe(200);
    const gql = await fetch(healthUrl.replace('/health', '/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { neo4jVersion } }' }),
    });
    expect(((await gql.json()) as { data: unknown }).data).toEqual({
      serverInfo: { neo4jVersion: neo4j.version },
    });
  }, 180_000);

  it('a JVM that only loads takes the throughput collector and serves Bolt the same', async () => {
    const loadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-launcher-throughput-'));
    const loader = await startEmbeddedNeo4j(
      { ...options, dataDir: loadDir, boltPort: 0, restart: null, collector: 'throughput' },
      silentLogger,
    );
    try {
      const args = jvmArguments(loader.pid);
      expect(args).toContain('-XX:+UseParallelGC');
      expect(args).not.toContain('-XX:+UseG1GC');
      const check = await connectNeo4j(
        {
          uri: loader.uri,
          username: loader.username,
          password: loader.password,
          database: 'neo4j',
          queryTimeoutMs: 10_000,
        },
        silentLogger,
      );
      try {
        expect(await check.read<{ n: number }>('RETURN 41 + 1 AS n')).toEqual([{ n: 42 }]);
      } finally {
        await check.close();
      }
    } finally {
      await loader.stop();
      fs.rmSync(loadDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('names the fix when the launcher is not built or Java is missing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-no-launcher-'));
    try {
      await expect(
        startEmbeddedNeo4j({ ...options, launcherDir: empty }, silentLogger),
      ).rejects.toMatchObject({
        code: 'LAUNCHER_NOT_BUILT',
        message: expect.stringContaining("run 'npm install'"),
      });
      await expect(startEmbeddedNeo4j({ ...options, javaHome: empty }, silentLogger)).rejects.toMatchObject({
        code: 'JAVA_MISSING',
        message: expect.stringContaining('set NEO4J_URI'),
      });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** The command line of process `pid` (Linux /proc), one argument per entry. */
function jvmArguments(pid: number): string[] {
  return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
}
