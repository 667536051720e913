import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchQuery } from '../../../src/bench/bench-queries.js';
import { listenRawHttp, rawHttpHandler } from '../../../src/bench/raw-http-server.js';
import type { GraphDatabase } from '../../../src/graph/driver.js';

/** The handler's own job (routing, JSON, errors); the integration smoke test runs it on Neo4j. */
describe('the raw-over-HTTP handler', () => {
  const asked: { cypher: string; params: Record<string, unknown> | undefined }[] = [];
  const db = {
    read: (cypher: string, params?: Record<string, unknown>) => {
      asked.push({ cypher, params });
      if (cypher === 'BROKEN') return Promise.reject(new Error('Neo4j said no'));
      return Promise.resolve([{ id: 'agreement:1', signedOn: new neo4j.types.Date(2025, 1, 2), n: 3 }]);
    },
  } as unknown as GraphDatabase;
  const q = (name: string, cypher: string) =>
    ({ name, raw: { cypher, params: { first: 20 } } }) as unknown as BenchQuery;
  let server: Awaited<ReturnType<typeof listenRawHttp>>;

  beforeAll(async () => {
    server = await listenRawHttp(rawHttpHandler(db, [q('ok', 'MATCH ok'), q('broken', 'BROKEN')]));
  });
  afterAll(() => {
    server.server.close();
    server.server.closeAllConnections();
  });

  const post = async (body: string) => {
    const res = await fetch(server.url, { method: 'POST', body });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('runs the named query with its parameters and writes the rows, dates as ISO strings', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/raw$/);
    expect(await post('{"name":"ok"}')).toEqual({
      status: 200,
      body: { data: [{ id: 'agreement:1', signedOn: '2025-01-02', n: 3 }] },
    });
    expect(asked.at(-1)).toEqual({ cypher: 'MATCH ok', params: { first: 20 } });
  });

  it('answers 400 for an unknown name or a body that is not JSON, and 500 with the message when the read fails', async () => {
    expect(await post('{"name":"nope"}')).toEqual({
      status: 400,
      body: { errors: [{ message: 'no bench query named "nope"' }] },
    });
    expect((await post('nope')).status).toBe(400);
    expect(await post('{"name":"broken"}')).toEqual({
      status: 500,
      body: { errors: [{ message: 'Neo4j said no' }] },
    });
  });
});
