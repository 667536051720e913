import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExamples, serveExplorer } from '../../../src/server/routes/explorer.js';
import { rawRequest } from '../../helpers/http-request.js';

// The explorer route on its own, over real HTTP, against temporary folders (no database, no bundle).
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-route-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, 'examples', file)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'examples', file), text);
  };
  write('search/search.graphql', 'query Search { search(text: "x") { score } }\n');
  write('zeta/other.graphql', '{ __typename }\n');
  write('ingest/delete.graphql', '# needs a token\nmutation Delete { deleteAgreement(id: "a") }\n');
  write('relationships/b.graphql', 'query B { __typename }\n');
  write('relationships/a.graphql', 'query A { __typename }\n');
  write('relationships/notes.txt', 'not an operation');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readExamples', () => {
  it('takes .graphql files only, families in README order, then unknown folders, by path within', async () => {
    const examples = await readExamples(path.join(dir, 'examples'));
    expect(examples.map((e) => e.path)).toEqual([
      'relationships/a.graphql',
      'relationships/b.graphql',
      'search/search.graphql',
      'ingest/delete.graphql',
      'zeta/other.graphql',
    ]);
  });

  it('gives mutations, even after a comment, a Bearer placeholder header and queries none', async () => {
    const examples = await readExamples(path.join(dir, 'examples'));
    const headers = Object.fromEntries(examples.map((e) => [e.path, e.headers]));
    expect(JSON.parse(headers['ingest/delete.graphql']!)).toEqual({
      Authorization: 'Bearer paste-your-API_TOKEN-here',
    });
    expect(headers['relationships/a.graphql']).toBe('');
  });

  it('is empty for a missing folder', async () => {
    expect(await readExamples(path.join(dir, 'no-such-folder'))).toEqual([]);
  });
});

describe('serveExplorer without a built bundle', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      void serveExplorer(req, res, pathname, {
        enabled: true,
        bundleDir: path.join(dir, 'dist', 'explorer'),
        examplesDir: path.join(dir, 'examples'),
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers 503 naming the command that builds it', async () => {
    const res = await rawRequest(`${base}/explorer/`);
    expect(res.status).toBe(503);
    expect(res.body).toContain('the offline explorer is not built');
    expect(res.body).toContain('npm run build:explorer');
  });

  it('still lists the examples, which need no bundle', async () => {
    const res = await rawRequest(`${base}/explorer/examples.json`);
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as unknown[]).length).toBe(5);
  });
});
