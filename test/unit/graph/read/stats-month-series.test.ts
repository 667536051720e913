import { describe, expect, it } from 'vitest';
import {
  MAX_SERIES_MONTHS,
  fillMonths,
  monthCount,
  monthStarts,
} from '../../../../src/graph/read/stats-month-series.js';

describe('monthCount', () => {
  it('counts the calendar months a range touches', () => {
    expect(monthCount('2023-05-15', '2023-05-15')).toBe(1);
    expect(monthCount('2023-05-31', '2023-06-01')).toBe(2);
    expect(monthCount('2022-01-01', '2025-12-31')).toBe(48);
    expect(monthCount('1976-01-01', '2025-12-31')).toBe(MAX_SERIES_MONTHS);
  });

  it('is 0 when to falls in a month before from', () => {
    expect(monthCount('2023-05-01', '2023-04-30')).toBe(0);
  });

  it('refuses what is not YYYY-MM-DD', () => {
    expect(() => monthCount('2023-5-1', '2023-06-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('monthStarts', () => {
  it('lists the first day of each month across a year boundary', () => {
    expect(monthStarts('2022-11-20', '2023-02-03')).toEqual([
      '2022-11-01',
      '2022-12-01',
      '2023-01-01',
      '2023-02-01',
    ]);
  });

  it('gives one month for a range inside one month', () => {
    expect(monthStarts('2025-09-10', '2025-09-30')).toEqual(['2025-09-01']);
  });
});

describe('fillMonths', () => {
  it('puts zero in months without a count and keeps the counts given', () => {
    expect(
      fillMonths('2022-08-01', '2022-12-31', [
        { month: '2022-08-01', count: 1 },
        { month: '2022-10-01', count: 2 },
      ]),
    ).toEqual([
      { month: '2022-08-01', count: 1 },
      { month: '2022-09-01', count: 0 },
      { month: '2022-10-01', count: 2 },
      { month: '2022-11-01', count: 0 },
      { month: '2022-12-01', count: 0 },
    ]);
  });

  it('ignores counts outside the range', () => {
    expect(fillMonths('2023-01-01', '2023-01-31', [{ month: '2022-12-01', count: 4 }])).toEqual([
      { month: '2023-01-01', count: 0 },
    ]);
  });
});
