/**
 * Numbers and dates in Indonesian words, as agreements print them: "Dua Ribu Dua Puluh
 * Tiga", "Lima Belas", "4 (empat) tahun".
 */

const UNITS = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** 0 ≤ n < 1,000,000 in lower-case words ("dua ribu dua puluh tiga"). */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) throw new Error(`numberInWords: ${n} out of range`);
  if (n < 12) return UNITS[n]!;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
  }
  if (n < 200) return `seratus${n > 100 ? ` ${numberInWords(n - 100)}` : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${UNITS[Math.floor(n / 100)]} ratus${rest ? ` ${numberInWords(rest)}` : ''}`;
  }
  if (n < 2000) return `seribu${n > 1000 ? ` ${numberInWords(n - 1000)}` : ''}`;
  const rest = n % 1000;
  return `${numberInWords(Math.floor(n / 1000))} ribu${rest ? ` ${numberInWords(rest)}` : ''}`;
}

/** Each word capitalised: "Dua Puluh Tiga". */
export function capitalised(words: string): string {
  return words.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

export const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

export const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

export interface IsoParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isoParts(iso: string): IsoParts {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

/** "24 September 2020". */
export function dateLong(iso: string): string {
  const p = isoParts(iso);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "15-05-2023". */
export function dateNumeric(iso: string): string {
  const p = isoParts(iso);
  return `${String(p.day).padStart(2, '0')}-${String(p.month).padStart(2, '0')}-${p.year}`;
}

/** Day of the week of an ISO date, in Indonesian. */
export function dayName(iso: string): string {
  return DAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

export function isoFromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoFromDate(d);
}

/** Same day of month `months` later, clamped to the month's end (the domain's rule for expiresOn). */
export function addMonths(iso: string, months: number): string {
  const p = isoParts(iso);
  const total = p.month - 1 + months;
  const year = p.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(p.day, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "4 (empat)". */
export function countWithWords(n: number): string {
  return `${n} (${numberInWords(n)})`;
}
