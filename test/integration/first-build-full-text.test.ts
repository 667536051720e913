/**
 * A first build into an empty graph by a caller that owns the database (`npm start` before it
 * listens, `npm run seed` with its own Neo4j) writes before the full-text indexes exist and
 * creates them once at its end (dropFullTextIndexesForFirstBuild). What must hold: the graph is
 * the same, search finds the same nodes, the indexes are the schema's own and online afterwards,
 * a graph that is not empty keeps its indexes, and a run that stops half-way gets them back from
 * the next applySchema.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, dropFullTextIndexesForFirstBuild } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { seedPaths, type SeedSummary } from '../../src/ingest/seed-paths.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { graphSnapshot, rows, wipeGraph } from '../fixtures/graph/graph-snapshot.js';

const SEED_DIR = path.resolve('seed');

/** Search terms with their hits in the seeds: (index, query). */
const SEARCHES: readonly (readonly [string, string])[] = [
  ['clause_text', 'kerahasiaan'],
  ['clause_text', 'sertifikat elektronik'],
  ['entity_names', 'Aceh'],
  ['entity_names', 'Badan Siber dan Sandi Negara'],
  ['agreement_numbers', 'PKS.14\\/BPIP\\/SU\\/09\\/2025'],
];

let db: GraphDatabase;
let emptyDir: string;

interface FullTextIndex {
  id: number;
  name: string;
  state: string;
  labelsOrTypes: string[];
  properties: string[];
  config: string;
}

async function fullTextIndexes(): Promise<FullTextIndex[]> {
  const found = await rows(
    db,
    `SHOW FULLTEXT INDEXES YIELD id, name, state, labelsOrTypes, properties, options
     RETURN id, name, state, labelsOrTypes, properties, options.indexConfig AS config ORDER BY name`,
  );
  return found.map((r) => ({
    id: Number(r.id),
    name: r.name as string,
    state: r.state as string,
    labelsOrTypes: r.labelsOrTypes as string[],
    properties: r.properties as string[],
    config: JSON.stringify(
      Object.entries(r.config as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
    ),
  }));
}

/** What each search finds: node ids, sorted. */
async function searchHits(): Promise<Record<string, string[]>> {
  const hits: Record<string, string[]> = {};
  for (const [index, query] of SEARCHES) {
    const found = await rows(
      db,
      'CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id ORDER BY id',
      { index, query },
    );
    hits[`${index}: ${query}`] = found.map((r) => r.id as string);
  }
  return hits;
}

let maintained: { snapshot: string; hits: Record<string, string[]>; indexes: FullTextIndex[] };

beforeAll(async () => {
  db = await connectTestDatabase();
  emptyDir = mkdtempSync(path.join(os.tmpdir(), 'first-build-'));
  // The seeds built with the indexes updated by every write, as a caller that does not own the
  // database builds them: what the first build must equal.
  await wipeGraph(db);
  await applySchema(db);
  expect(await seedPaths(db, [SEED_DIR])).toMatchObject({ created: 5, failed: 0 });
  await db.runAutoCommit('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  maintained = {
    snapshot: await graphSnapshot(db, { omitLoadTimes: true }),
    hits: await searchHits(),
    indexes: await fullTextIndexes(),
  };
  // Every search finds something, so "the same hits" below compares answers, not empty lists.
  for (const [search, hits] of Object.entries(maintained.hits))
    expect(hits.length, search).toBeGreaterThan(0);
});
afterAll(async () => {
  rmSync(emptyDir, { recursive: true, force: true });
  // Leave the schema whole for the next file, whatever happened here.
  await applySchema(db).catch(() => undefined);
  await db?.close();
});

/** seedPaths as a caller that owns the database, counting how often the indexes were rebuilt. */
async function seedOwning(dir: string): Promise<{ summary: SeedSummary; building: number }> {
  let building = 0;
  const summary = await seedPaths(db, [dir], { ownsDatabase: true, onBuildingFullText: () => building++ });
  return { summary, building };
}

describe('a first build into an empty graph, by a caller that owns the database', () => {
  it('creates the full-text indexes after the load: the same graph, the same hits, the same indexes, online', async () => {
    await wipeGraph(db);
    await applySchema(db);
    const { summary, building } = await seedOwning(SEED_DIR);
    expect(summary).toMatchObject({ created: 5, failed: 0 });
    expect(building).toBe(1);

    const after = await fullTextIndexes();
    // Created again (Neo4j may give a new index its old id, so the ids tell nothing), with the
    // schema's names, labels, properties and analyzers.
    expect(after.map((i) => i.name)).toEqual(['agreement_numbers', 'clause_text', 'entity_names']);
    for (const [i, index] of after.entries()) {
      expect(index.state).toBe('ONLINE');
      expect({ ...index, id: 0 }).toEqual({ ...maintained.indexes[i]!, id: 0 });
    }
    expect(await graphSnapshot(db, { omitLoadTimes: true })).toBe(maintained.snapshot);
    expect(await searchHits()).toEqual(maintained.hits);
  });

  it('finds what the seeds say: Aceh is the Pemkab of seed 004; PKS.14/BPIP/SU/09/2025 numbers seed 001', async () => {
    const aceh = await rows(
      db,
      `CALL db.index.fulltext.queryNodes('entity_names', 'Aceh') YIELD node
       WHERE node:Institution RETURN node.name AS name`,
    );
    expect(aceh.map((r) => r.name)).toContain('Pemerintah Kabupaten Aceh Besar');
    const numbered = await rows(
      db,
      `CALL db.index.fulltext.queryNodes('agreement_numbers', $number) YIELD node RETURN node.sourceName AS file`,
      { number: 'PKS.14\\/BPIP\\/SU\\/09\\/2025' },
    );
    expect(numbered.map((r) => r.file)).toEqual(['001_66609aa826267f0e.txt']);
    expect(maintained.hits['agreement_numbers: PKS.14\\/BPIP\\/SU\\/09\\/2025']).toHaveLength(1);
  });

  it('keeps the indexes of a graph that is not empty: the same ids, nothing rebuilt', async () => {
    const before = await fullTextIndexes();
    const { summary, building } = await seedOwning(SEED_DIR);
    expect(summary).toMatchObject({ unchanged: 5, created: 0 });
    expect(building).toBe(0);
    expect(await fullTextIndexes()).toEqual(before);
  });

  it('builds the indexes again when every file of the load failed', async () => {
    await wipeGraph(db);
    writeFileSync(path.join(emptyDir, 'not-an-agreement.txt'), 'Daftar hadir rapat koordinasi.\n');
    const { summary, building } = await seedOwning(emptyDir);
    expect(summary.failed).toBe(1);
    expect(building).toBe(1);
    expect((await fullTextIndexes()).map((i) => [i.name, i.state])).toEqual([
      ['agreement_numbers', 'ONLINE'],
      ['clause_text', 'ONLINE'],
      ['entity_names', 'ONLINE'],
    ]);
  });

  it('leaves a graph with agreements alone, and a run stopped after the drop is repaired by applySchema', async () => {
    // Not empty: nothing dropped.
    await applySchema(db);
    await seedPaths(db, [path.join(SEED_DIR, '004_0485f73840a29589.txt')]);
    expect(await dropFullTextIndexesForFirstBuild(db)).toBeNull();
    expect(await fullTextIndexes()).toHaveLength(3);

    // Empty: dropped; a run killed before it built them again leaves them missing ...
    await wipeGraph(db);
    const build = await dropFullTextIndexesForFirstBuild(db);
    expect(build).not.toBeNull();
    expect(await fullTextIndexes()).toEqual([]);
    await expect(
      rows(db, `CALL db.index.fulltext.queryNodes('clause_text', 'kerahasiaan') YIELD node RETURN node`),
    ).rejects.toThrow(/clause_text/);
    // ... until the schema is applied, as every start and every seed does first.
    await applySchema(db);
    expect((await fullTextIndexes()).map((i) => i.state)).toEqual(['ONLINE', 'ONLINE', 'ONLINE']);
  });
});
