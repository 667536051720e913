import type { CleanText } from './clean-text.js';
import { MONTH_PATTERN, parseDateText, wordsToNumber } from './parse-date.js';
import type { ScannedClause } from './parse-provisions.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';

export interface FoundTerm {
  readonly durationMonths: { months: number; value: ReadValue } | null;
  /** A duration given in days or weeks, which does not convert to months. */
  readonly durationOther: ReadValue | null;
  readonly startDate: { iso: string; value: ReadValue } | null;
  readonly endDate: { iso: string; value: ReadValue } | null;
  /** In days; a notice given in months (30 days each) or weeks (7) is converted, `unit` says so. */
  readonly noticeDays: { days: number; unit: 'hari' | 'bulan' | 'minggu'; value: ReadValue } | null;
  readonly renewable: { renewable: boolean; value: ReadValue } | null;
}

const DATE = `\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}`;
const DURATION =
  /(?:jangka\s+waktu|berlaku\s+selama|masa\s+berlaku)\s+(?:selama\s+)?(?:(\d{1,3})\s*(?:\(\s*[\p{L}\s]{1,40}\)\s*)?|([\p{L}]+(?:\s+[\p{L}]+)?)\s+)(tahun|bulan|minggu|hari)\b/iu;
const START = new RegExp(
  `(?:sejak|mulai(?:\\s+berlaku)?(?:\\s+pada)?|terhitung(?:\\s+mulai)?)\\s+(?:tanggal\\s+)?(${DATE})`,
  'i',
);
const END = new RegExp(
  `(?:sampai\\s+dengan|s\\.\\s?d\\.?|hingga|berakhir\\s+pada)\\s+(?:tanggal\\s+)?(${DATE})`,
  'i',
);
const NOTICE =
  /(?:paling\s+lambat|selambat-lambatnya|sekurang-kurangnya|paling\s+sedikit|minimal|dalam\s+waktu)\s+(\d{1,3})\s*(?:\([\p{L}\s]{1,40}\)\s*)?(hari|bulan|minggu|pekan)\b/iu;
const DAYS_PER_UNIT: Readonly<Record<string, number>> = { hari: 1, bulan: 30, minggu: 7, pekan: 7 };
const REWRITES = /diubah\s+(?:sehingga\s+)?(?:berbunyi|menjadi)|diganti\s+(?:sehingga\s+berbunyi|menjadi)/i;
const TERMINATION = /mengakhiri|pengakhiran|diakhiri|pemutusan|memutuskan/i;
const RENEW_NO = /tidak\s+dapat\s+(?:di)?perpanjang/i;
const RENEW_YES = /dapat\s+(?:di)?perpanjang|dapat\s+diperbaharui|dapat\s+diperbarui|diperpanjang/i;

/**
 * Reads the term article: duration, a stated start or end date, the notice period for ending
 * it early, and whether it may be extended. Dates "sejak tanggal ditandatangani" are not
 * stated dates: the caller falls back to the signing date.
 */
export function parseTerm(clean: CleanText, clauses: readonly ScannedClause[]): FoundTerm | null {
  const text = clean.text;
  let terms = clauses.filter((c) => c.topic === 'TERM');
  // An addendum has no term article of its own: it rewrites the amended agreement's
  // ("Ketentuan Pasal 5 … diubah sehingga berbunyi …"), and the rewritten text is the term now.
  if (terms.length === 0)
    terms = clauses.filter((c) => {
      if (c.topic !== 'AMENDMENT') return false;
      const body = text.slice(c.bodyStart, c.end);
      return REWRITES.test(body) && DURATION.test(body);
    });
  if (terms.length === 0) return null;
  let durationMonths: FoundTerm['durationMonths'] = null;
  let durationOther: ReadValue | null = null;
  let startDate: FoundTerm['startDate'] = null;
  let endDate: FoundTerm['endDate'] = null;
  let noticeDays: FoundTerm['noticeDays'] = null;
  let renewable: FoundTerm['renewable'] = null;
  for (const clause of terms) {
    const s0 = clause.bodyStart;
    const body = text.slice(s0, clause.end);
    const at = (m: RegExpExecArray, group = 0): ReadValue => {
      const g = m[group]!;
      const gs = s0 + m.index + m[0].indexOf(g);
      return readValue(clean, gs, gs + g.length);
    };
    const d = DURATION.exec(body);
    if (d && !durationMonths && !durationOther) {
      const n = d[1] ? Number(d[1]) : wordsToNumber(d[2] ?? '');
      const unit = d[3]!.toLowerCase();
      if (n !== null && (unit === 'tahun' || unit === 'bulan'))
        durationMonths = { months: unit === 'tahun' ? n * 12 : n, value: at(d) };
      else durationOther = at(d);
    }
    const st = START.exec(body);
    if (st && !startDate) {
      const iso = parseDateText(st[1]!);
      if (iso) startDate = { iso, value: at(st, 1) };
    }
    const en = END.exec(body);
    if (en && !endDate) {
      const iso = parseDateText(en[1]!);
      if (iso) endDate = { iso, value: at(en, 1) };
    }
    if (!noticeDays) {
      for (const p of clause.paragraphs) {
        const pt = text.slice(p.bodyStart, p.end);
        if (!TERMINATION.test(pt)) continue;
        const nm = NOTICE.exec(pt);
        if (nm) {
          const gs = p.bodyStart + nm.index;
          const unit = nm[2]!.toLowerCase();
          noticeDays = {
            days: Number(nm[1]) * DAYS_PER_UNIT[unit]!,
            unit: unit === 'pekan' ? 'minggu' : (unit as 'hari' | 'bulan' | 'minggu'),
            value: readValue(clean, gs, gs + nm[0].length),
          };
          break;
        }
      }
    }
    if (!renewable) {
      const no = RENEW_NO.exec(body);
      const yes = no ? null : RENEW_YES.exec(body);
      if (no) renewable = { renewable: false, value: at(no) };
      else if (yes) renewable = { renewable: true, value: at(yes) };
    }
  }
  return { durationMonths, durationOther, startDate, endDate, noticeDays, renewable };
}
