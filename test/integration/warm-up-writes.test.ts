/**
 * The write path's warm-up (issue 13: the first ingest after start took 8.5-12 s). Before
 * "ready" the API rehearses an ingest, an edited version with a delete, and a bulk load on the
 * seed texts, through the real writers, each transaction rolled back. Here, on a graph holding
 * the five seeds: the rehearsals really wrote (inside their transactions), and afterwards the
 * graph is the same line for line (load times included) and its version was not renewed.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { GRAPH_VERSION_READ } from '../../src/graph/graph-version.js';
import {
  rehearseBulkIngest,
  rehearseIngest,
  rehearseNewVersionAndDelete,
  richestSample,
} from '../../src/graph/write/rehearse-writes.js';
import { seedPaths } from '../../src/ingest/seed-paths.js';
import { readWarmUpSamples, warmUp, writeRehearsalSteps } from '../../src/server/warm-up.js';
import { createLogger } from '../../src/support/logger.js';
import { graphSnapshot, wipeGraph } from '../fixtures/graph/graph-snapshot.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

const SEED_DIR = path.resolve('seed');
const SEED_FILES = [
  '000_c1085a28d48a1dcb.txt',
  '001_66609aa826267f0e.txt',
  '002_937a1dba0e293d21.txt',
  '003_7f176659f24afaf2.txt',
  '004_0485f73840a29589.txt',
];

let db: GraphDatabase;

const graphVersion = async () =>
  (await db.read<{ token: string | null }>(GRAPH_VERSION_READ))[0]?.token ?? null;
const agreementsNamed = async (ids: readonly string[]) =>
  (await db.read<{ n: number }>('MATCH (a:Agreement) WHERE a.id IN $ids RETURN count(a) AS n', { ids }))[0]!
    .n;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeGraph(db);
  await applySchema(db);
  expect(await seedPaths(db, [SEED_DIR])).toMatchObject({ created: 5, failed: 0 });
});
afterAll(async () => {
  await db?.close();
});

describe('db.write with rollback', () => {
  it('runs the work, version renewal included, answers its result and commits nothing', async () => {
    const before = await graphSnapshot(db);
    const version = await graphVersion();
    expect(version).toEqual(expect.any(String));
    const seen = await db.write(
      async (tx) => {
        await tx.run('CREATE (:Institution {id: $id, key: $id, name: $id})', { id: 'warm-up-probe' });
        const { records } = await tx.run('MATCH (i:Institution {id: $id}) RETURN count(i) AS n', {
          id: 'warm-up-probe',
        });
        return Number(records[0]!.get('n'));
      },
      { lock: true, rollback: true },
    );
    expect(seen).toBe(1);
    expect(await graphSnapshot(db)).toBe(before);
    expect(await graphVersion()).toBe(version);
  });

  it('still rejects with the work’s own error', async () => {
    await expect(
      db.write(
        async (tx) => {
          await tx.run('RETURN 1');
          throw new Error('broken on purpose');
        },
        { rollback: true },
      ),
    ).rejects.toThrow('broken on purpose');
  });
});

describe('the write rehearsals on the seeds', () => {
  it('take the seed texts as samples; the richest is 003 (an MoU, legal bases, amendments)', () => {
    const samples = readWarmUpSamples(SEED_DIR);
    expect(samples.map((s) => s.source.sourceName)).toEqual(SEED_FILES);
    expect(richestSample(samples).source.sourceName).toBe('003_7f176659f24afaf2.txt');
    expect(readWarmUpSamples(SEED_DIR, 2)).toHaveLength(2);
    expect(readWarmUpSamples(path.resolve('no-such-folder'))).toEqual([]);
  });

  it('write new agreements inside their transactions and leave none of them behind', async () => {
    const samples = readWarmUpSamples(SEED_DIR);
    const before = await graphSnapshot(db);
    const version = await graphVersion();

    const ingest = await rehearseIngest(db, richestSample(samples));
    expect(ingest).toMatchObject({ statuses: ['CREATED'], transactions: 1 });
    const versions = await rehearseNewVersionAndDelete(db, richestSample(samples));
    expect(versions).toMatchObject({ statuses: ['CREATED', 'UPDATED', 'DELETED'], transactions: 1 });
    const bulk = await rehearseBulkIngest(db, samples);
    expect(bulk).toMatchObject({ statuses: SEED_FILES.map(() => 'CREATED'), transactions: 1 });

    const ids = [...ingest.agreementIds, ...versions.agreementIds, ...bulk.agreementIds];
    expect(new Set(ids).size).toBe(7); // 1 + 1 (its edited version keeps its id) + 5
    expect(await agreementsNamed(ids)).toBe(0);
    expect(await graphSnapshot(db)).toBe(before);
    expect(await graphVersion()).toBe(version);
  });

  it('run as warm-up steps, each listed and logged, and the graph and its version stay as they were', async () => {
    const before = await graphSnapshot(db);
    const version = await graphVersion();
    const lines: Record<string, unknown>[] = [];
    const log = createLogger('debug', {}, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));

    const steps = writeRehearsalSteps(db, readWarmUpSamples(SEED_DIR));
    expect(steps.map((s) => s.name)).toEqual([
      'write: ingest of 003_7f176659f24afaf2.txt (rolled back)',
      'write: new version and delete of 003_7f176659f24afaf2.txt (rolled back)',
      'write: bulk load of 5 samples (rolled back)',
      'write: full-text index wait',
    ]);
    const report = await warmUp(steps, { budgetMs: 120_000, log });
    expect(report).toMatchObject({ ran: 4, failed: 0, skipped: 0 });
    expect(lines.filter((l) => l.msg === 'warm-up step').map((l) => l.step)).toEqual(
      steps.map((s) => s.name),
    );
    expect(lines.at(-1)).toMatchObject({ msg: 'warm-up done', ran: 4, failed: 0 });

    expect(await graphSnapshot(db)).toBe(before);
    expect(await graphVersion()).toBe(version);
  });

  it('has no write steps without samples', () => {
    expect(writeRehearsalSteps(db, [])).toEqual([]);
  });
});
