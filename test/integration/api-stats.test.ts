/**
 * The dashboard queries over real HTTP, on the five seed agreements. Expected values are read
 * from the texts (seed/*.txt):
 *
 *   000 BKN / BSSN                               signed Senin 3 Oktober 2022 (2022-10-03)
 *   001 BPIP / BSSN                              signed (10-09-2025)
 *   002 Setjen Kementerian Perdagangan / BSSN    signed Senin 15 Mei 2023 (2023-05-15)
 *   003 Kementerian Hukum / BSSN                 signed Jumat 24 Januari 2025 (2025-01-24)
 *   004 Pemkab Aceh Besar / Balai Sertifikasi Elektronik BSSN   signed (24-08-2022)
 *
 * All five are PERJANJIAN KERJA SAMA (PKS). Signatories: 000 Imas Sukmariah and Dono Indarto;
 * 001 Tonny Agung Arifianto and Y.B. Susilo Wibowo; 002 Suhanto and Y.B. Susilo Wibowo;
 * 003 Nico Afinta and Y.B. Susilo Wibowo; 004 Abubakar and Jonathan Gerhard Tarigan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReads, type GraphDatabase } from '../../src/graph/driver.js';
import { startSeededApi, type TestApi } from '../helpers/api-server.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

const BSSN = 'institution:badan-siber-dan-sandi-negara';
const KEMENDAG = 'institution:kementerian-perdagangan';

let db: GraphDatabase;
let api: TestApi;
/** The Cypher of every read the API runs, in order (see observeReads). */
const reads: string[] = [];

beforeAll(async () => {
  db = observeReads(await connectTestDatabase(), (cypher) => reads.push(cypher));
  api = await startSeededApi({ db });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.gql<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as T;
}

interface Row {
  key: string;
  id: string | null;
  count: number;
}

const STATS = `query ($groupBy: StatsGroupBy!, $filter: AgreementStatsFilter, $first: Int) {
  agreementStats(groupBy: $groupBy, filter: $filter, first: $first) { key id count }
}`;

async function stats(groupBy: string, filter?: Record<string, unknown>, first?: number): Promise<Row[]> {
  return (await data<{ agreementStats: Row[] }>(STATS, { groupBy, filter, first })).agreementStats;
}

/** Rows as [key, count], the pairs a reader checks. */
const pairs = (rows: Row[]) => rows.map((r) => [r.key, r.count]);

describe('agreementStats', () => {
  it('YEAR: 2022 twice (000, 004), 2023 once (002), 2025 twice (001, 003), oldest first', async () => {
    const rows = await stats('YEAR');
    expect(pairs(rows)).toEqual([
      ['2022', 2],
      ['2023', 1],
      ['2025', 2],
    ]);
    expect(rows.every((r) => r.id === null)).toBe(true);
  });

  it('AGENCY: BSSN in all five, each other agency in one; units rolled up', async () => {
    const rows = await stats('AGENCY');
    expect(rows[0]).toEqual({ key: 'Badan Siber dan Sandi Negara', id: BSSN, count: 5 });
    // 002's party is "Sekretariat Jenderal Kementerian Perdagangan": counted under the ministry.
    expect(rows).toContainEqual({ key: 'Kementerian Perdagangan', id: KEMENDAG, count: 1 });
    expect(pairs(rows.slice(1))).toEqual([
      ['Badan Kepegawaian Negara', 1],
      ['Badan Pembinaan Ideologi Pancasila', 1],
      ['Kementerian Hukum Republik Indonesia', 1],
      ['Kementerian Perdagangan', 1],
      ['Pemerintah Kabupaten Aceh Besar', 1],
    ]);
  });

  it('KIND: five PKS', async () => {
    expect(pairs(await stats('KIND'))).toEqual([['PKS', 5]]);
  });

  it('CLAUSE_TOPIC: one row per topic, counting agreements with such an article', async () => {
    const byTopic = new Map(pairs(await stats('CLAUSE_TOPIC')) as [string, number][]);
    expect(byTopic.get('TERM')).toBe(5); // JANGKA WAKTU in every seed
    expect(byTopic.get('OBLIGATIONS')).toBe(4); // KEWAJIBAN PARA PIHAK: all but 002 …
    expect(byTopic.get('RIGHTS_AND_OBLIGATIONS')).toBe(1); // … whose Pasal 4 is HAK DAN KEWAJIBAN
    expect(byTopic.get('RESTRICTIONS')).toBe(2); // PEMBATASAN: 001 and 003
    expect(byTopic.get('CONFIDENTIALITY')).toBe(5);
    expect(byTopic.size).toBe(17);
  });

  it('SIGNATORY: Y.B. Susilo Wibowo three times, then the seven who signed once', async () => {
    const rows = await stats('SIGNATORY');
    expect(rows[0]).toEqual({ key: 'Y.B. SUSILO WIBOWO', id: 'official:yb-susilo-wibowo', count: 3 });
    expect(rows).toHaveLength(8);
    expect(rows.slice(1).map((r) => r.count)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(rows.map((r) => r.key)).toContain('Imas Sukmariah');
  });

  it('filters by agency, kind and signing dates', async () => {
    expect(pairs(await stats('YEAR', { agencyId: KEMENDAG }))).toEqual([['2023', 1]]);
    expect(pairs(await stats('YEAR', { signedFrom: '2023-01-01', signedTo: '2025-01-24' }))).toEqual([
      ['2023', 1],
      ['2025', 1], // 003 on 2025-01-24 (inclusive); 001 is later that year
    ]);
    expect(await stats('KIND', { kind: 'MOU' })).toEqual([]); // the MoU 003 implements is not loaded
    expect(await stats('AGENCY', { agencyId: 'institution:no-such-body' })).toEqual([]);
  });

  it('returns at most first rows', async () => {
    expect(pairs(await stats('SIGNATORY', undefined, 1))).toEqual([['Y.B. SUSILO WIBOWO', 3]]);
  });

  it('refuses first: 1000 before running anything', async () => {
    const response = await api.gql(STATS, { groupBy: 'YEAR', first: 1000 });
    expect(response.status).toBe(400);
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['PAGE_SIZE_OUT_OF_RANGE']);
  });
});

describe('signingsByMonth', () => {
  const SERIES = `query ($from: Date!, $to: Date!, $filter: AgreementStatsFilter) {
    signingsByMonth(from: $from, to: $to, filter: $filter) { month count }
  }`;
  type Result = { signingsByMonth: { month: string; count: number }[] };

  it('has a row for every month, zero months included', async () => {
    const { signingsByMonth } = await data<Result>(SERIES, { from: '2022-08-01', to: '2023-05-31' });
    expect(signingsByMonth).toEqual([
      { month: '2022-08-01', count: 1 }, // 004, 24-08-2022
      { month: '2022-09-01', count: 0 },
      { month: '2022-10-01', count: 1 }, // 000, 3 Oktober 2022
      { month: '2022-11-01', count: 0 },
      { month: '2022-12-01', count: 0 },
      { month: '2023-01-01', count: 0 },
      { month: '2023-02-01', count: 0 },
      { month: '2023-03-01', count: 0 },
      { month: '2023-04-01', count: 0 },
      { month: '2023-05-01', count: 1 }, // 002, 15 Mei 2023
    ]);
  });

  it('counts only signings dated from through to', async () => {
    // 004 was signed on 24 August 2022: before the 25th it is in the window, from the 25th not.
    const from25 = await data<Result>(SERIES, { from: '2022-08-25', to: '2022-10-02' });
    expect(from25.signingsByMonth).toEqual([
      { month: '2022-08-01', count: 0 },
      { month: '2022-09-01', count: 0 },
      { month: '2022-10-01', count: 0 }, // 000 is 3 Oktober, a day after `to`
    ]);
  });

  it('sums to the five seeds over their whole span and honours the filter', async () => {
    const all = await data<Result>(SERIES, { from: '2022-01-01', to: '2025-12-31' });
    expect(all.signingsByMonth).toHaveLength(48);
    expect(all.signingsByMonth.reduce((n, r) => n + r.count, 0)).toBe(5);
    expect(all.signingsByMonth.filter((r) => r.count > 0).map((r) => r.month)).toEqual([
      '2022-08-01',
      '2022-10-01',
      '2023-05-01',
      '2025-01-01',
      '2025-09-01',
    ]);
    const kemendag = await data<Result>(SERIES, {
      from: '2022-01-01',
      to: '2025-12-31',
      filter: { agencyId: KEMENDAG },
    });
    expect(kemendag.signingsByMonth.filter((r) => r.count > 0)).toEqual([{ month: '2023-05-01', count: 1 }]);
  });

  it('refuses a range over 50 years, and to before from, with BAD_USER_INPUT', async () => {
    const long = await api.gql(SERIES, { from: '1970-01-01', to: '2025-12-31' });
    expect(long.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors![0]!.message).toMatch(/spans 672 months; at most 600 \(50 years\)/);
    const reversed = await api.gql(SERIES, { from: '2025-01-01', to: '2024-01-01' });
    expect(reversed.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const response = await api.gql(SERIES, { from: '2025-13-01', to: '2025-12-31' });
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('round trips', () => {
  it('every grouping and a 50-year series each take one read', async () => {
    for (const groupBy of ['YEAR', 'AGENCY', 'KIND', 'CLAUSE_TOPIC', 'SIGNATORY']) {
      reads.length = 0;
      await stats(groupBy);
      expect(reads, groupBy).toHaveLength(1);
    }
    reads.length = 0;
    const series = await data<{ signingsByMonth: unknown[] }>(
      '{ signingsByMonth(from: "1976-01-01", to: "2025-12-31") { month count } }',
    );
    expect(series.signingsByMonth).toHaveLength(600);
    expect(reads).toHaveLength(1);
  });
});

describe('examples/dashboards', () => {
  const dir = path.resolve('examples/dashboards');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));

  it('has one example per dashboard query', () => {
    expect(files.sort()).toEqual(['agreement-stats.graphql', 'signings-by-month.graphql']);
  });

  it.each(files)('%s runs as written and answers rows', async (file) => {
    const answer = await data<Record<string, unknown>>(fs.readFileSync(path.join(dir, file), 'utf8'));
    const values = Object.values(answer);
    expect(values).toHaveLength(1);
    expect(Array.isArray(values[0]) && values[0].length > 0).toBe(true);
  });
});
