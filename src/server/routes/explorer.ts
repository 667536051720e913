import fs from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';

/** Where the offline explorer answers; linked from the start-up line and the Sandbox page. */
export const EXPLORER_PATH = '/explorer/';

export interface ExplorerOptions {
  /** False in production, where introspection (which the explorer needs) is off too. */
  readonly enabled: boolean;
  /** The Vite build of explorer/ (scripts/build-explorer.mjs), normally dist/explorer. */
  readonly bundleDir: string;
  /** The examples/ operations, opened as tabs. Read on each request, so edits show on reload. */
  readonly examplesDir: string;
}

/** One examples/ operation as the explorer page opens it. */
export interface ExplorerExample {
  /** Relative to examples/, with forward slashes: `relationships/shared-signatories.graphql`. */
  readonly path: string;
  readonly query: string;
  /** JSON for the headers editor: a Bearer placeholder for mutations, which need API_TOKEN. */
  readonly headers: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Everything the page loads comes from this server: the policy makes the browser refuse any CDN,
// so an accidental remote dependency fails in the browser test instead of on an offline network.
// Monaco sets inline styles and the fonts are data: URLs.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
].join('; ');

// Families in the order a newcomer meets them (README); folders not listed follow alphabetically.
const FAMILY_ORDER = ['relationships', 'lookups', 'search', 'dashboards', 'ingest'];

const MUTATION_HEADERS = JSON.stringify({ Authorization: 'Bearer paste-your-API_TOKEN-here' }, null, 2);

export function isExplorerPath(pathname: string): boolean {
  return pathname === '/explorer' || pathname.startsWith(EXPLORER_PATH);
}

/**
 * GET /explorer/: GraphiQL from the local bundle, its assets, and /explorer/examples.json.
 * Asset names are matched against a strict pattern and looked up in the bundle's own folder,
 * so a request can never read a file outside it.
 */
export async function serveExplorer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  options: ExplorerOptions,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'the explorer answers GET only', { allow: 'GET, HEAD' });
    return;
  }
  if (!options.enabled) {
    sendText(res, 404, 'the explorer is off with NODE_ENV=production (introspection is off there too)');
    return;
  }
  if (pathname === '/explorer') {
    res.writeHead(302, { location: EXPLORER_PATH }).end();
    return;
  }
  const rest = pathname.slice(EXPLORER_PATH.length);
  if (rest === 'examples.json') {
    sendBody(
      req,
      res,
      200,
      CONTENT_TYPES['.json']!,
      JSON.stringify(await readExamples(options.examplesDir)),
      {
        'cache-control': 'no-cache',
      },
    );
    return;
  }
  if (rest === '' || rest === 'index.html') {
    const page = await readIfExists(path.join(options.bundleDir, 'index.html'));
    if (!page) {
      sendText(
        res,
        503,
        `the offline explorer is not built (no ${path.join(options.bundleDir, 'index.html')}): ` +
          'run `npm run build:explorer` (it needs the dev dependencies, which `npm install` installs)',
      );
      return;
    }
    sendBody(req, res, 200, CONTENT_TYPES['.html']!, page, {
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    return;
  }
  const asset = /^assets\/([A-Za-z0-9_-][A-Za-z0-9._-]*)$/.exec(rest)?.[1];
  const type = asset ? CONTENT_TYPES[path.extname(asset)] : undefined;
  const body = asset && type ? await readIfExists(path.join(options.bundleDir, 'assets', asset)) : null;
  if (!body || !type) {
    sendText(res, 404, `no explorer file ${pathname}; the explorer is at ${EXPLORER_PATH}`);
    return;
  }
  // Asset names carry a content hash (Vite), so a browser may keep them.
  sendBody(req, res, 200, type, body, {
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
}

/** Every .graphql file under examplesDir, families first in FAMILY_ORDER, then by path. */
export async function readExamples(examplesDir: string): Promise<ExplorerExample[]> {
  const files = (await listGraphQLFiles(examplesDir, '')).sort((a, b) => {
    const rank = (file: string): number => {
      const index = FAMILY_ORDER.indexOf(file.split('/')[0] ?? '');
      return index === -1 ? FAMILY_ORDER.length : index;
    };
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  return Promise.all(
    files.map(async (file) => {
      const query = await fs.readFile(path.join(examplesDir, file), 'utf8');
      const mutation = /^\s*mutation\b/m.test(query);
      return { path: file, query, headers: mutation ? MUTATION_HEADERS : '' };
    }),
  );
}

async function listGraphQLFiles(root: string, relative: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listGraphQLFiles(root, file);
      return entry.isFile() && entry.name.endsWith('.graphql') ? [file] : [];
    }),
  );
  return nested.flat();
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') return null;
    throw error;
  }
}

function sendBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  type: string,
  body: Buffer | string,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}
