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
 * 004's BSSN side acts for its unit Balai Sertifikasi Elektronik; 002's other side for the unit
 * Sekretariat Jenderal Kementerian Perdagangan; every other party for its agency.
 *
 * Terms (each JANGKA WAKTU article: 4 years from signing, so in force through the same date
 * four years on), except 002, whose Pasal on JANGKA WAKTU has it in force "terhitung sejak
 * tanggal 26 Oktober 2022", before it was signed:
 *   000 2022-10-03 .. 2026-10-03   001 2025-09-10 .. 2029-09-10   002 2022-10-26 .. 2026-10-26
 *   003 2025-01-24 .. 2029-01-24   004 2022-08-24 .. 2026-08-24
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReads, type GraphDatabase } from '../../src/graph/driver.js';
import { startSeededApi, type TestApi } from '../helpers/api-server.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

const BSSN = 'institution:badan-siber-dan-sandi-negara';
const KEMENDAG = 'institution:kementerian-perdagangan';
const BSRE = 'institution:balai-sertifikasi-elektronik-badan-siber-dan-sandi-negara';
const SETJEN_KEMENDAG = 'institution:sekretariat-jenderal-kementerian-perdagangan';
const SUSILO = 'official:yb-susilo-wibowo';

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

interface PairRow {
  key: string;
  id: string | null;
  thenKey: string;
  thenId: string | null;
  count: number;
}

const PAIRS = `query ($groupBy: StatsGroupBy!, $thenBy: StatsGroupBy, $filter: AgreementStatsFilter, $first: Int) {
  agreementStats(groupBy: $groupBy, thenBy: $thenBy, filter: $filter, first: $first) { key id thenKey thenId count }
}`;

async function statsByTwo(
  groupBy: string,
  thenBy: string,
  filter?: Record<string, unknown>,
  first?: number,
): Promise<PairRow[]> {
  return (await data<{ agreementStats: PairRow[] }>(PAIRS, { groupBy, thenBy, filter, first }))
    .agreementStats;
}

/** Rows of two keys as [key, thenKey, count]. */
const triples = (rows: PairRow[]) => rows.map((r) => [r.key, r.thenKey, r.count]);

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

describe('agreementStats by two keys', () => {
  it('AGENCY x YEAR: one row per agency and year, by agency name then year', async () => {
    const rows = await statsByTwo('AGENCY', 'YEAR');
    expect(triples(rows)).toEqual([
      ['Badan Kepegawaian Negara', '2022', 1], // 000
      ['Badan Pembinaan Ideologi Pancasila', '2025', 1], // 001
      ['Badan Siber dan Sandi Negara', '2022', 2], // 000 and 004 (through its unit BSrE)
      ['Badan Siber dan Sandi Negara', '2023', 1], // 002
      ['Badan Siber dan Sandi Negara', '2025', 2], // 001 and 003
      ['Kementerian Hukum Republik Indonesia', '2025', 1], // 003
      ['Kementerian Perdagangan', '2023', 1], // 002, through its Sekretariat Jenderal
      ['Pemerintah Kabupaten Aceh Besar', '2022', 1], // 004
    ]);
    expect(rows.find((r) => r.key === 'Kementerian Perdagangan')).toMatchObject({
      id: KEMENDAG,
      thenId: null,
    });
  });

  it('KIND x MONTH: the five PKS in their signing months', async () => {
    expect(triples(await statsByTwo('KIND', 'MONTH'))).toEqual([
      ['PKS', '2022-08', 1],
      ['PKS', '2022-10', 1],
      ['PKS', '2023-05', 1],
      ['PKS', '2025-01', 1],
      ['PKS', '2025-09', 1],
    ]);
  });

  it('YEAR x SIGNATORY: ids of the second key, filters and first apply', async () => {
    const rows = await statsByTwo('YEAR', 'SIGNATORY', { officialId: SUSILO });
    // Y.B. Susilo Wibowo signed 002 (2023), 001 and 003 (2025); his counterparts each once.
    expect(triples(rows)).toEqual([
      ['2023', 'SUHANTO', 1],
      ['2023', 'Y.B. SUSILO WIBOWO', 1],
      ['2025', 'NICO AFINTA', 1],
      ['2025', 'TONNY AGUNG ARIFIANTO', 1],
      ['2025', 'Y.B. SUSILO WIBOWO', 2],
    ]);
    expect(rows.filter((r) => r.thenKey === 'Y.B. SUSILO WIBOWO').every((r) => r.thenId === SUSILO)).toBe(
      true,
    );
    expect(await statsByTwo('YEAR', 'SIGNATORY', { officialId: SUSILO }, 2)).toHaveLength(2);
  });

  it('refuses thenBy equal to groupBy with BAD_USER_INPUT', async () => {
    const response = await api.gql(PAIRS, { groupBy: 'YEAR', thenBy: 'YEAR' });
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/thenBy is YEAR, the same as groupBy/);
  });
});

describe('agreementStats: MONTH, INSTITUTION, and filters by unit, official and date in force', () => {
  it('MONTH: one row per signing month, oldest first', async () => {
    expect(pairs(await stats('MONTH'))).toEqual([
      ['2022-08', 1],
      ['2022-10', 1],
      ['2023-05', 1],
      ['2025-01', 1],
      ['2025-09', 1],
    ]);
  });

  it('INSTITUTION: the bodies parties act for, units not rolled up', async () => {
    const rows = await stats('INSTITUTION');
    expect(rows[0]).toEqual({ key: 'Badan Siber dan Sandi Negara', id: BSSN, count: 4 }); // 004 acts through BSrE
    expect(rows).toContainEqual({
      key: 'Balai Sertifikasi Elektronik Badan Siber dan Sandi Negara',
      id: BSRE,
      count: 1,
    });
    expect(rows).toContainEqual({
      key: 'Sekretariat Jenderal Kementerian Perdagangan Republik Indonesia',
      id: SETJEN_KEMENDAG,
      count: 1,
    });
    expect(rows).toHaveLength(7);
  });

  it('filters by a unit (institutionId): the unit alone, or an agency with its units', async () => {
    expect(pairs(await stats('YEAR', { institutionId: BSRE }))).toEqual([['2022', 1]]); // 004
    expect(pairs(await stats('YEAR', { institutionId: SETJEN_KEMENDAG }))).toEqual([['2023', 1]]); // 002
    expect((await stats('KIND', { institutionId: BSSN }))[0]!.count).toBe(5);
  });

  it('filters by a signing official', async () => {
    expect(pairs(await stats('YEAR', { officialId: SUSILO }))).toEqual([
      ['2023', 1],
      ['2025', 2],
    ]);
    expect(await stats('YEAR', { officialId: 'official:no-one' })).toEqual([]);
  });

  it('filters by the date in force (activeOn), both ends inclusive', async () => {
    const agenciesOn = async (activeOn: string) =>
      (await stats('AGENCY', { activeOn })).filter((r) => r.id !== BSSN).map((r) => r.key);
    // 2026-09-01: 004 ended on 2026-08-24; 000, 001, 002 and 003 are in force.
    expect(await agenciesOn('2026-09-01')).toEqual([
      'Badan Kepegawaian Negara',
      'Badan Pembinaan Ideologi Pancasila',
      'Kementerian Hukum Republik Indonesia',
      'Kementerian Perdagangan',
    ]);
    expect(await agenciesOn('2026-08-24')).toContain('Pemerintah Kabupaten Aceh Besar'); // its last day
    // 2022-10-26: 002 in force from that day, though signed in 2023; 000 from 2022-10-03; 004.
    expect(await agenciesOn('2022-10-26')).toEqual([
      'Badan Kepegawaian Negara',
      'Kementerian Perdagangan',
      'Pemerintah Kabupaten Aceh Besar',
    ]);
    expect(await agenciesOn('2022-10-25')).toEqual([
      'Badan Kepegawaian Negara',
      'Pemerintah Kabupaten Aceh Besar',
    ]);
  });
});

describe('activeAgreementCount', () => {
  const COUNT = `query ($on: Date, $filter: AgreementStatsFilter) { activeAgreementCount(on: $on, filter: $filter) }`;
  const count = async (on: string, filter?: Record<string, unknown>) =>
    (await data<{ activeAgreementCount: number }>(COUNT, { on, filter })).activeAgreementCount;

  it('counts agreements in force on a date, first and last days included', async () => {
    expect(await count('2022-08-23')).toBe(0); // before 004 was signed
    expect(await count('2022-08-24')).toBe(1); // 004
    expect(await count('2022-10-03')).toBe(2); // + 000
    expect(await count('2022-10-26')).toBe(3); // + 002 (in force from 26 Oktober 2022)
    expect(await count('2025-06-01')).toBe(4); // + 003; 001 not yet signed
    expect(await count('2026-08-24')).toBe(5); // 004's last day
    expect(await count('2026-08-25')).toBe(4);
    expect(await count('2029-09-10')).toBe(1); // 001's last day
    expect(await count('2029-09-11')).toBe(0);
  });

  it('takes the stats filter', async () => {
    expect(await count('2025-06-01', { officialId: SUSILO })).toBe(2); // 002 and 003
    expect(await count('2025-06-01', { agencyId: KEMENDAG })).toBe(1);
  });

  it('defaults to today, and refuses two different dates', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const d = await data<{ activeAgreementCount: number }>('{ activeAgreementCount }');
    expect(d.activeAgreementCount).toBe(await count(today));
    const response = await api.gql(COUNT, { on: '2025-01-01', filter: { activeOn: '2025-02-01' } });
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('expirationsByMonth', () => {
  const SERIES = `query ($from: Date!, $to: Date!, $filter: AgreementStatsFilter) {
    expirationsByMonth(from: $from, to: $to, filter: $filter) { month count }
  }`;
  type Result = { expirationsByMonth: { month: string; count: number }[] };

  it('has a row for every month, zero months included', async () => {
    const { expirationsByMonth } = await data<Result>(SERIES, { from: '2026-07-01', to: '2026-11-30' });
    expect(expirationsByMonth).toEqual([
      { month: '2026-07-01', count: 0 },
      { month: '2026-08-01', count: 1 }, // 004, 2026-08-24
      { month: '2026-09-01', count: 0 },
      { month: '2026-10-01', count: 2 }, // 000 on the 3rd, 002 on the 26th
      { month: '2026-11-01', count: 0 },
    ]);
  });

  it('counts expiries dated from through to, and honours the filter', async () => {
    const { expirationsByMonth } = await data<Result>(SERIES, { from: '2026-10-04', to: '2029-12-31' });
    expect(expirationsByMonth.filter((r) => r.count > 0)).toEqual([
      { month: '2026-10-01', count: 1 }, // 002 only: 000 expired on the 3rd
      { month: '2029-01-01', count: 1 }, // 003
      { month: '2029-09-01', count: 1 }, // 001
    ]);
    const susilo = await data<Result>(SERIES, {
      from: '2026-01-01',
      to: '2029-12-31',
      filter: { officialId: SUSILO },
    });
    expect(susilo.expirationsByMonth.reduce((n, r) => n + r.count, 0)).toBe(3);
  });

  it('refuses a range over 50 years with BAD_USER_INPUT', async () => {
    const long = await api.gql(SERIES, { from: '1970-01-01', to: '2025-12-31' });
    expect(long.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
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
    for (const groupBy of ['YEAR', 'MONTH', 'AGENCY', 'INSTITUTION', 'KIND', 'CLAUSE_TOPIC', 'SIGNATORY']) {
      reads.length = 0;
      await stats(groupBy);
      expect(reads, groupBy).toHaveLength(1);
      reads.length = 0;
      await statsByTwo(groupBy, groupBy === 'YEAR' ? 'CLAUSE_TOPIC' : 'YEAR', { activeOn: '2026-01-01' });
      expect(reads, `${groupBy} x …`).toHaveLength(1);
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
  const run = async (file: string) =>
    data<Record<string, unknown>>(fs.readFileSync(path.join(dir, file), 'utf8'));

  /** What each example answers on the seeds, as written (its defaults), checked above field by field. */
  const expected: Record<string, unknown> = {
    'agreement-stats.graphql': {
      agreementStats: [
        { key: '2022', id: null, count: 2 },
        { key: '2023', id: null, count: 1 },
        { key: '2025', id: null, count: 2 },
      ],
    },
    'agreements-by-agency-and-year.graphql': {
      agreementStats: expect.arrayContaining([
        { key: 'Badan Siber dan Sandi Negara', id: BSSN, thenKey: '2025', count: 2 },
        { key: 'Kementerian Perdagangan', id: KEMENDAG, thenKey: '2023', count: 1 },
      ]),
    },
    'agreements-by-kind-and-month.graphql': {
      agreementStats: ['2022-08', '2022-10', '2023-05', '2025-01', '2025-09'].map((thenKey) => ({
        key: 'PKS',
        thenKey,
        count: 1,
      })),
    },
    'active-agreements-by-agency.graphql': {
      agreementStats: [
        { key: 'Badan Siber dan Sandi Negara', id: BSSN, count: 4 },
        { key: 'Badan Kepegawaian Negara', id: 'institution:badan-kepegawaian-negara', count: 1 },
        {
          key: 'Badan Pembinaan Ideologi Pancasila',
          id: 'institution:badan-pembinaan-ideologi-pancasila',
          count: 1,
        },
        { key: 'Kementerian Hukum Republik Indonesia', id: 'institution:kementerian-hukum', count: 1 },
        { key: 'Kementerian Perdagangan', id: KEMENDAG, count: 1 },
      ],
    },
    'active-agreement-count.graphql': { activeAgreementCount: 4 },
    'expirations-by-month.graphql': {
      expirationsByMonth: Array.from({ length: 12 }, (_, i) => ({
        month: `2026-${String(i + 1).padStart(2, '0')}-01`,
        count: i === 7 ? 1 : i === 9 ? 2 : 0,
      })),
    },
    'agreements-of-a-unit-and-an-official.graphql': {
      byUnit: [{ key: '2022', count: 1 }],
      byOfficial: [
        { key: '2023', count: 1 },
        { key: '2025', count: 2 },
      ],
    },
    'signings-by-month.graphql': {
      signingsByMonth: expect.arrayContaining([
        { month: '2022-08-01', count: 1 },
        { month: '2025-09-01', count: 1 },
        { month: '2024-01-01', count: 0 },
      ]),
    },
  };

  it('has an expected answer for every example file', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s runs as written and answers what the seeds say', async (file) => {
    expect(await run(file)).toEqual(expected[file]);
  });
});
