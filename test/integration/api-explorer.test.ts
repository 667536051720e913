import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { projectRoot } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { rawRequest } from '../helpers/http-request.js';

// The explorer's routes over real HTTP (the page itself runs in real-clients.test.ts, in Chromium).
let db: GraphDatabase;
const servers: AppServer[] = [];
let base: string;

async function start(nodeEnv: 'test' | 'production'): Promise<string> {
  const server = await createServer({
    config: { nodeEnv, apiToken: null, maxBodyBytes: 100_000 },
    db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  servers.push(server);
  return `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(projectRoot(), 'scripts', 'build-explorer.mjs')], {
    stdio: 'inherit',
  });
  db = await connectTestDatabase();
  base = await start('test');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await db?.close();
});

function graphqlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? graphqlFiles(path.join(dir, e.name)).map((f) => `${e.name}/${f}`)
        : e.name.endsWith('.graphql')
          ? [e.name]
          : [],
    );
}

describe('GET /explorer/', () => {
  it('redirects /explorer to /explorer/, where the page loads its assets by relative URLs', async () => {
    const redirect = await rawRequest(`${base}/explorer`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe('/explorer/');
    const page = await rawRequest(`${base}/explorer/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const refs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    // Nothing from a CDN: every script and style is one of this server's files.
    expect(refs.every((ref) => ref.startsWith('./assets/'))).toBe(true);
    for (const ref of refs) {
      const asset = await rawRequest(new URL(ref, `${base}/explorer/`).href);
      expect(asset.status, ref).toBe(200);
      expect(asset.headers['content-type'], ref).toMatch(/^text\/(javascript|css)/);
      expect(asset.headers['cache-control'], ref).toContain('immutable');
    }
  });

  it('lists every examples/ operation, with the file text, and a Bearer placeholder for mutations', async () => {
    const res = await rawRequest(`${base}/explorer/examples.json`);
    expect(res.status).toBe(200);
    const examples = JSON.parse(res.body) as { path: string; query: string; headers: string }[];
    const examplesDir = path.join(projectRoot(), 'examples');
    expect(examples.map((e) => e.path).sort()).toEqual(graphqlFiles(examplesDir).sort());
    // Relationship questions come first: what the graph is for.
    expect(examples[0]!.path.startsWith('relationships/')).toBe(true);
    const shared = examples.find((e) => e.path === 'relationships/shared-signatories.graphql')!;
    expect(shared.query).toBe(fs.readFileSync(path.join(examplesDir, shared.path), 'utf8'));
    expect(shared.headers).toBe('');
    const del = examples.find((e) => e.path === 'ingest/delete-agreement.graphql')!;
    expect(JSON.parse(del.headers)).toEqual({ Authorization: 'Bearer paste-your-API_TOKEN-here' });
  });

  it.each([
    ['/explorer/assets/..%2F..%2F..%2Fpackage.json'],
    ['/explorer/assets/.build-stamp'],
    ['/explorer/assets/missing.js'],
    ['/explorer/index.htm'],
  ])('answers 404 for %s and reads nothing outside the bundle', async (route) => {
    const res = await rawRequest(`${base}${route}`);
    expect(res.status).toBe(404);
    expect(res.body).toContain('the explorer is at /explorer/');
  });

  it('answers only GET and HEAD', async () => {
    const res = await rawRequest(`${base}/explorer/`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it("links to it from the Sandbox landing page's offline notice", async () => {
    const res = await rawRequest(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<a href="/explorer/">Open the built-in explorer</a>');
    // The page's CSP admits only nonce-carrying styles: ours carries the page's own nonce.
    const nonce = /<script nonce="([0-9a-f]+)"/.exec(res.body)?.[1];
    expect(res.body).toContain(`<style nonce="${nonce}">#embeddableSandbox:empty`);
  });
});

describe('with NODE_ENV=production', () => {
  it('is off, like introspection, and says so', async () => {
    const production = await start('production');
    const res = await rawRequest(`${production}/explorer/`);
    expect(res.status).toBe(404);
    expect(res.body).toContain('the explorer is off with NODE_ENV=production');
    const landing = await rawRequest(`${production}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.body).not.toContain('/explorer/');
  });
});
