#!/usr/bin/env node
/**
 * The first ingest after "ready", with and without the write path's warm-up (issue 13; see
 * docs/loading.md, "Warm-up of the write path"). Builds a store from the seeds 000-003 in a temp
 * dir, then, `--rounds` times (default 3) and the two variants interleaved, copies that store,
 * starts the compiled API on the copy exactly as the bench's first-call stage does
 * (src/bench/first-calls.ts: `node dist/server/main.js`, fresh embedded Neo4j, WARM_UP on) and
 * times its first ingest of seed/004 (a text the store does not hold: CREATED). The variants
 * differ only in SEED_DIR, where the warm-up takes its sample texts: the four seeds (the write
 * rehearsals run) or an empty folder (no write steps; the read warm-up runs in both).
 *
 *   node scripts/first-ingest-timing.mjs [--rounds 3]
 *
 * Builds first (`npm run build`). Every Neo4j here is embedded, on a free port, in a temp dir
 * removed afterwards; nothing else is touched.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const { startEmbeddedNeo4j } = await import(path.join(root, 'dist/graph/embedded-neo4j.js'));
const { connectNeo4j } = await import(path.join(root, 'dist/graph/driver.js'));
const { applySchema } = await import(path.join(root, 'dist/graph/apply-schema.js'));
const { seedPaths } = await import(path.join(root, 'dist/ingest/seed-paths.js'));
const { loadConfig } = await import(path.join(root, 'dist/server/config.js'));
const { createLogger } = await import(path.join(root, 'dist/support/logger.js'));
const { measureFirstCalls } = await import(path.join(root, 'dist/bench/first-calls.js'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-first-ingest-'));
const seeds = fs
  .readdirSync('seed')
  .filter((f) => f.endsWith('.txt'))
  .sort();
const ingestFile = path.resolve('seed', seeds.at(-1));
const samplesDir = path.join(work, 'samples');
const emptyDir = path.join(work, 'empty');
fs.mkdirSync(samplesDir);
fs.mkdirSync(emptyDir);
for (const f of seeds.slice(0, -1)) fs.copyFileSync(path.join('seed', f), path.join(samplesDir, f));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const config = loadConfig();
  const log = createLogger('warn', { service: 'first-ingest-timing' });
  const baseDir = path.join(work, 'base');
  const embedded = await startEmbeddedNeo4j(
    { ...config.neo4j.embedded, dataDir: baseDir, boltPort: 0, restart: null, heap: '1g', pageCache: '512m' },
    log,
  );
  try {
    const db = await connectNeo4j(
      { ...config.neo4j, uri: embedded.uri, username: embedded.username, password: embedded.password },
      log,
    );
    try {
      await applySchema(db);
      const summary = await seedPaths(db, [samplesDir]);
      process.stdout.write(
        `store: ${JSON.stringify({ created: summary.created, failed: summary.failed })}\n`,
      );
    } finally {
      await db.close();
    }
  } finally {
    await embedded.stop();
  }

  const results = { with: [], without: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const variant of round % 2 ? ['without', 'with'] : ['with', 'without']) {
      const dataDir = path.join(work, `run-${round}-${variant}`);
      fs.cpSync(baseDir, dataDir, { recursive: true });
      try {
        const r = await measureFirstCalls({
          env: {
            NEO4J_DATA_DIR: dataDir,
            NEO4J_BOLT_PORT: '0',
            NEO4J_HEAP: '1g',
            NEO4J_PAGECACHE: '512m',
            WARM_UP: 'true',
            SEED_DIR: variant === 'with' ? samplesDir : emptyDir,
          },
          ingestFile,
        });
        results[variant].push(r.ingest.ms);
        process.stdout.write(
          `round ${round} ${variant.padEnd(7)} write warm-up: first ingest ${r.ingest.ms.toFixed(0)} ms ` +
            `(${r.ingest.status ?? r.ingest.error}), ready after ${r.startSeconds.toFixed(1)} s; ${r.warmUp ?? 'no warm-up line'}\n`,
        );
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
  for (const variant of ['without', 'with']) {
    process.stdout.write(
      `median first ingest ${variant} the write warm-up: ${median(results[variant]).toFixed(0)} ms ` +
        `(${results[variant].map((ms) => ms.toFixed(0)).join(', ')})\n`,
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
