/**
 * Load throughput into Neo4j: median documents per second loading the seeds, each round into
 * a fresh (emptied) database so every load is a create. Reports the end-to-end rate (parse +
 * prepare + one write transaction per document) and the write-only rate (already-parsed
 * rows), so a regression can be placed in the parser or in the graph writes.
 *
 * Corpus mode builds a graph from generated texts (npm run corpus) the way seeding does: every
 * round empties the database, then loads the first N texts with the bulk path (seedPaths'
 * loadAgreementsInBulk: parse + many agreements per transaction) and reports docs/s and the
 * total time, then the single-document path (loadAgreement per text, as the GraphQL mutation
 * does) on the first M texts for comparison. The texts are read into memory first.
 * `--parse-workers N` parses in a pool of N worker threads (PARSE_WORKERS; default 1, the main
 * thread). `--seed` times what `npm run seed DIR` does instead: seedPaths on the folder, which
 * reads the files, decides between versions and then loads (the texts are not read beforehand).
 *
 * Starts its own embedded Neo4j on a free port in a temporary directory (never data/neo4j).
 * Run: npm run build && node dist/bench/load-bench.js [SEED_DIR] [ROUNDS]
 *      node dist/bench/load-bench.js --corpus DIR [--limit N] [--rounds R] [--batch B] [--single M]
 *        [--parse-workers W] [--seed]
 *        (defaults: all texts, 3 rounds, 200 documents per transaction, M = min(N, 300), 0 for none; W = 1)
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../graph/apply-schema.js';
import { wipeGraph } from '../graph/wipe-graph.js';
import { connectNeo4j } from '../graph/driver.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { saveAgreementRows } from '../graph/write/save-agreement.js';
import type { GraphDatabase } from '../graph/driver.js';
import { loadAgreement } from '../ingest/load-agreement.js';
import { DEFAULT_BULK_BATCH_SIZE, loadAgreementsInBulk } from '../ingest/load-agreements-in-bulk.js';
import { createParsePool, MAX_PARSE_WORKERS } from '../ingest/parse-pool.js';
import { seedPaths } from '../ingest/seed-paths.js';
import { prepareAgreementRows } from '../graph/write/prepare-agreement-rows.js';
import { parseAgreement } from '../parsing/index.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../support/logger.js';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The value after `--name`, or undefined. */
function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function positiveInteger(args: readonly string[], name: string, fallback: number, min = 1): number {
  const raw = option(args, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} wants an integer from ${min}, got '${raw}'`);
  return n;
}

async function withEmbeddedNeo4j(run: (db: GraphDatabase, version: string) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const log = createLogger('warn', { component: 'load-bench' });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-load-bench-'));
  const embedded = await startEmbeddedNeo4j(
    { ...config.neo4j.embedded, dataDir, boltPort: 0, heap: '1g', pageCache: '256m' },
    log,
  );
  const { uri, username, password } = embedded;
  const db = await connectNeo4j({ ...config.neo4j, uri, username, password }, log);
  try {
    await applySchema(db);
    await run(db, embedded.version);
  } finally {
    await db.close();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function corpusMain(args: readonly string[]): Promise<void> {
  const dir = option(args, 'corpus')!;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const limit = positiveInteger(args, 'limit', names.length);
  const rounds = positiveInteger(args, 'rounds', 3);
  const batchSize = positiveInteger(args, 'batch', DEFAULT_BULK_BATCH_SIZE);
  const files = names.slice(0, limit);
  const singleCount = Math.min(files.length, positiveInteger(args, 'single', 300, 0));
  const parseWorkers = positiveInteger(args, 'parse-workers', 1);
  if (parseWorkers > MAX_PARSE_WORKERS) throw new Error(`--parse-workers takes 1 to ${MAX_PARSE_WORKERS}`);
  const viaSeed = args.includes('--seed');
  if (viaSeed && files.length !== names.length)
    throw new Error('--seed loads the whole folder: leave out --limit');
  if (files.length === 0) throw new Error(`no .txt texts in ${dir}; generate some with npm run corpus`);
  const texts = viaSeed ? [] : files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const megabytes = files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) / 1e6;

  await withEmbeddedNeo4j(async (db, version) => {
    process.stdout.write(
      `graph built from text in Neo4j ${version}: ${files.length} texts (${megabytes.toFixed(1)} MB) from ${dir}, ` +
        `${viaSeed ? 'seedPaths (npm run seed)' : 'texts in memory'}, ${parseWorkers} parse worker(s), ` +
        `${batchSize} documents per transaction, ${rounds} rounds, each into an empty database\n`,
    );
    const bulkSeconds: number[] = [];
    const singleRates: number[] = [];
    const pool = createParsePool(parseWorkers);
    for (let r = 1; r <= rounds; r++) {
      await wipeGraph(db);
      let start = performance.now();
      const outcomes = viaSeed
        ? (await seedPaths(db, [dir], { batchSize, parseWorkers })).files.map((f) => ({
            ok: f.status !== 'FAILED',
            created: f.status === 'CREATED',
          }))
        : (
            await loadAgreementsInBulk(
              db,
              texts.length,
              async (i) => ({ text: texts[i]!, sourceName: files[i]! }),
              { batchSize, parsePool: pool },
            )
          ).map((o) => ({ ok: o.ok, created: o.ok && o.result.status === 'CREATED' }));
      const seconds = (performance.now() - start) / 1000;
      bulkSeconds.push(seconds);
      const created = outcomes.filter((o) => o.created).length;
      const failed = outcomes.filter((o) => !o.ok).length;

      let single = '';
      if (singleCount > 0 && !viaSeed) {
        await wipeGraph(db);
        start = performance.now();
        for (const [i, text] of texts.slice(0, singleCount).entries()) {
          await loadAgreement(db, { text, sourceName: files[i]! }).catch(() => undefined);
        }
        const singleRate = (singleCount * 1000) / (performance.now() - start);
        singleRates.push(singleRate);
        single = `; one transaction per document ${fmt(singleRate)} docs/s (first ${singleCount})`;
      }
      process.stdout.write(
        `  round ${r}: bulk ${fmt(files.length / seconds)} docs/s, ${seconds.toFixed(1)} s for ${files.length} ` +
          `(${created} created, ${failed} failed)${single}\n`,
      );
    }
    await pool.close();
    const seconds = median(bulkSeconds);
    process.stdout.write(
      `median: parse + bulk load ${fmt(files.length / seconds)} docs/s, graph built from text in ${seconds.toFixed(1)} s` +
        (singleRates.length ? `; one transaction per document ${fmt(median(singleRates))} docs/s\n` : '\n'),
    );
  });
}

const fmt = (x: number) => x.toFixed(1).padStart(7);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (option(args, 'corpus') !== undefined) return corpusMain(args);
  const dir = args[0] ?? 'seed';
  const rounds = Number(args[1] ?? 15);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  if (texts.length === 0) throw new Error(`no .txt seeds in ${dir}`);

  await withEmbeddedNeo4j(async (db, version) => {
    const parsed = texts.map((text, i) =>
      prepareAgreementRows(parseAgreement(text), { text, sourceName: files[i]! }),
    );

    // Warm-up: JIT on both sides, query plans cached.
    for (let i = 0; i < 3; i++) {
      await wipeGraph(db);
      for (const [i, text] of texts.entries()) await loadAgreement(db, { text, sourceName: files[i]! });
    }

    const endToEnd: number[] = [];
    const writeOnly: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await wipeGraph(db);
      let start = performance.now();
      for (const [i, text] of texts.entries()) {
        const result = await loadAgreement(db, { text, sourceName: files[i]! });
        if (result.status !== 'CREATED')
          throw new Error(`${files[i]}: expected a create, got ${result.status}`);
      }
      endToEnd.push((texts.length * 1000) / (performance.now() - start));

      await wipeGraph(db);
      start = performance.now();
      for (const rows of parsed) await saveAgreementRows(db, rows);
      writeOnly.push((parsed.length * 1000) / (performance.now() - start));
    }
    process.stdout.write(
      `load into Neo4j ${version}, ${texts.length} seed documents x ${rounds} rounds (median docs/s)\n` +
        `  parse + load, one transaction per document: ${fmt(median(endToEnd))} docs/s\n` +
        `  load only (rows already prepared):          ${fmt(median(writeOnly))} docs/s\n`,
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
