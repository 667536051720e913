/**
 * Calendar months for time series: the month starts a range covers, and a series with a row for
 * every one of them (zero where nothing happened), so a chart's x-axis has no gaps and a
 * dashboard never has to fill them in.
 */

/** Fifty years of months: the longest series one request may ask for. */
export const MAX_SERIES_MONTHS = 50 * 12;

export interface MonthlyCountRecord {
  /** First day of the month, ISO YYYY-MM-DD. */
  readonly month: string;
  readonly count: number;
}

/** Year and month (1–12) of an ISO YYYY-MM-DD date. */
function yearMonth(isoDate: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!match) throw new RangeError(`expected a date written YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** How many calendar months [from, to] touches: 1 for two days of one month, 0 when to < from's month. */
export function monthCount(from: string, to: string): number {
  const a = yearMonth(from);
  const b = yearMonth(to);
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month) + 1);
}

/** The first day of every month from `from`'s month through `to`'s month, in order. */
export function monthStarts(from: string, to: string): string[] {
  const start = yearMonth(from);
  const months: string[] = [];
  for (let i = 0, n = monthCount(from, to); i < n; i++) {
    const index = start.month - 1 + i;
    const year = start.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
  }
  return months;
}

/**
 * One row per month from `from`'s month through `to`'s month: the count found for that month, or
 * zero. Counts for months outside the range are ignored.
 */
export function fillMonths(
  from: string,
  to: string,
  counts: readonly MonthlyCountRecord[],
): MonthlyCountRecord[] {
  const byMonth = new Map(counts.map((row) => [row.month, row.count]));
  return monthStarts(from, to).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}
