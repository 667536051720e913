/**
 * expiredAgreements when an agreement has no expiry: it is never "expired", however far back
 * the window reaches. In a file of its own because it replaces a seed agreement; the read-only
 * cases (boundaries, order, validation) are in api-relationships.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/config.js';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';

let api: TestApi;

beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const EXPIRED = `query ($asOf: Date, $days: Int) {
  expiredAgreements(asOf: $asOf, withinDays: $days) { signedOn expiresOn }
}`;
type Expired = { expiredAgreements: { signedOn: string; expiresOn: string | null }[] };

async function expired(variables: Record<string, unknown>): Promise<Expired['expiredAgreements']> {
  const response = await api.gql<Expired>(EXPIRED, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.expiredAgreements;
}

describe('expiredAgreements and agreements with no expiresOn', () => {
  it('leaves out 000 once a version without its term article replaces it', async () => {
    // By 2030-01-01 all five seeds have expired (each runs 4 years; 001, signed 2025-09-10, last).
    expect((await expired({ asOf: '2030-01-01', days: 3650 })).map((a) => a.signedOn)).toEqual([
      '2025-09-10',
      '2025-01-24',
      '2023-05-15',
      '2022-10-03', // 000, expiring 2026-10-03
      '2022-08-24',
    ]);

    // 000 without Pasal 7 (JANGKA WAKTU, "berlaku untuk jangka waktu 4 (empat) tahun"): same
    // parties and signing date, so it replaces 000, and with no term it has no expiresOn.
    const text = fs.readFileSync(path.join(projectRoot(), 'seed', '000_c1085a28d48a1dcb.txt'), 'utf8');
    const withoutTerm = text.replace(/Pasal 7\s[\s\S]*?(?=Pasal 8\s)/, '');
    expect(withoutTerm).not.toMatch(/JANGKA WAKTU/);
    const ingest = await api.gql<{
      ingestAgreement: { status: string; agreement: { signedOn: string; expiresOn: null } };
    }>(
      `mutation ($text: String!) { ingestAgreement(text: $text, sourceName: "000-without-term.txt") {
        status agreement { signedOn expiresOn } } }`,
      { text: withoutTerm },
      { token: TEST_API_TOKEN },
    );
    expect(ingest.errors, JSON.stringify(ingest.errors)).toBeUndefined();
    expect(ingest.data!.ingestAgreement.status).toBe('UPDATED');
    expect(ingest.data!.ingestAgreement.agreement).toEqual({ signedOn: '2022-10-03', expiresOn: null });

    expect((await expired({ asOf: '2030-01-01', days: 3650 })).map((a) => a.signedOn)).toEqual([
      '2025-09-10',
      '2025-01-24',
      '2023-05-15',
      '2022-08-24',
    ]);
  });
});
