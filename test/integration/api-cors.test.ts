import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { rawRequest, type RawResponse } from '../helpers/http-request.js';

// CORS over real HTTP, with the headers a browser sends. The queries touch no data (__typename),
// so these servers need no seeded graph.
const DASHBOARD = 'https://dashboard.example.go.id';
const OTHER = 'https://elsewhere.example.com';

let db: GraphDatabase;
const servers: AppServer[] = [];

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await db?.close();
});

async function start(corsOrigins?: string[]): Promise<string> {
  const server = await createServer({
    config: { nodeEnv: 'test', apiToken: null, maxBodyBytes: 100_000, corsOrigins },
    db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  servers.push(server);
  return `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
}

const preflight = (url: string, origin: string): Promise<RawResponse> =>
  rawRequest(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });

const post = (url: string, origin: string, type = 'application/json'): Promise<RawResponse> =>
  rawRequest(url, {
    method: 'POST',
    headers: { origin, 'content-type': type },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const corsHeaders = (res: RawResponse): string[] =>
  Object.keys(res.headers).filter((name) => name.startsWith('access-control-'));

describe('CORS_ORIGINS=https://dashboard.example.go.id', () => {
  let url: string;
  beforeAll(async () => {
    url = await start([DASHBOARD]);
  });

  it('answers the preflight of the allowed origin with 204 and what it may send', async () => {
    const res = await preflight(url, DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(res.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
    expect(res.headers['access-control-allow-headers']?.split(', ')).toEqual(
      expect.arrayContaining(['authorization', 'content-type']),
    );
    expect(res.headers.vary).toBe('Origin');
  });

  it('lets the allowed origin read the answer to its query', async () => {
    const res = await post(url, DASHBOARD);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(JSON.parse(res.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives another origin no CORS header, on the preflight (403, saying why) or the request', async () => {
    const refused = await preflight(url, OTHER);
    expect(refused.status).toBe(403);
    expect(corsHeaders(refused)).toEqual([]);
    expect(JSON.parse(refused.body).error).toContain(
      `origin ${OTHER} is not allowed: add it to CORS_ORIGINS`,
    );
    expect(corsHeaders(await post(url, OTHER))).toEqual([]);
  });

  it("keeps Apollo's CSRF prevention for simple requests, even from the allowed origin", async () => {
    // A text/plain POST needs no preflight, so a page on any site could send it with the user's
    // network position: Apollo refuses it before running anything.
    const plain = await post(url, DASHBOARD, 'text/plain');
    expect(plain.status).toBe(400);
    expect(plain.body).toContain('Cross-Site Request Forgery');
    const get = await rawRequest(`${url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: DASHBOARD },
    });
    expect(get.status).toBe(400);
    expect(get.body).toContain('Cross-Site Request Forgery');
    const marked = await rawRequest(`${url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: DASHBOARD, 'apollo-require-preflight': 'true' },
    });
    expect(marked.status).toBe(200);
    expect(JSON.parse(marked.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('applies to the other routes too: /health and the CSV exports a spreadsheet page downloads', async () => {
    const health = await rawRequest(url.replace('/graphql', '/health'), { headers: { origin: DASHBOARD } });
    // Only the header is the point here: /health's own status depends on Neo4j answering within
    // its 900 ms budget, which a cold driver on a busy machine can miss.
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect(health.headers['access-control-allow-origin']).toBe(DASHBOARD);
    const csv = await rawRequest(url.replace('/graphql', '/export/agreement-stats.csv?groupBy=YEAR'), {
      headers: { origin: DASHBOARD },
    });
    expect(csv.status, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['access-control-allow-origin']).toBe(DASHBOARD);
  });
});

describe('CORS_ORIGINS unset (the default)', () => {
  it('allows no origin: the preflight is refused and answers carry no CORS header', async () => {
    const url = await start();
    const refused = await preflight(url, DASHBOARD);
    expect(refused.status).toBe(403);
    expect(corsHeaders(refused)).toEqual([]);
    const res = await post(url, DASHBOARD);
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual([]);
  });
});

describe('CORS_ORIGINS=*', () => {
  it('lets any origin read answers, without echoing it', async () => {
    const url = await start(['*']);
    const res = await preflight(url, OTHER);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect((await post(url, OTHER)).headers['access-control-allow-origin']).toBe('*');
  });
});
