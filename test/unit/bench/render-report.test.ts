import { describe, expect, it } from 'vitest';
import type { FirstCallsResult } from '../../../src/bench/first-calls.js';
import type { CellResult, QueryResult, SizeResult } from '../../../src/bench/measure-size.js';
import { renderReport, targetRows } from '../../../src/bench/render-report.js';
import { summarize } from '../../../src/bench/stats.js';

const cell = (p50: number): CellResult => ({
  summary: summarize([p50]),
  errors: 0,
  firstError: null,
  cappedBatches: 0,
});

function query(name: string, ms: { ours: number; raw: number; rawHttp: number; peer: number }): QueryResult {
  return {
    name,
    relationship: true,
    peerForm: '@cypher',
    cached: false,
    answerSizes: { ours: 20, cold: 0, raw: 20, rawHttp: 20, peer: 20 },
    checkErrors: { ours: null, cold: null, raw: null, rawHttp: null, peer: null },
    cells: {
      1: { ours: cell(ms.ours), raw: cell(ms.raw), rawHttp: cell(ms.rawHttp), peer: cell(ms.peer) },
    },
    afterChange: {},
    profile: null,
  };
}

function size(agreements: number, scale: number, firstCalls: FirstCallsResult | null): SizeResult {
  const memory = { nodeRssMb: 300 * scale, nodeHeapUsedMb: 100, neo4jRssMb: 2000 * scale };
  return {
    agreements,
    parseDocsPerSecond: 1800,
    parsePoolDocsPerSecond: 3100,
    parsePoolWorkers: 2,
    loadDocsPerSecond: 320,
    buildSeconds: agreements / 320,
    loadFailures: 0,
    nodes: 36 * agreements,
    relationships: 62 * agreements,
    storeMb: 0.13 * agreements,
    memoryAfterLoad: memory,
    memoryAfterQueries: memory,
    variables: { agencyA: 'a', agencyB: 'b', farAgency: 'c', asOf: '2025-01-01', searchText: 'x' },
    queries: [
      query('connectionPath', { ours: 6 * scale, raw: 4 * scale, rawHttp: 5 * scale, peer: 8 * scale }),
    ],
    loadavgBefore: '0',
    loadavgAfter: '0',
    firstCalls,
  };
}

const firstCalls: FirstCallsResult = {
  startSeconds: 12.5,
  warmUp: '{"msg":"warm-up done","ms":4000,"ran":52,"failed":0,"skipped":0}',
  calls: [
    {
      operation: 'relationships/shared-signatories.graphql',
      ms: 150,
      answerSize: 20,
      error: null,
      mutation: false,
    },
    { operation: 'search/search.graphql', ms: 250, answerSize: 10, error: null, mutation: false },
    {
      operation: 'ingest/delete-agreement.graphql',
      ms: 30,
      answerSize: 0,
      error: null,
      mutation: true,
    },
  ],
  ingest: { file: '000_x.txt', ms: 800, status: 'CREATED', error: null },
};

const context = { command: 'test', date: 'today', machine: 'm', versions: {}, settings: 's', analysis: null };

describe('renderReport', () => {
  it('gives ours/raw HTTP beside ours/raw, with its own target row', () => {
    const rows = targetRows([size(1000, 1, null)]);
    expect(rows.find((r) => r[0] === 'Ours/raw p50, every query (1000, 1 client)')).toEqual([
      'Ours/raw p50, every query (1000, 1 client)',
      '≤ 1.3',
      'worst connectionPath 1.50',
      '**missed** (1 of 1: connectionPath 1.50)',
    ]);
    expect(rows.find((r) => r[0] === 'Ours/raw HTTP p50, every query (1000, 1 client)')).toEqual([
      'Ours/raw HTTP p50, every query (1000, 1 client)',
      '≤ 1.3',
      'worst connectionPath 1.20',
      'met',
    ]);
    const report = renderReport([size(1000, 1, null)], context);
    expect(report).toContain(
      '| connectionPath | @cypher | no | 6.0 / 6.0 / 6.0 | – | 4.0 / 4.0 / 4.0 | 5.0 / 5.0 / 5.0 | 8.0 / 8.0 / 8.0 | 1.50 | 1.20 | 0.75 | – | 1/–/1/1/1 | 0/–/0/0/0 |',
    );
  });

  it('shows the first requests after a change beside cache off, and judges their p99', () => {
    const base = size(10000, 1, null);
    const shared: QueryResult = {
      ...query('sharedSignatories', { ours: 1, raw: 180, rawHttp: 190, peer: 200 }),
      cached: true,
      cells: {
        16: {
          ours: cell(20),
          cold: { ...cell(2500), summary: summarize([2400, 2500, 2800]) },
          raw: cell(2000),
          rawHttp: cell(2200),
          peer: cell(2700),
        },
      },
      afterChange: {
        16: {
          summary: summarize([190, 200, 210, 260]),
          bursts: 3,
          statements: 3,
          errors: 0,
          firstError: null,
        },
      },
    };
    const result: SizeResult = { ...base, queries: [shared] };
    const report = renderReport([result], context);
    expect(report).toContain('### First requests after a change (the questions the cache answers)');
    expect(report).toContain(
      '| sharedSignatories | 16 | 200 / 260 / 260 | 4 (3 × 16) | 3 | 2500 / 2800 / 2800 | 0 |',
    );
    expect(
      targetRows([result]).find((r) => r[0]?.startsWith('Relationship queries p99, first requests')),
    ).toEqual([
      'Relationship queries p99, first requests after a change (10000, 16 clients)',
      '< 50 ms with 16 clients at 10,000',
      'worst sharedSignatories 260 ms',
      '**missed** (sharedSignatories 260 ms)',
    ]);
  });

  it('judges the first calls (every examples/ query under 200 ms) and the first ingest (under 1 s)', () => {
    const rows = targetRows([size(1000, 1, firstCalls)]);
    expect(rows.find((r) => r[0] === 'First call of every examples/ query after ready (1000)')).toEqual([
      'First call of every examples/ query after ready (1000)',
      '< 200 ms',
      'worst search/search.graphql 250 ms',
      '**missed** (1 of 2: search/search.graphql 250 ms)',
    ]);
    expect(rows.find((r) => r[0] === 'First ingest after ready (1000)')).toEqual([
      'First ingest after ready (1000)',
      '< 1000 ms',
      '800 ms (CREATED)',
      'met',
    ]);
    const report = renderReport([size(1000, 1, firstCalls)], context);
    expect(report).toContain('| relationships/shared-signatories.graphql | 150 | 20 |  |');
    expect(report).toContain('| **first ingest** (000_x.txt) | 800 | status CREATED |  |');
    expect(report).toContain('| ingest/delete-agreement.graphql (after the first ingest) | 30 | 0 |  |');
  });

  it('does not count an ingest that created nothing as a met first ingest', () => {
    const unchanged = { ...firstCalls, ingest: { ...firstCalls.ingest, ms: 100, status: 'UNCHANGED' } };
    const row = targetRows([size(1000, 1, unchanged)]).find(
      (r) => r[0] === 'First ingest after ready (1000)',
    );
    expect(row![3]).toBe('**missed** (not a creating ingest: UNCHANGED)');
  });

  it('shows parse throughput on one thread and in the pool, and judges the pool', () => {
    const report = renderReport([size(1000, 1, null)], context);
    expect(report).toContain(
      '| Agreements | Parse, one thread (docs/s) | Parse, pool of one worker per core (docs/s) | Load (docs/s, parse + write) |',
    );
    expect(report).toContain('| 1000 | 1800 | 3100 (2 workers) | 320 | 3.1 |');
    expect(targetRows([size(1000, 1, null)]).find((r) => r[0]!.startsWith('Parse'))).toEqual([
      'Parse, pool of 2 workers, files read + parsed (1000)',
      '≥ 2000 docs/s',
      '3100 docs/s (one thread: 1800 docs/s)',
      'met',
    ]);
    // A pool under the target is missed by its own rate, whatever one thread did.
    const slow = { ...size(1000, 1, null), parseDocsPerSecond: 2100, parsePoolDocsPerSecond: 1500 };
    expect(
      targetRows([slow])
        .find((r) => r[0]!.startsWith('Parse'))!
        .slice(2),
    ).toEqual(['1500 docs/s (one thread: 2100 docs/s)', '**missed** (25% short)']);
  });

  it('shows how each cost grows from the smallest size to the largest', () => {
    const report = renderReport([size(1000, 1, null), size(10000, 3, null), size(100000, 20, null)], context);
    expect(report).toContain('| Measure | 1000 | 10000 | 100000 | × |');
    expect(report).toContain('| Nodes + relationships | 98000 | 980000 | 9800000 | ×100.00 |');
    expect(report).toContain('| connectionPath, ours p50 (ms) | 6.0 | 18 | 120 | ×20.00 |');
    expect(report).toContain('| connectionPath, raw p50 (ms) | 4.0 | 12 | 80 | ×20.00 |');
  });
});
