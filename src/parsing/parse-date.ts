/**
 * Indonesian dates and numbers in words, as agreements print them:
 * "Dua Ribu Dua Puluh Tiga", "24 September 2020", "(15-05-2023)".
 */
import { memoise } from './memoise.js';

const UNITS: Readonly<Record<string, number>> = {
  nol: 0,
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agt: 8,
  agu: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  desember: 12,
  des: 12,
  december: 12,
  dec: 12,
};

/** Month names, for building patterns. */
export const MONTH_PATTERN =
  'Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|Nopember|November|Desember|January|February|March|May|June|July|August|October|December|Jan|Feb|Mar|Apr|Jun|Jul|Agt|Agu|Ags|Aug|Sept|Sep|Okt|Oct|Nov|Des|Dec';

export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * "Dua Ribu Dua Puluh Tiga" -> 2023, "Lima Belas" -> 15, "sebelas" -> 11, "24" -> 24.
 * Null when a word is not a number word.
 */
export const wordsToNumber = memoise(wordsToNumberOnce);

function wordsToNumberOnce(words: string): number | null {
  const trimmed = words.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const tokens = trimmed
    .toLowerCase()
    .replace(/[-,]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return null;
  let total = 0;
  let segment = 0;
  let last = 0;
  for (const raw of tokens) {
    let t = raw;
    // "sebelas", "sepuluh", "seratus", "seribu": "se" means one.
    if (['sebelas', 'sepuluh', 'seratus', 'seribu', 'sejuta'].includes(t)) {
      last += 1;
      t = t.slice(2);
    }
    if (t === 'belas') {
      segment += (last || 1) + 10;
    } else if (t === 'puluh') {
      segment += (last || 1) * 10;
    } else if (t === 'ratus') {
      segment += (last || 1) * 100;
    } else if (t === 'ribu' || t === 'juta') {
      total += (segment + last || 1) * (t === 'ribu' ? 1000 : 1_000_000);
      segment = 0;
    } else if (t in UNITS) {
      last += UNITS[t]!;
      continue;
    } else {
      return null;
    }
    last = 0;
  }
  return total + segment + last;
}

/** ISO date from parts, or null when the parts are not a real date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "24 September 2020" (or "24-09-2020", "24/09/2020") -> "2020-09-24". */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Adds months to an ISO date, keeping the day of month and clamping it to the month's end. */
export function addMonths(iso: string, months: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return isoDate(year, month, day);
}

/** Day of week name (Senin…) of an ISO date. */
export function dayName(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return DAY_NAMES[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()] ?? null;
}

/** "jumat", "Jum'at", "JUMAT" -> "Jumat"-style capitalisation as printed: first letter upper, rest lower. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
