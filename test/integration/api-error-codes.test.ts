import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, isErrorCode } from '../../src/graphql/error-code.js';
import { startSeededApi, TEST_API_TOKEN, type GraphQLResponse, type TestApi } from '../helpers/api-server.js';

// Issue 14: one ErrorCode enum, and one answer for the page-size limit on every list field,
// whichever kind of list it is and however `first` is given. Real HTTP, real Neo4j, five seeds.
let api: TestApi;
const seen: unknown[] = [];

beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(async () => {
  await api?.close();
});

async function ask(query: string, variables?: Record<string, unknown>, token?: string) {
  const response: GraphQLResponse = await api.gql(query, variables, token ? { token } : undefined);
  for (const error of response.errors ?? []) seen.push(error.extensions?.code);
  return response;
}

describe('first outside 1..100 is PAGE_SIZE_OUT_OF_RANGE (HTTP 400) on every kind of list', () => {
  it.each([
    ['a connection', '{ agreements(first: 101) { totalCount } }', 'agreements(first: 101)'],
    ['a connection, first 0', '{ officials(first: 0) { totalCount } }', 'officials(first: 0)'],
    [
      'a nested list',
      '{ institution(id: "institution:badan-siber-dan-sandi-negara") { agreements(first: 0) { id } } }',
      'agreements(first: 0)',
    ],
    [
      'a ranked list',
      '{ sharedSignatories(first: 101) { agreementCount } }',
      'sharedSignatories(first: 101)',
    ],
    ['a statistic', '{ agreementStats(groupBy: YEAR, first: 101) { key } }', 'agreementStats(first: 101)'],
    ['search', '{ search(text: "sertifikat", first: 1000) { score } }', 'search(first: 1000)'],
  ])('%s', async (_kind, query, where) => {
    const response = await ask(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
      argumentName: 'first',
    });
    expect(response.errors![0]!.message).toBe(
      `${where} is outside 1..100; ask for at most 100 (a connection pages on with 'after')`,
    );
  });

  it('the same when first comes in a variable', async () => {
    const response = await ask('query($n: Int!) { clauseVariants(topic: SCOPE, first: $n) { present } }', {
      n: 101,
    });
    expect(response.status).toBe(400);
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual([ErrorCode.PAGE_SIZE_OUT_OF_RANGE]);
  });

  it('and the CSV export answers 400 with the same message', async () => {
    const res = await fetch(
      `${api.url.replace(/\/graphql$/, '')}/export/agreement-stats.csv?groupBy=YEAR&first=101`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      "agreementStats(first: 101) is outside 1..100; ask for at most 100 (a connection pages on with 'after')\n",
    );
  });

  it('first 100 is accepted: the five seeds come back', async () => {
    const response = await ask('{ agreements(first: 100) { totalCount edges { node { id } } } }');
    expect(response.errors).toBeUndefined();
    const agreements = (response.data as { agreements: { totalCount: number; edges: unknown[] } }).agreements;
    expect(agreements.totalCount).toBe(5);
    expect(agreements.edges).toHaveLength(5);
  });
});

describe('a resolver refusing an argument: BAD_USER_INPUT naming it', () => {
  // Apollo Server 5 answers a field error raised during execution with 200 and the data it
  // has (GraphQL over HTTP: a well-formed request that executed); only refusals before
  // execution, search text and the mutations' authorisation set a status of their own.
  it('thenBy equal to groupBy: 200, data null, argumentName thenBy', async () => {
    const response = await ask('{ agreementStats(groupBy: YEAR, thenBy: YEAR) { key } }');
    expect(response.status).toBe(200);
    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      argumentName: 'thenBy',
    });
    expect(response.errors![0]!.message).toBe(
      'thenBy is YEAR, the same as groupBy; leave it out or choose another key',
    );
  });

  it('a cursor this API did not issue: argumentName after', async () => {
    const response = await ask('{ agreements(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(response.errors![0]!.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      argumentName: 'after',
    });
    expect(response.errors![0]!.message).toBe(`'after' is not a cursor this API issued: "bm90LWEtY3Vyc29y"`);
  });
});

describe('mutations', () => {
  it('without the token: UNAUTHENTICATED with HTTP 401, nothing deleted', async () => {
    const response = await ask('mutation { deleteAgreement(id: "agreement:nope") }');
    expect(response.status).toBe(401);
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual([ErrorCode.UNAUTHENTICATED]);
  });

  it("a text that is not an agreement: BAD_AGREEMENT_TEXT with the parser's reason", async () => {
    const response = await ask(
      'mutation($text: String!) { ingestAgreement(text: $text) { status } }',
      { text: 'Daftar belanja: beras, gula, kopi.' },
      TEST_API_TOKEN,
    );
    expect(response.errors![0]!.extensions?.code).toBe(ErrorCode.BAD_AGREEMENT_TEXT);
    expect(response.errors![0]!.extensions?.reason).toMatch(/^[A-Z][A-Z_]+$/);
    const count = await ask('{ agreements { totalCount } }');
    expect((count.data as { agreements: { totalCount: number } }).agreements.totalCount).toBe(5);
  });
});

describe('the codes a client saw', () => {
  it('are all members of ErrorCode', () => {
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((code) => !isErrorCode(code))).toEqual([]);
  });
});
