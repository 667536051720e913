/**
 * Load throughput into Neo4j: median documents per second loading the seeds, each round into
 * a fresh (emptied) database so every load is a create. Reports the end-to-end rate (parse +
 * prepare + one write transaction per document) and the write-only rate (already-parsed
 * rows), so a regression can be placed in the parser or in the graph writes.
 *
 * Starts its own embedded Neo4j on a free port in a temporary directory (never data/neo4j).
 * Run: npm run build && node dist/bench/load-bench.js [SEED_DIR] [ROUNDS]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../graph/apply-schema.js';
import { connectNeo4j } from '../graph/driver.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { saveAgreementGraph } from '../graph/save-agreement-graph.js';
import { loadAgreement } from '../ingest/load-agreement.js';
import { prepareAgreementRows } from '../ingest/prepare-agreement-rows.js';
import { parseAgreement } from '../parsing/index.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../support/logger.js';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'seed';
  const rounds = Number(process.argv[3] ?? 15);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  if (texts.length === 0) throw new Error(`no .txt seeds in ${dir}`);

  const config = loadConfig();
  const log = createLogger('warn', { component: 'load-bench' });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-load-bench-'));
  const embedded = await startEmbeddedNeo4j(
    { ...config.neo4j.embedded, dataDir, boltPort: 0, heap: '1g', pageCache: '256m' },
    log,
  );
  const db = await connectNeo4j({ ...config.neo4j, uri: embedded.uri }, log);
  try {
    await applySchema(db);
    const wipe = () => db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
    const parsed = texts.map((text, i) =>
      prepareAgreementRows(parseAgreement(text), { text, sourceName: files[i]! }),
    );

    // Warm-up: JIT on both sides, query plans cached.
    for (let i = 0; i < 3; i++) {
      await wipe();
      for (const [i, text] of texts.entries()) await loadAgreement(db, { text, sourceName: files[i]! });
    }

    const endToEnd: number[] = [];
    const writeOnly: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await wipe();
      let start = performance.now();
      for (const [i, text] of texts.entries()) {
        const result = await loadAgreement(db, { text, sourceName: files[i]! });
        if (result.status !== 'CREATED')
          throw new Error(`${files[i]}: expected a create, got ${result.status}`);
      }
      endToEnd.push((texts.length * 1000) / (performance.now() - start));

      await wipe();
      start = performance.now();
      for (const rows of parsed) await saveAgreementGraph(db, rows);
      writeOnly.push((parsed.length * 1000) / (performance.now() - start));
    }
    const fmt = (x: number) => x.toFixed(1).padStart(7);
    process.stdout.write(
      `load into Neo4j ${embedded.version}, ${texts.length} seed documents x ${rounds} rounds (median docs/s)\n` +
        `  parse + load, one transaction per document: ${fmt(median(endToEnd))} docs/s\n` +
        `  load only (rows already prepared):          ${fmt(median(writeOnly))} docs/s\n`,
    );
  } finally {
    await db.close();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
