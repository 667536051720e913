import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverForToolsAndTests, type GraphDatabase } from '../../src/graph/driver.js';
import { GRAPH_VERSION_READ } from '../../src/graph/graph-version.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { projectRoot } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

// The read cache on a real Neo4j: grouped answers never outlive a change, whether this API
// process made it or another one did. The five seeds are five PKS (cooperation agreements).
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STATS = '{ agreementStats(groupBy: KIND) { key count } }';
const SHARED_BASES = `{ sharedLegalBases(minAgreements: 1, scope: ANY, first: 100) { decree { id } agreementCount } }`;
const INGEST = `mutation($text: String!, $name: String) { ingestAgreement(text: $text, sourceName: $name) { status agreement { id } } }`;
const DELETE = 'mutation($id: ID!) { deleteAgreement(id: $id) }';
const KIND_BY_YEAR = '{ agreementStats(groupBy: KIND, thenBy: YEAR) { key thenKey count } }';
/** The dashboard rows on 000 (BKN / BSSN, signed 2022-10-03, in force to 2026-10-03). */
const DASHBOARD = `{
  byAgencyAndYear: agreementStats(groupBy: AGENCY, thenBy: YEAR) { key thenKey count }
  inForce: activeAgreementCount(on: "2026-09-01")
  expiries: expirationsByMonth(from: "2026-10-01", to: "2026-10-31") { month count }
}`;

const seedText = (name: string) => fs.readFileSync(path.join(projectRoot(), 'seed', name), 'utf8');

let api: TestApi;
/** A second API process on the same database, with its own cache that rechecks the stored version every time. */
let other: { db: GraphDatabase; server: AppServer; url: string };

beforeAll(async () => {
  // Rechecking the stored version only once a minute: in this process, only its own writes can drop the cache.
  api = await startSeededApi({
    db: await connectTestDatabase({ maxEntries: 50, recheckMs: 60_000, ttlMs: 600_000 }),
  });
  const db = await connectTestDatabase({ maxEntries: 50, recheckMs: 0, ttlMs: 600_000 });
  const server = await createServer({
    config: { nodeEnv: 'test', apiToken: null, maxBodyBytes: 1024 * 1024 },
    db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  other = { db, server, url: `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql` };
});
afterAll(async () => {
  await other?.server.close();
  await other?.db.close();
  await api?.close();
  await api?.db.close();
});

async function ask(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const res = await api.gql<Json>(query, variables, { token: TEST_API_TOKEN });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function askOther(query: string): Promise<Json> {
  const res = await fetch(other.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Json; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const kinds = (d: Json) =>
  Object.fromEntries((d.agreementStats as { key: string; count: number }[]).map((r) => [r.key, r.count]));
const storedVersion = async () =>
  (await api.db.read<{ token: string | null }>(GRAPH_VERSION_READ))[0]?.token ?? null;

describe('the read cache', () => {
  it('answers again what the graph says, and the same thing the second time', async () => {
    expect(kinds(await ask(STATS))).toEqual({ PKS: 5 });
    expect(kinds(await ask(STATS))).toEqual({ PKS: 5 });
    expect(kinds(await askOther(STATS))).toEqual({ PKS: 5 });
  });

  it("drops this process's answers as soon as it deletes or loads an agreement", async () => {
    const bases = (await ask(SHARED_BASES)).sharedLegalBases as { agreementCount: number }[];
    const total = bases.reduce((n, b) => n + b.agreementCount, 0);

    const { ingestAgreement } = await ask(INGEST, { text: seedText('003_7f176659f24afaf2.txt') });
    expect(ingestAgreement.status).toBe('UNCHANGED');
    const id = ingestAgreement.agreement.id as string;
    expect((await ask(DELETE, { id })).deleteAgreement).toBe(true);

    expect(kinds(await ask(STATS))).toEqual({ PKS: 4 });
    const fewer = (await ask(SHARED_BASES)).sharedLegalBases as { agreementCount: number }[];
    expect(fewer.reduce((n, b) => n + b.agreementCount, 0)).toBeLessThan(total);

    const again = await ask(INGEST, {
      text: seedText('003_7f176659f24afaf2.txt'),
      name: '003_7f176659f24afaf2.txt',
    });
    expect(again.ingestAgreement.status).toBe('CREATED');
    expect(kinds(await ask(STATS))).toEqual({ PKS: 5 });
    const restored = (await ask(SHARED_BASES)).sharedLegalBases as { agreementCount: number }[];
    expect(restored.reduce((n, b) => n + b.agreementCount, 0)).toBe(total);
  });

  it("sees another process's change through the stored graph version", async () => {
    expect(kinds(await askOther(STATS))).toEqual({ PKS: 5 });
    const { ingestAgreement } = await ask(INGEST, { text: seedText('000_c1085a28d48a1dcb.txt') });
    expect((await ask(DELETE, { id: ingestAgreement.agreement.id as string })).deleteAgreement).toBe(true);
    // The other process made no write itself: only the token it reads tells it the graph changed.
    expect(kinds(await askOther(STATS))).toEqual({ PKS: 4 });
    await ask(INGEST, { text: seedText('000_c1085a28d48a1dcb.txt'), name: '000_c1085a28d48a1dcb.txt' });
    expect(kinds(await askOther(STATS))).toEqual({ PKS: 5 });
  });

  it('drops the dashboard rows and their CSV as soon as an agreement is deleted', async () => {
    const csv = async () =>
      (
        await fetch(api.url.replace(/graphql$/, 'export/agreement-stats.csv?groupBy=AGENCY&thenBy=YEAR'))
      ).text();
    const bkn = (d: Json) =>
      (d.byAgencyAndYear as { key: string }[]).filter((r) => r.key === 'Badan Kepegawaian Negara').length;
    const before = await ask(DASHBOARD);
    expect([bkn(before), before.inForce, before.expiries[0].count]).toEqual([1, 4, 2]); // 000 and 002 expire in Oct 2026
    expect(await csv()).toContain(
      '\r\nBadan Kepegawaian Negara,institution:badan-kepegawaian-negara,2022,1\r\n',
    );

    const { ingestAgreement } = await ask(INGEST, { text: seedText('000_c1085a28d48a1dcb.txt') });
    expect((await ask(DELETE, { id: ingestAgreement.agreement.id as string })).deleteAgreement).toBe(true);
    try {
      const after = await ask(DASHBOARD);
      expect([bkn(after), after.inForce, after.expiries[0].count]).toEqual([0, 3, 1]);
      expect(await csv()).not.toContain('Badan Kepegawaian Negara');
    } finally {
      await ask(INGEST, { text: seedText('000_c1085a28d48a1dcb.txt'), name: '000_c1085a28d48a1dcb.txt' });
    }
    expect(bkn(await ask(DASHBOARD))).toBe(1);
  });

  it('keeps the stored version when a load changes nothing or is refused', async () => {
    const before = await storedVersion();
    expect(before).toMatch(/^[0-9a-f-]{36}$/);
    expect((await ask(INGEST, { text: seedText('001_66609aa826267f0e.txt') })).ingestAgreement.status).toBe(
      'UNCHANGED',
    );
    const refused = await api.gql(
      INGEST,
      { text: 'Daftar belanja: beras, gula, kopi.' },
      { token: TEST_API_TOKEN },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_AGREEMENT_TEXT');
    expect(await storedVersion()).toBe(before);
  });

  it('answers from memory: a write outside the API (no new version) is not seen until the answer expires', async () => {
    expect(kinds(await ask(STATS))).toEqual({ PKS: 5 });
    const pairs = async () =>
      ((await ask(KIND_BY_YEAR)).agreementStats as { key: string; thenKey: string; count: number }[]).map(
        (r) => `${r.key} ${r.thenKey} ${r.count}`,
      );
    const cachedPairs = await pairs();
    expect(cachedPairs).toEqual(['PKS 2022 2', 'PKS 2023 1', 'PKS 2025 2']);
    const outside = (kind: string) =>
      driverForToolsAndTests(api.db).executeQuery(
        'MATCH (a:Agreement {loaded: true}) WITH a ORDER BY a.id LIMIT 1 SET a.kind = $kind',
        { kind },
        { database: api.db.database },
      );
    await outside('MOU');
    try {
      // The graph says otherwise now; the cached answer does not.
      const now = await api.db.read<{ kind: string; n: number }>(
        'MATCH (a:Agreement {loaded: true}) RETURN a.kind AS kind, count(*) AS n ORDER BY kind',
      );
      expect(now).toEqual([
        { kind: 'MOU', n: 1 },
        { kind: 'PKS', n: 4 },
      ]);
      expect(kinds(await ask(STATS))).toEqual({ PKS: 5 });
      expect(await pairs()).toEqual(cachedPairs); // two keys: kept per graph version the same way
    } finally {
      await outside('PKS');
    }
  });
});
