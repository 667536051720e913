import { describe, expect, it } from 'vitest';
import type { SeedFileResult, SeedSummary } from '../../../src/ingest/seed-paths.js';
import { createSeedProgress, formatSeedSummary } from '../../../src/ingest/seed-report.js';

const ok = (file: string): SeedFileResult => ({
  file,
  status: 'CREATED',
  agreementId: 'agreement:1',
  warnings: [],
  reason: null,
});

describe('createSeedProgress', () => {
  it('writes one plain line per file when not on a terminal', () => {
    const out: string[] = [];
    const progress = createSeedProgress({ isTTY: false, write: (s) => out.push(s) });
    progress({ done: 1, total: 2, result: ok('seed/a.txt') });
    progress({ done: 2, total: 2, result: { ...ok('seed/b.txt'), status: 'UNCHANGED' } });
    expect(out).toEqual(['[1/2] CREATED a.txt\n', '[2/2] UNCHANGED b.txt\n']);
  });

  it('redraws one bar in place on a terminal and ends the line when done', () => {
    const out: string[] = [];
    const progress = createSeedProgress({ isTTY: true, columns: 100, write: (s) => out.push(s) });
    progress({ done: 1, total: 2, result: ok('a.txt') });
    progress({ done: 2, total: 2, result: ok('b.txt') });
    expect(out[0]).toBe(`\r\x1b[2K[${'#'.repeat(12)}${'.'.repeat(12)}] 1/2 CREATED a.txt`);
    expect(out[1]).toContain(`[${'#'.repeat(24)}] 2/2 CREATED b.txt`);
    expect(out[2]).toBe('\n');
  });
});

describe('formatSeedSummary', () => {
  it('gives the four counts and each failure with its reason', () => {
    const summary: SeedSummary = {
      files: [
        ok('a.txt'),
        {
          file: 'bad.txt',
          status: 'FAILED',
          agreementId: null,
          warnings: [],
          reason: 'NOT_AN_AGREEMENT: no parties',
        },
      ],
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: 1,
      superseded: 0,
      clashes: [],
      skipped: [],
    };
    expect(formatSeedSummary(summary)).toBe(
      'seeded 2 file(s): 1 created, 0 updated, 0 unchanged, 1 failed\n  failed bad.txt: NOT_AN_AGREEMENT: no parties\n',
    );
  });

  it('names the clash between versions and every file left out, with why', () => {
    const summary: SeedSummary = {
      files: [
        ok('b.md'),
        {
          file: 'a.md',
          status: 'SUPERSEDED',
          agreementId: null,
          warnings: [],
          reason: 'b.md and a.md are versions of PKS 12/2023; kept b.md',
        },
      ],
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: 0,
      superseded: 1,
      clashes: ['b.md and a.md are versions of PKS 12/2023; kept b.md'],
      skipped: [{ file: 'scan.docx', reason: 'not an agreement document (.docx)' }],
    };
    expect(formatSeedSummary(summary)).toBe(
      'seeded 2 file(s): 1 created, 0 updated, 0 unchanged, 0 failed, 1 superseded, 1 skipped\n' +
        '  versions: b.md and a.md are versions of PKS 12/2023; kept b.md\n' +
        '  skipped scan.docx: not an agreement document (.docx)\n',
    );
  });
});
