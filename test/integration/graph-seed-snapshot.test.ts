/**
 * The whole graph of the five seeds, line for line, against a committed snapshot: any change to
 * what the loader writes (a property, a relationship, an id, a span) shows up here and in the
 * review of test/fixtures/graph/seeds.graph-snapshot.txt. The snapshot leaves out only
 * `SourceDocument.loadedAt` (the clock) and the :GraphVersion node (the read cache's token).
 *
 * When a change of the graph is intended, write the new snapshot with
 * `node scripts/graph-fingerprint.mjs --snapshot-dir test-output/fingerprint`, copy
 * test-output/fingerprint/seeds.graph-snapshot.txt over the committed one and review the diff.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { seedPaths } from '../../src/ingest/seed-paths.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { graphSnapshot, wipeGraph } from '../fixtures/graph/graph-snapshot.js';

const SNAPSHOT_FILE = path.resolve('test/fixtures/graph/seeds.graph-snapshot.txt');

let db: GraphDatabase;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeGraph(db);
  await applySchema(db);
  const summary = await seedPaths(db, [path.resolve('seed')]);
  expect(summary).toMatchObject({ created: 5, failed: 0 });
});
afterAll(async () => {
  await db?.close();
});

describe('the graph of the five seeds, in full', () => {
  it('equals the committed snapshot line for line', async () => {
    const expected = readFileSync(SNAPSHOT_FILE, 'utf8').trimEnd().split('\n');
    const actual = (await graphSnapshot(db, { omitLoadTimes: true })).split('\n');
    // Line counts first: a missing or extra node or relationship is named by the diff below.
    expect(actual.length).toBe(829);
    expect(actual).toEqual(expected);
  });

  it('leaves out only the load time of each source document', async () => {
    const withTimes = (await graphSnapshot(db)).split('\n');
    const sources = withTimes.filter((line) => line.startsWith('N ["SourceDocument"]'));
    expect(sources).toHaveLength(5);
    for (const line of sources) expect(line).toMatch(/"loadedAt":\{"day":\d+,/);
    const snapshot = readFileSync(SNAPSHOT_FILE, 'utf8');
    expect(snapshot).not.toContain('"loadedAt"');
  });
});
