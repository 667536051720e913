/**
 * The CSV exports over real HTTP, on the five seed agreements (see api-stats.test.ts for what
 * each seed text says: signing dates, agencies, terms).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';
import { driverForToolsAndTests } from '../../src/graph/driver.js';

let api: TestApi;
let base: string;

beforeAll(async () => {
  api = await startSeededApi();
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api?.close();
});

async function get(path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('GET /export/agreement-stats.csv', () => {
  it('answers one grouping as CSV with a header row, as a download', async () => {
    const res = await get('/export/agreement-stats.csv?groupBy=YEAR&kind=PKS');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="agreement-stats-year.csv"');
    // 000 and 004 signed in 2022, 002 in 2023, 001 and 003 in 2025.
    expect(res.text).toBe('year,count\r\n2022,2\r\n2023,1\r\n2025,2\r\n');
  });

  it('answers two keys with the ids of what is counted, and the same filters as GraphQL', async () => {
    const res = await get('/export/agreement-stats.csv?groupBy=AGENCY&thenBy=YEAR&activeOn=2026-09-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="agreement-stats-agency-year.csv"',
    );
    // In force on 2026-09-01: 000 (to 2026-10-03), 001, 002 (to 2026-10-26), 003; not 004 (to 2026-08-24).
    expect(res.text.split('\r\n')).toEqual([
      'agency,agency_id,year,count',
      'Badan Kepegawaian Negara,institution:badan-kepegawaian-negara,2022,1',
      'Badan Pembinaan Ideologi Pancasila,institution:badan-pembinaan-ideologi-pancasila,2025,1',
      'Badan Siber dan Sandi Negara,institution:badan-siber-dan-sandi-negara,2022,1',
      'Badan Siber dan Sandi Negara,institution:badan-siber-dan-sandi-negara,2023,1',
      'Badan Siber dan Sandi Negara,institution:badan-siber-dan-sandi-negara,2025,2',
      'Kementerian Hukum Republik Indonesia,institution:kementerian-hukum,2025,1',
      'Kementerian Perdagangan,institution:kementerian-perdagangan,2023,1',
      '',
    ]);
    // The same rows as the GraphQL query with the same arguments.
    const gql = await api.gql<{ agreementStats: { key: string; thenKey: string; count: number }[] }>(
      '{ agreementStats(groupBy: AGENCY, thenBy: YEAR, filter: { activeOn: "2026-09-01" }) { key thenKey count } }',
    );
    expect(gql.data!.agreementStats.map((r) => `${r.key},${r.thenKey},${r.count}`)).toEqual(
      res.text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) =>
          line
            .split(',')
            .filter((_, i) => i !== 1)
            .join(','),
        ),
    );
  });

  it('filters by unit and official and takes first', async () => {
    const unit = 'institution:balai-sertifikasi-elektronik-badan-siber-dan-sandi-negara';
    expect((await get(`/export/agreement-stats.csv?groupBy=YEAR&institutionId=${unit}`)).text).toBe(
      'year,count\r\n2022,1\r\n',
    );
    const susilo = await get(
      '/export/agreement-stats.csv?groupBy=SIGNATORY&officialId=official:yb-susilo-wibowo&first=1',
    );
    expect(susilo.text).toBe(
      'signatory,signatory_id,count\r\nY.B. SUSILO WIBOWO,official:yb-susilo-wibowo,3\r\n',
    );
  });

  it('quotes names with commas and quotes, and defuses one a spreadsheet would run', async () => {
    // A body name as a hostile or unlucky text might give it, set in the graph for this test only.
    const rename = (name: string) =>
      driverForToolsAndTests(api.db).executeQuery(
        "MATCH (i:Institution {id: 'institution:badan-kepegawaian-negara'}) SET i.name = $name",
        { name },
        { database: api.db.database },
      );
    await rename('=HYPERLINK("x"), Badan');
    try {
      const res = await get(
        '/export/agreement-stats.csv?groupBy=AGENCY&agencyId=institution:badan-kepegawaian-negara',
      );
      expect(res.text).toBe(
        'agency,agency_id,count\r\n' +
          '"\'=HYPERLINK(""x""), Badan",institution:badan-kepegawaian-negara,1\r\n' + // '=' sorts before 'B'
          'Badan Siber dan Sandi Negara,institution:badan-siber-dan-sandi-negara,1\r\n',
      );
    } finally {
      await rename('Badan Kepegawaian Negara');
    }
  });

  it('answers HEAD with the headers only', async () => {
    const res = await get('/export/agreement-stats.csv?groupBy=KIND', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.headers.get('content-length')).toBe(String('kind,count\r\nPKS,5\r\n'.length));
  });

  it('refuses bad parameters with 400 and a plain message, before or from GraphQL', async () => {
    const cases: [string, RegExp][] = [
      ['', /^missing parameter groupBy; e\.g\. \/export\/agreement-stats\.csv\?groupBy=AGENCY&thenBy=YEAR/],
      [
        '?groupBy=COLOUR',
        /^groupBy must be one of YEAR, MONTH, AGENCY, INSTITUTION, KIND, CLAUSE_TOPIC, SIGNATORY; got "COLOUR"/,
      ],
      [
        '?groupBy=YEAR&colour=red',
        /^unknown parameter "colour"; \/export\/agreement-stats\.csv takes groupBy, thenBy, first, agencyId/,
      ],
      ['?groupBy=YEAR&groupBy=KIND', /^parameter groupBy is given twice/],
      ['?groupBy=YEAR&first=ten', /^first must be a whole number/],
      ['?groupBy=YEAR&first=1000', /outside 1\.\.100/],
      [
        '?groupBy=YEAR&signedFrom=2025-13-01',
        /^signedFrom must be a calendar date written YYYY-MM-DD, got "2025-13-01"/,
      ],
      ['?groupBy=YEAR&thenBy=YEAR', /thenBy is YEAR, the same as groupBy/],
      ['?groupBy=YEAR&kind=CONTRACT', /^kind must be one of PKS, MOU, [A-Z_, ]+; got "CONTRACT"/],
    ];
    for (const [query, message] of cases) {
      const res = await get(`/export/agreement-stats.csv${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).toBe('text/plain; charset=utf-8');
      expect(res.text, query).toMatch(message);
    }
  });

  it('answers other methods 405 and unknown exports 404', async () => {
    const post = await get('/export/agreement-stats.csv?groupBy=YEAR', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const unknown = await get('/export/agreements.xlsx');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toMatch(
      /the exports are \/export\/agreement-stats\.csv, \/export\/signings-by-month\.csv/,
    );
  });

  it('follows the auth rules of GraphQL reads: no token needed, any Authorization header ignored', async () => {
    const read = '{ agreementStats(groupBy: KIND) { key count } }';
    for (const token of [undefined, TEST_API_TOKEN, 'wrong-token']) {
      const gql = await api.gql(read, undefined, { token });
      const csv = await get('/export/agreement-stats.csv?groupBy=KIND', {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect([gql.status, csv.status], String(token)).toEqual([200, 200]);
      expect(csv.text).toBe('kind,count\r\nPKS,5\r\n');
    }
  });
});

describe('GET /export/signings-by-month.csv and /export/expirations-by-month.csv', () => {
  it('answer a row for every month, zero months included', async () => {
    const signings = await get('/export/signings-by-month.csv?from=2022-08-01&to=2022-10-31');
    expect(signings.status).toBe(200);
    expect(signings.headers.get('content-disposition')).toBe(
      'attachment; filename="signings-by-month-2022-08-01-2022-10-31.csv"',
    );
    // 004 signed 24-08-2022, 000 on 3 Oktober 2022.
    expect(signings.text).toBe('month,count\r\n2022-08-01,1\r\n2022-09-01,0\r\n2022-10-01,1\r\n');
    const expirations = await get(
      '/export/expirations-by-month.csv?from=2026-08-01&to=2026-10-31&agencyId=institution:badan-siber-dan-sandi-negara',
    );
    // 004 ends 2026-08-24; 000 on 2026-10-03 and 002 on 2026-10-26.
    expect(expirations.text).toBe('month,count\r\n2026-08-01,1\r\n2026-09-01,0\r\n2026-10-01,2\r\n');
  });

  it('refuses a missing range and a range over 50 years', async () => {
    const missing = await get('/export/signings-by-month.csv?from=2022-01-01');
    expect(missing.status).toBe(400);
    expect(missing.text).toMatch(/^missing parameter to/);
    const long = await get('/export/expirations-by-month.csv?from=1900-01-01&to=2025-12-31');
    expect(long.status).toBe(400);
    expect(long.text).toMatch(/at most 600 \(50 years\)/);
  });
});
