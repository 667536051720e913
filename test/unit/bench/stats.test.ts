import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, summarize } from '../../../src/bench/stats.js';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it('returns an observed sample: p50 of 1..100 is 50, p95 is 95, p99 is 99, p100 is 100', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([30, 10, 20], 50)).toBe(20);
  });

  it('with few samples, p99 is the largest', () => {
    expect(percentile([5, 1, 9, 3], 99)).toBe(9);
    expect(percentile([7], 50)).toBe(7);
  });

  it('is NaN for no samples and refuses a percentile outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('gives count, p50, p95, p99 and max', () => {
    const s = summarize([4, 1, 3, 2, 100]);
    expect(s).toEqual({ count: 5, p50: 3, p95: 100, p99: 100, max: 100 });
  });

  it('leaves the input unsorted', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('reports NaN percentiles for no samples', () => {
    const s = summarize([]);
    expect(s.count).toBe(0);
    expect(s.p50).toBeNaN();
  });
});

describe('median and ratio', () => {
  it('median averages the two middle values of an even count', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('ratio is NaN when the divisor is not positive or either side is missing', () => {
    expect(ratio(13, 10)).toBeCloseTo(1.3);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });
});
