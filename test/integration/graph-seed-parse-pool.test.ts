/**
 * Seeding with worker threads (PARSE_WORKERS, --parse-workers) against a real Neo4j: a pool of 2
 * must give the same seed summary (every file's status, agreement id, warnings and reason, the
 * clashes) and the same graph, node for node and property for property, as parsing in the main
 * thread. Also the path past HELD_PARSED_TEXT_CHARS, where a text is read and parsed again at load.
 * Worker threads run the compiled parser (dist/), so the build runs first.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus/generate-corpus.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { driverForToolsAndTests, type GraphDatabase } from '../../src/graph/driver.js';
import { seedPaths, type SeedOptions, type SeedSummary } from '../../src/ingest/seed-paths.js';
import { projectRoot } from '../../src/server/config.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { countIsolatedNodes, graphSnapshot, wipeGraph } from '../fixtures/graph/graph-snapshot.js';
import { buildDist } from '../helpers/build-dist.js';

const root = projectRoot();
const SEED_DIR = path.join(root, 'seed');

let db: GraphDatabase;
let dir: string;

beforeAll(async () => {
  buildDist();
  db = await connectTestDatabase();
  await wipeGraph(db);
  await applySchema(db);
  dir = mkdtempSync(path.join(os.tmpdir(), 'graph-seed-parse-pool-'));
}, 300_000);
afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await wipeGraph(db);
});

/**
 * Seeds `paths` into an empty graph and returns the summary and graphSnapshot. The load time
 * stamped on each SourceDocument is the one value that depends on when, so it is pinned first.
 */
async function seedFresh(
  paths: string[],
  options: SeedOptions,
): Promise<{ summary: SeedSummary; graph: string }> {
  await wipeGraph(db);
  const summary = await seedPaths(db, paths, { batchSize: 40, ...options });
  await driverForToolsAndTests(db).executeQuery(
    "MATCH (s:SourceDocument) SET s.loadedAt = datetime('2000-01-01T00:00:00Z')",
    {},
    { database: db.database },
  );
  return { summary, graph: await graphSnapshot(db) };
}

/** The seeds, 150 generated texts, a text that is not an agreement, and a later version of seed 004. */
function mixedFolder(): string {
  const target = path.join(dir, 'mixed');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target);
  for (const f of readdirSync(SEED_DIR))
    writeFileSync(path.join(target, f), readFileSync(path.join(SEED_DIR, f)));
  for (const d of generateCorpus({ agreements: 150, seed: 11 }))
    writeFileSync(path.join(target, d.file), d.text);
  writeFileSync(path.join(target, '002a-belanja.txt'), 'Beli beras, telur dan minyak goreng.\n');
  const seed004 = readdirSync(SEED_DIR).find((f) => f.startsWith('004'))!;
  writeFileSync(
    path.join(target, '004z-revisi.txt'),
    readFileSync(path.join(SEED_DIR, seed004), 'utf8').replace(/Pasal 1\b/, 'Pasal 1 '),
  );
  return target;
}

describe('a pool of 2 parse workers', () => {
  it('gives the five seeds the same summary and graph as parsing in this thread', async () => {
    const one = await seedFresh([SEED_DIR], { parseWorkers: 1 });
    const two = await seedFresh([SEED_DIR], { parseWorkers: 2 });
    expect(one.summary).toMatchObject({ created: 5, failed: 0 });
    expect(two.summary).toEqual(one.summary);
    expect(two.graph).toBe(one.graph);
    expect(two.graph.split('\n').length).toBeGreaterThan(100);
  });

  it('gives a mixed folder (several batches, a refused text, two versions of one agreement) the same summary and graph', async () => {
    const from = mixedFolder();
    const one = await seedFresh([from], { parseWorkers: 1 });
    const two = await seedFresh([from], { parseWorkers: 2 });
    // Held only partly: past 200,000 characters a text is read and parsed again at its load.
    const partly = await seedFresh([from], { parseWorkers: 2, heldParsedTextChars: 200_000 });

    expect(one.summary).toMatchObject({ failed: 1, superseded: 1 });
    expect(one.summary.created).toBe(one.summary.files.length - 2);
    const refused = one.summary.files.find((f) => f.status === 'FAILED')!;
    expect(path.basename(refused.file)).toBe('002a-belanja.txt');
    expect(refused.reason).toBe('NOT_AN_AGREEMENT: no parties found: is this an agreement?');
    const superseded = one.summary.files.find((f) => f.status === 'SUPERSEDED')!;
    expect(path.basename(superseded.file)).toMatch(/^004_/);

    expect(two.summary).toEqual(one.summary);
    expect(two.graph).toBe(one.graph);
    expect(partly.summary).toEqual(one.summary);
    expect(partly.graph).toBe(one.graph);
    expect(await countIsolatedNodes(db)).toBe(0);
  }, 240_000);

  it('seeding the same folder again is all UNCHANGED with workers too', async () => {
    await seedPaths(db, [SEED_DIR], { parseWorkers: 2 });
    const again = await seedPaths(db, [SEED_DIR], { parseWorkers: 2 });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 0 });
  });
});
