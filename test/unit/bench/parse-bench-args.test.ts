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

  it('names the bad flag and shows the usage', () => {
    expect(() => parseBenchArgs(['--clients', '0'])).toThrow(/--clients .*usage/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument '--fast'/);
  });
});
