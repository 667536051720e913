/**
 * Keeps `npm run bench` working: the benchmark functions at a tiny size (20 generated
 * agreements, 2 clients, one round) on the integration Neo4j. It checks that every query of the
 * fixed set answers without errors on all three sides (our API, the raw Cypher, @neo4j/graphql)
 * and that the report has a row per query. No timing is asserted: this suite is not a benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchQueries } from '../../src/bench/bench-queries.js';
import { SIDES, measureSize, type SizeResult } from '../../src/bench/measure-size.js';
import { renderReport } from '../../src/bench/render-report.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

describe('benchmark smoke run (20 agreements, 2 clients)', () => {
  let db: GraphDatabase;
  let corpusDir: string;
  let result: SizeResult;

  beforeAll(async () => {
    db = await connectTestDatabase();
    corpusDir = mkdtempSync(path.join(os.tmpdir(), 'perjanjian-bench-smoke-'));
    result = await measureSize({
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
    });
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
  });

  it('builds the graph from all 20 texts', () => {
    expect(result.loadFailures).toBe(0);
    expect(result.nodes).toBeGreaterThan(20);
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

  it('gives the same number of answers on the three sides', () => {
    for (const q of result.queries) {
      expect({ query: q.name, ours: q.answerSizes.ours, peer: q.answerSizes.peer }).toEqual({
        query: q.name,
        ours: q.answerSizes.raw,
        peer: q.answerSizes.raw,
      });
    }
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
    for (const q of result.queries) {
      expect(report.split('\n').filter((line) => line.startsWith(`| ${q.name} |`))).toHaveLength(2);
    }
  });
});
