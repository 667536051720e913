import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { observeReads, type GraphDatabase } from '../../src/graph/driver.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { projectRoot } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

// The response cache on a real Neo4j: whole answers of operations that only read through the
// read cache are sent again without running, and never outlive a change of the graph. The five
// seeds are five PKS (cooperation agreements).
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STATS = '{ agreementStats(groupBy: KIND) { key count } }';
const BY_YEAR = '{ agreementStats(groupBy: YEAR) { key count } }';
const MIXED = '{ agreementStats(groupBy: KIND) { key count } agreements(first: 1) { totalCount } }';
const PAGE = '{ agreements(first: 2) { totalCount edges { node { id title } } } }';
const INGEST = `mutation($text: String!, $name: String) { ingestAgreement(text: $text, sourceName: $name) { status agreement { id } } }`;
const DELETE = 'mutation($id: ID!) { deleteAgreement(id: $id) }';

const seedText = (name: string) => fs.readFileSync(path.join(projectRoot(), 'seed', name), 'utf8');

let api: TestApi;
/** Every statement our API asked the database handle for, cached or not. */
let asked: string[] = [];

beforeAll(async () => {
  const db = await connectTestDatabase({ maxEntries: 50, recheckMs: 60_000, ttlMs: 600_000 });
  api = await startSeededApi({ db: observeReads(db, (cypher) => asked.push(cypher)) });
});
afterAll(async () => {
  await api?.close();
  await api?.db.close();
});
beforeEach(() => {
  api.server.responseCache!.clear();
});

async function ask(query: string, variables?: Record<string, unknown>, token?: string): Promise<Json> {
  const res = await api.gql<Json>(query, variables, token ? { token } : {});
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The statements one request made the API ask for (0 when the response cache answered). */
async function statementsFor(query: string, token?: string): Promise<{ data: Json; statements: number }> {
  asked = [];
  const data = await ask(query, undefined, token);
  return { data, statements: asked.length };
}

const kinds = (d: Json) =>
  Object.fromEntries((d.agreementStats as { key: string; count: number }[]).map((r) => [r.key, r.count]));

describe('the response cache', () => {
  it('sends a grouped answer again without running it, and the same answer', async () => {
    const first = await statementsFor(STATS);
    expect(kinds(first.data)).toEqual({ PKS: 5 });
    expect(first.statements).toBe(1);
    const second = await statementsFor(STATS);
    expect(second.data).toEqual(first.data);
    expect(second.statements).toBe(0);
    expect(api.server.responseCache!.size().entries).toBe(1);

    // The bytes and headers Apollo sent the first time, sent again as they were.
    const raw = async () => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: STATS }),
      });
      return {
        type: res.headers.get('content-type'),
        id: res.headers.get('x-request-id'),
        text: await res.text(),
      };
    };
    const [a, b] = [await raw(), await raw()];
    expect(b.text).toBe(a.text);
    expect(JSON.parse(b.text)).toEqual({ data: first.data });
    expect(b.type).toBe('application/json; charset=utf-8');
    expect(b.id).not.toBe(a.id);
  });

  it('runs identical concurrent requests once and sends each the same answer', async () => {
    // Without single flight each of the eight would miss and ask for the statement itself
    // (the read cache would share the database read, but not the execution of the answer).
    asked = [];
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask(BY_YEAR)));
    expect(asked).toHaveLength(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // The five seeds were signed in 2022 (000, 004), 2023 (002) and 2025 (001, 003).
    expect(answers[0]!.agreementStats).toEqual([
      { key: '2022', count: 2 },
      { key: '2023', count: 1 },
      { key: '2025', count: 2 },
    ]);
  });

  it('is not used for a batch, a GET or a request Apollo would refuse', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': contentType }, body });
    await statementsFor(STATS);
    // The same operation as text/plain: Apollo's CSRF prevention refuses it, cached or not.
    const plain = await post(JSON.stringify({ query: STATS }), 'text/plain');
    expect(plain.status).toBe(400);
    const again = await post(JSON.stringify({ query: STATS, extensions: { x: 1 } }));
    expect(again.status).toBe(200);
    expect(api.server.responseCache!.size().entries).toBe(1);
  });

  it('answers differently after a write between two identical requests', async () => {
    expect(kinds((await statementsFor(STATS)).data)).toEqual({ PKS: 5 });
    expect((await statementsFor(STATS)).statements).toBe(0);

    const { ingestAgreement } = await ask(
      INGEST,
      { text: seedText('003_7f176659f24afaf2.txt') },
      TEST_API_TOKEN,
    );
    expect(ingestAgreement.status).toBe('UNCHANGED');
    expect(
      (await ask(DELETE, { id: ingestAgreement.agreement.id as string }, TEST_API_TOKEN)).deleteAgreement,
    ).toBe(true);
    try {
      const after = await statementsFor(STATS);
      expect(kinds(after.data)).toEqual({ PKS: 4 });
      expect(after.statements).toBe(1);
    } finally {
      const again = await ask(
        INGEST,
        { text: seedText('003_7f176659f24afaf2.txt'), name: '003_7f176659f24afaf2.txt' },
        TEST_API_TOKEN,
      );
      expect(again.ingestAgreement.status).toBe('CREATED');
    }
    expect(kinds((await statementsFor(STATS)).data)).toEqual({ PKS: 5 });
  });

  it('never keeps an operation that reads the database directly, even beside a grouped field', async () => {
    const page = await statementsFor(PAGE);
    expect(page.data.agreements.totalCount).toBe(5);
    expect((await statementsFor(PAGE)).statements).toBe(page.statements);
    expect(page.statements).toBeGreaterThan(0);

    const mixed = await statementsFor(MIXED);
    expect(kinds(mixed.data)).toEqual({ PKS: 5 });
    expect(mixed.data.agreements.totalCount).toBe(5);
    // The grouped field comes from the read cache the second time, the list from the database.
    expect((await statementsFor(MIXED)).statements).toBe(mixed.statements);
    expect(api.server.responseCache!.size().entries).toBe(0);
  });

  it('keeps answers apart by operation text, variables and role', async () => {
    await statementsFor(STATS);
    await statementsFor(BY_YEAR);
    await statementsFor(STATS, TEST_API_TOKEN);
    expect(api.server.responseCache!.size().entries).toBe(3);
    const byYear = await statementsFor(BY_YEAR);
    expect(byYear.statements).toBe(0);
    expect((byYear.data.agreementStats as { key: string }[]).map((r) => r.key)).toEqual([
      '2022',
      '2023',
      '2025',
    ]);

    const VARIABLES = 'query($by: StatsGroupBy!) { agreementStats(groupBy: $by) { key count } }';
    asked = [];
    expect(kinds(await ask(VARIABLES, { by: 'KIND' }))).toEqual({ PKS: 5 });
    const years = await ask(VARIABLES, { by: 'YEAR' });
    expect((years.agreementStats as { key: string }[]).map((r) => r.key)).toEqual(['2022', '2023', '2025']);
    expect(asked.length).toBe(2);
  });

  it('does not keep an answer with an error, even when another field was read', async () => {
    const PARTLY =
      '{ a: agreementStats(groupBy: KIND) { key count } b: agreementStats(groupBy: KIND, thenBy: KIND) { key } }';
    for (let i = 0; i < 2; i++) {
      asked = [];
      const res = await api.gql<Json>(PARTLY);
      expect(res.errors?.[0]?.message).toContain('thenBy is KIND, the same as groupBy');
      expect(asked.length).toBe(1); // field a ran its statement both times
    }
    expect(api.server.responseCache!.size().entries).toBe(0);
  });
});

describe('the response cache bounds', () => {
  let db: GraphDatabase;
  const servers: AppServer[] = [];
  beforeAll(async () => {
    db = await connectTestDatabase({ maxEntries: 50, recheckMs: 60_000, ttlMs: 600_000 });
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await db?.close();
  });

  async function serve(
    database: GraphDatabase,
    responseCache: { maxEntries: number; maxBytes: number; ttlMs: number },
  ): Promise<{ server: AppServer; post: (query: string) => Promise<Json> }> {
    const server = await createServer({
      config: { nodeEnv: 'test', apiToken: null, maxBodyBytes: 1024 * 1024, responseCache },
      db: database,
      schema: await buildGraphQLSchema(),
      log: silentLogger,
    });
    servers.push(server);
    const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    const post = async (query: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: Json; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    return { server, post };
  }

  it('holds at most maxEntries answers and at most maxBytes', async () => {
    const byCount = await serve(db, { maxEntries: 1, maxBytes: 1024 * 1024, ttlMs: 600_000 });
    await byCount.post(STATS);
    await byCount.post(BY_YEAR);
    expect(byCount.server.responseCache!.size().entries).toBe(1);

    // STATS' key and answer are a few hundred bytes: 200 bytes hold none of them.
    const byBytes = await serve(db, { maxEntries: 10, maxBytes: 200, ttlMs: 600_000 });
    expect(kinds(await byBytes.post(STATS))).toEqual({ PKS: 5 });
    expect(byBytes.server.responseCache!.size()).toEqual({ entries: 0, bytes: 0 });
    const roomy = await serve(db, { maxEntries: 10, maxBytes: 4096, ttlMs: 600_000 });
    await roomy.post(STATS);
    const { entries, bytes } = roomy.server.responseCache!.size();
    expect(entries).toBe(1);
    expect(bytes).toBeGreaterThan(200);
    expect(bytes).toBeLessThanOrEqual(4096);
  });

  it('answers without caching when the graph version cannot be read', async () => {
    const failing = await serve(
      { ...db, stableVersion: () => Promise.reject(new Error('the graph database is not reachable')) },
      { maxEntries: 10, maxBytes: 1024 * 1024, ttlMs: 600_000 },
    );
    expect(kinds(await failing.post(STATS))).toEqual({ PKS: 5 });
    expect(kinds(await failing.post(STATS))).toEqual({ PKS: 5 });
    expect(failing.server.responseCache!.size().entries).toBe(0);
  });

  it('is off when the read cache is off (READ_CACHE_ENTRIES=0) or it is given no entries', async () => {
    const noReadCache = await connectTestDatabase();
    try {
      const off = await serve(noReadCache, { maxEntries: 200, maxBytes: 1024 * 1024, ttlMs: 600_000 });
      expect(off.server.responseCache).toBeNull();
      expect(kinds(await off.post(STATS))).toEqual({ PKS: 5 });
    } finally {
      await noReadCache.close();
    }
    const none = await serve(db, { maxEntries: 0, maxBytes: 1024 * 1024, ttlMs: 600_000 });
    expect(none.server.responseCache).toBeNull();
  });
});
