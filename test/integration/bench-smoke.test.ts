/**
 * Keeps `npm run bench` working: the benchmark functions at a tiny size (20 generated
 * agreements, 2 clients, one round) on the integration Neo4j. It checks that every query of the
 * fixed set answers without errors on every side (our API, the raw Cypher in process and over
 * HTTP, @neo4j/graphql), that the first-call stage starts the compiled API (`dist/`, as
 * `npm start` runs it, warm-up included) and times every examples/ operation and a first ingest,
 * and that the report has a row per query and per operation. No timing is asserted: this suite
 * is not a benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { benchQueries } from '../../src/bench/bench-queries.js';
import { exampleOperations, measureFirstCalls } from '../../src/bench/first-calls.js';
import { SIDES, measureSize, type SizeResult } from '../../src/bench/measure-size.js';
import { renderReport, targetRows } from '../../src/bench/render-report.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { MAX_PARSE_WORKERS } from '../../src/ingest/parse-pool.js';
import { wipeGraph } from '../../src/graph/wipe-graph.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { buildDist } from '../helpers/build-dist.js';

async function loadedAgreements(db: GraphDatabase): Promise<number> {
  const [row] = await db.read<{ n: number }>('MATCH (a:Agreement {loaded: true}) RETURN count(a) AS n');
  return row!.n;
}

describe('benchmark smoke run (20 agreements, 2 clients)', () => {
  let db: GraphDatabase;
  let corpusDir: string;
  /** The agreement generated after the corpus (write-bench-corpus.ts): the first ingest, as in run-bench. */
  let firstIngestFile: string;
  let result: SizeResult;
  let loadedBeforeFirstCalls: number;

  beforeAll(async () => {
    // The raw-HTTP side and the first-call stage run compiled code, as `npm run bench` does after its build.
    buildDist();
    db = await connectTestDatabase();
    corpusDir = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-bench-smoke-'));
    firstIngestFile = path.join(`${corpusDir}-first-ingest`, 'not-in-corpus-000020.txt');
    const measured = await measureSize({
      db,
      agreements: 20,
      corpusSeed: 7,
      corpusDir,
      clients: [2],
      rounds: 1,
      requestsPerCell: 2,
      maxCellMs: 10_000,
      warmupRequests: 1,
      neo4jPid: null,
      neo4jHome: null,
      profile: true,
      firstIngestFile,
      connection: {
        uri: inject('neo4jUri'),
        username: inject('neo4jUsername'),
        password: inject('neo4jPassword'),
      },
    });
    loadedBeforeFirstCalls = await loadedAgreements(db);
    // The API as `npm start` starts it, on the same graph (here the integration server, so NEO4J_URI).
    const firstCalls = await measureFirstCalls({
      env: {
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUsername'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        NEO4J_DATABASE: inject('neo4jDatabase'),
        // Every step, however busy the machine: the budget itself is unit-tested (warm-up.test.ts).
        WARM_UP_SECONDS: '600',
      },
      ingestFile: firstIngestFile,
      startTimeoutMs: 120_000,
    });
    result = { ...measured, firstCalls };
    // About 20 s on a quiet machine; 240 s was seen with other builds running beside it.
  }, 600_000);

  afterAll(async () => {
    if (db) await wipeGraph(db);
    await db?.close();
    if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
    if (firstIngestFile) rmSync(path.dirname(firstIngestFile), { recursive: true, force: true });
  });

  it('builds the graph from all 20 texts', () => {
    expect(result.loadFailures).toBe(0);
    expect(result.nodes).toBeGreaterThan(20);
  });

  it('measures parse throughput on one thread and in a pool of one worker per core', () => {
    expect(result.parsePoolWorkers).toBe(Math.min(os.availableParallelism(), MAX_PARSE_WORKERS));
    expect(result.parseDocsPerSecond).toBeGreaterThan(0);
    expect(result.parsePoolDocsPerSecond).toBeGreaterThan(0);
  });

  it('answers every query on every side without errors', () => {
    const names = benchQueries(result.variables).map((q) => q.name);
    expect(result.queries.map((q) => q.name)).toEqual(names);
    for (const q of result.queries) {
      expect({ query: q.name, ...q.checkErrors }).toEqual({
        query: q.name,
        ours: null,
        cold: null,
        raw: null,
        rawHttp: null,
        peer: null,
      });
      for (const side of SIDES.filter((s) => s !== 'cold' || q.cached)) {
        const cell = q.cells[2]![side]!;
        expect({ query: q.name, side, errors: cell.errors, firstError: cell.firstError }).toEqual({
          query: q.name,
          side,
          errors: 0,
          firstError: null,
        });
        expect(cell.summary.count).toBeGreaterThan(0);
      }
    }
  });

  it('measures the cache-off side exactly for the queries the read cache answers', () => {
    expect(result.queries.filter((q) => q.cached).map((q) => q.name)).toEqual([
      'sharedSignatories',
      'sharedLegalBases',
      'clauseVariants',
      'statsByYear',
    ]);
    for (const q of result.queries)
      expect({ q: q.name, cold: 'cold' in q.cells[2]! }).toEqual({ q: q.name, cold: q.cached });
  });

  it('times the first requests after a change: each burst of 2 shares one statement', () => {
    for (const q of result.queries) {
      const after = q.afterChange[2];
      if (!q.cached) {
        expect({ q: q.name, after }).toEqual({ q: q.name, after: undefined });
        continue;
      }
      expect({ q: q.name, errors: after?.errors, firstError: after?.firstError }).toEqual({
        q: q.name,
        errors: 0,
        firstError: null,
      });
      expect(after!.bursts).toBeGreaterThanOrEqual(1);
      expect(after!.summary.count).toBe(2 * after!.bursts);
      // The caches were dropped before every burst, and both requests waited for one read.
      expect({ q: q.name, statements: after!.statements }).toEqual({ q: q.name, statements: after!.bursts });
    }
  });

  it('gives the same number of answers on every side', () => {
    for (const q of result.queries) {
      expect({
        query: q.name,
        ours: q.answerSizes.ours,
        rawHttp: q.answerSizes.rawHttp,
        peer: q.answerSizes.peer,
      }).toEqual({
        query: q.name,
        ours: q.answerSizes.raw,
        rawHttp: q.answerSizes.raw,
        peer: q.answerSizes.raw,
      });
    }
  });

  it('times the first call of every examples/ operation after a fresh start, after its warm-up', () => {
    const f = result.firstCalls!;
    const examples = exampleOperations();
    // Queries first, then the mutations (after the first ingest).
    expect(f.calls.map((c) => c.operation)).toEqual([
      ...examples.filter((e) => !e.mutation).map((e) => e.file),
      ...examples.filter((e) => e.mutation).map((e) => e.file),
    ]);
    for (const c of f.calls.filter((x) => !x.mutation)) {
      expect({ op: c.operation, error: c.error }).toEqual({ op: c.operation, error: null });
      expect(c.ms).toBeGreaterThan(0);
    }
    // The examples' own mutations change nothing: a placeholder text is refused, an unknown id is not deleted.
    expect(f.calls.find((c) => c.operation === 'ingest/ingest-agreement.graphql')!.error).toMatch(
      /^BAD_AGREEMENT_TEXT: /,
    );
    expect(f.calls.find((c) => c.operation === 'ingest/delete-agreement.graphql')).toMatchObject({
      error: null,
      answerSize: 0,
    });
    // The warm-up ran every step it had, and none failed.
    expect(f.warmUp).toMatch(/"msg":"warm-up done"/);
    expect(JSON.parse(f.warmUp!)).toMatchObject({ failed: 0, skipped: 0 });
  });

  it('ingests the agreement generated after the corpus as the first ingest: CREATED', async () => {
    expect(result.firstCalls!.ingest).toMatchObject({
      file: 'not-in-corpus-000020.txt',
      status: 'CREATED',
      error: null,
    });
    expect(loadedBeforeFirstCalls).toBe(20);
    expect(await loadedAgreements(db)).toBe(21);
  });

  it('reports a latency row and a profile row per query', () => {
    const report = renderReport([result], {
      command: 'test',
      date: 'today',
      machine: 'test',
      versions: {},
      settings: 'smoke',
      analysis: null,
    });
    // A cached question has a third row: its first requests after a change.
    for (const q of result.queries) {
      expect(report.split('\n').filter((line) => line.startsWith(`| ${q.name} |`))).toHaveLength(
        q.cached ? 3 : 2,
      );
    }
    for (const c of result.firstCalls!.calls) expect(report).toContain(`| ${c.operation}`);
    expect(report).toContain('| **first ingest** (not-in-corpus-000020.txt) |');
  });

  it('has target rows for both raw forms, the first calls and the first ingest', () => {
    const targets = targetRows([result]).map((row) => row[0]);
    expect(targets).toEqual(
      expect.arrayContaining([
        'Ours/raw p50, every query (20, 2 clients)',
        'Ours/raw HTTP p50, every query (20, 2 clients)',
        'Ours/peer p50, every query (20, 2 clients)',
        'First call of every examples/ query after ready (20)',
        'First ingest after ready (20)',
      ]),
    );
  });
});
