#!/usr/bin/env node
/**
 * What cutting the snippets costs, on the texts a search really returns (issue 13,
 * docs/search-performance.md): reads the matched texts of the top hits for a few searches from
 * a kept store, checks that snippet() cuts what the original did (test/fixtures/graph/snippet-before.ts,
 * restated here) and times both in process, in CPU time.
 *
 *   npm run build && node scripts/search-snippet-cost.mjs --store DIR [--first 20] [--repeat 2000]
 */
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const store = option('--store', '');
if (!store) {
  process.stderr.write('usage: node scripts/search-snippet-cost.mjs --store DIR [--first N] [--repeat N]\n');
  process.exit(2);
}
const first = Number(option('--first', '20'));
const repeat = Number(option('--repeat', '2000'));
const dist = (p) => import(path.join(root, 'dist', p));
const { connectNeo4j } = await dist('graph/driver.js');
const { startEmbeddedNeo4j } = await dist('graph/embedded-neo4j.js');
const { loadConfig } = await dist('server/config.js');
const { createLogger } = await dist('support/logger.js');
const { searchCypher } = await dist('graph/read/search-queries.js');
const { parseSearchText } = await dist('graph/read/search-text.js');
const { snippet, snippetQuery } = await dist('graph/read/search-snippet.js');

function snippetBefore(text, query, width = 160) {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= width) return folded;
  const lower = folded.toLowerCase();
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const hit = at.length ? Math.min(...at) : 0;
  const start = Math.max(0, Math.min(hit - Math.floor(width / 3), folded.length - width));
  const end = Math.min(folded.length, start + width);
  return `${start > 0 ? '…' : ''}${folded.slice(start, end).trim()}${end < folded.length ? '…' : ''}`;
}

const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
const log = createLogger('warn', { component: 'search-snippet-cost' });
const embedded = await startEmbeddedNeo4j(
  {
    ...config.neo4j.embedded,
    dataDir: path.join(path.resolve(store), 'neo4j'),
    boltPort: 0,
    heap: '1g',
    pageCache: '512m',
    password: null,
  },
  log,
);
const cpu = (fn) => {
  const c0 = process.cpuUsage();
  for (let i = 0; i < repeat; i++) fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / repeat;
};
try {
  const db = await connectNeo4j(
    {
      ...config.neo4j,
      uri: embedded.uri,
      username: embedded.username,
      password: embedded.password,
      queryTimeoutMs: 120_000,
    },
    log,
  );
  try {
    const lines = [
      `| Search | hits | mean text length | original µs per search | this µs per search | ratio |`,
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const text of ['keadaan kahar', 'jangka waktu', 'sertifikat elektronik', 'kewajiban para pihak']) {
      const query = parseSearchText(text);
      const rows = await db.read(searchCypher({ withAgreement: false, withClause: false }), {
        text: query.lucene,
        numberQuery: query.numberQuery,
        limit: first,
      });
      const texts = rows.map((r) => r.text);
      for (const t of texts) {
        if (snippet(t, snippetQuery(text)) !== snippetBefore(t, text))
          throw new Error(`snippet differs on ${t}`);
      }
      const runs = [];
      for (let round = 0; round < 3; round++) {
        runs.push([
          cpu(() => texts.forEach((t) => snippetBefore(t, text))),
          cpu(() => {
            const q = snippetQuery(text);
            texts.forEach((t) => snippet(t, q));
          }),
        ]);
      }
      const [a, b] = runs.reduce(([x, y], [p, q]) => [Math.min(x, p), Math.min(y, q)], [Infinity, Infinity]);
      const mean = texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length);
      lines.push(
        `| ${text} | ${texts.length} | ${mean.toFixed(0)} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await db.close();
  }
} finally {
  await embedded.stop();
}
