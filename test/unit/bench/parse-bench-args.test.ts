import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../src/bench/parse-bench-args.js';

describe('parseBenchArgs', () => {
  it('defaults to 1k and 10k agreements with 1 and 16 clients, written to BENCHMARKS.md', () => {
    const args = parseBenchArgs([]);
    expect(args.sizes).toEqual([1000, 10000]);
    expect(args.clients).toEqual([1, 16]);
    expect(args.out).toBe('BENCHMARKS.md');
  });

  it('reads sizes, clients and the output file', () => {
    const args = parseBenchArgs([
      '--sizes',
      '100000',
      '--clients',
      '1,4,16',
      '--out',
      'x.md',
      '--no-profile',
    ]);
    expect(args).toMatchObject({ sizes: [100000], clients: [1, 4, 16], out: 'x.md', profile: false });
  });

  it('reads the options a 100,000-agreement run needs', () => {
    const args = parseBenchArgs(
      '--sizes 100000 --sides ours,raw,rawHttp --queries agreementsPage50,fullTextSearch --warmup 0 --heap 4g --page-cache 12G --timeout-seconds 600 --parse-sample 5000 --no-first-calls'.split(
        ' ',
      ),
    );
    expect(args).toMatchObject({
      sides: ['ours', 'raw', 'rawHttp'],
      queries: ['agreementsPage50', 'fullTextSearch'],
      warmup: 0,
      heap: '4g',
      pageCache: '12g',
      timeoutSeconds: 600,
      parseSample: 5000,
      firstCalls: false,
    });
  });

  it('measures every side and runs the first-call stage by default', () => {
    expect(parseBenchArgs([])).toMatchObject({
      sides: ['ours', 'cold', 'raw', 'rawHttp', 'peer'],
      queries: null,
      warmup: 5,
      heap: '2g',
      pageCache: '1g',
      firstCalls: true,
    });
  });

  it('refuses an unknown side and a memory size without a unit it knows', () => {
    expect(() => parseBenchArgs(['--sides', 'ours,fast'])).toThrow(/--sides: unknown fast; the sides are/);
    expect(() => parseBenchArgs(['--heap', '4 GB'])).toThrow(/--heap takes a memory size/);
  });

  it('names the bad flag and shows the usage', () => {
    expect(() => parseBenchArgs(['--clients', '0'])).toThrow(/--clients .*usage/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument '--fast'/);
  });
});
