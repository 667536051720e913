import type { Instrument, InstrumentKind } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { instrumentKey } from './identity.js';
import { MONTH_PATTERN, parseDateText } from './parse-date.js';
import { readValue } from './read-value.js';

/** An instrument mention found in the cleaned text, with the ranges it was read from. */
export interface FoundInstrument {
  readonly instrument: Instrument;
  readonly start: number;
  /** End of the mention (title and gazette included, amendments excluded). */
  readonly end: number;
  readonly amendedBy: readonly FoundInstrument[];
  readonly amends: readonly FoundInstrument[];
  /** End of the mention including its amendments. */
  readonly fullEnd: number;
}

const KIND_RE = new RegExp(
  '^(?:' +
    [
      '(?<uud>Undang(?:-\\s*|\\s*)Undang\\s+Dasar(?:\\s+Negara\\s+Republik\\s+Indonesia)?(?:\\s+Tahun\\s+1945)?)',
      '(?<kitab>Kitab\\s+Undang(?:-\\s*|\\s*)Undang\\s+Hukum\\s+(?:Acara\\s+)?[A-Za-z]+|KUH\\s?(?:Perdata|Pidana|Dagang)|KUHPerdata|KUHAP|KUHP|KUHD|Burgerlijk\\s+Wetboek)',
      '(?<perppu>Peraturan\\s+Pemerintah\\s+Pengganti\\s+Undang(?:-\\s*|\\s*)Undang)',
      '(?<uu>Undang(?:-\\s*|\\s*)Undang)',
      '(?<pp>Peraturan\\s+Pemerintah)',
      '(?<perpres>Peraturan\\s+Presiden)',
      '(?<keppres>(?:Petikan\\s+)?Keputusan\\s+Presiden)',
      '(?<permen>Peraturan\\s+(?=Menteri\\b))',
      '(?<kepmen>(?:Petikan\\s+)?Keputusan\\s+(?=Menteri\\b))',
      '(?<perda>Peraturan\\s+Daerah\\s+)',
      '(?<perkada>Peraturan\\s+(?=(?:Gubernur|Bupati|Wali\\s?[Kk]ota|Kepala\\s+Daerah)\\b))',
      '(?<kepkada>(?:Petikan\\s+)?Keputusan\\s+(?=(?:Gubernur|Bupati|Wali\\s?[Kk]ota|Kepala\\s+Daerah)\\b))',
      // The head of any agency: "Kepala Badan …", "Kepala Arsip Nasional …", "Ketua Komisi …".
      '(?<perbadan>Peraturan\\s+(?=(?:(?:Kepala|Ketua)\\s+|(?:Badan|Lembaga)\\b)))',
      '(?<kepbadan>(?:Petikan\\s+)?Keputusan\\s+(?=(?:(?:Kepala|Ketua)\\s+|(?:Badan|Lembaga)\\b)))',
      '(?<sk>Surat\\s+Kuasa)',
      '(?<other>(?:Surat\\s+Keputusan|Peraturan|Keputusan|Instruksi|Surat\\s+Edaran)\\s+)',
    ].join('|') +
    ')',
  'i',
);

const KIND_BY_GROUP: Readonly<Record<string, InstrumentKind>> = {
  uud: 'OTHER',
  kitab: 'KITAB',
  perppu: 'PERATURAN_PEMERINTAH',
  uu: 'UNDANG_UNDANG',
  pp: 'PERATURAN_PEMERINTAH',
  perpres: 'PERATURAN_PRESIDEN',
  keppres: 'KEPUTUSAN_PRESIDEN',
  permen: 'PERATURAN_MENTERI',
  kepmen: 'KEPUTUSAN_MENTERI',
  perbadan: 'PERATURAN_BADAN',
  kepbadan: 'KEPUTUSAN_BADAN',
  perda: 'PERATURAN_DAERAH',
  perkada: 'PERATURAN_DAERAH',
  kepkada: 'KEPUTUSAN_KEPALA_DAERAH',
  sk: 'SURAT_KUASA',
  other: 'OTHER',
};

/** Kinds whose issuer is printed between the kind and "Nomor". */
const HAS_ISSUER = new Set([
  'permen',
  'kepmen',
  'perbadan',
  'kepbadan',
  'perda',
  'perkada',
  'kepkada',
  'other',
]);

/** Where the first word of an instrument may start, for scanning. */
export const INSTRUMENT_START =
  /\b(?:Undang|UNDANG|Kitab|KITAB|KUH|Peraturan|PERATURAN|Keputusan|KEPUTUSAN|Petikan|Surat\s+Kuasa|Surat\s+Keputusan|SURAT|Instruksi|INSTRUKSI|Burgerlijk)/g;

const GAZETTE_OPEN = /^\s*\(\s*(?=(?:Lembaran|Berita|Tambahan|LN|BN|TLN)\b)/i;
const AMENDED =
  /^\s*,?\s*(?:dan\s+)?(?:sebagaimana\s+)?(?:telah\s+)?(?:beberapa\s+kali\s+|berkali-\s*kali\s+|terakhir\s+)?diubah(?:\s+(?:kedua|ketiga|keempat|beberapa)\s+kali)?,?(?:\s+terakhir)?\s+(?:dengan|kali\s+dengan|terakhir\s+dengan)\s+/i;
/** The next amendment in a list after the first: "…, Undang-Undang Nomor 9 …" / "… dan Undang-Undang …". */
const NEXT_AMENDMENT =
  /^\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)(?:terakhir\s+(?:dengan\s+)?)?(?=(?:Undang|Peraturan|Keputusan)\b)/i;
const AMENDS = /^Perubahan(?:\s+(?:Kedua|Ketiga|Keempat|Kelima|Keenam|Atas))?\s+(?:atas|Atas)\s+/;

/** "Nomor 5 Tahun 2020 tanggal 3 Maret 2020" after the kind and issuer: number, year, date. */
const NUMBER_HEAD = new RegExp(
  /^\s*,?\s*(?:Republik\s+Indonesia\s*)?(?:Nomor|No\.?|NOMOR)\s*:?\s*([^\s,;()]+(?:\s*\/\s*[^\s,;()]+)*)(?:\s*,?\s*(?:Tahun|TAHUN|tahun)\s+(\d{4}))?(?:\s*,?\s*(?:tanggal|tgl\.?)\s+(\d{1,2}\s+(?:MONTHS)\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}))?/.source.replace(
    'MONTHS',
    MONTH_PATTERN,
  ),
  'i',
);
/** A date in words after the number when NUMBER_HEAD did not read one: ", tanggal 3 Maret 2020". */
const DATED = new RegExp(
  `^\\s*,?\\s*(?:tanggal|tgl\\.?)\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})`,
  'i',
);

/**
 * Phrases that end an instrument title inside a party paragraph or a sentence:
 * "…tentang Pengangkatan …, dalam hal ini bertindak …", or the next instrument of a list
 * ("…, Undang-Undang Nomor 9 …", "… dan Undang-Undang Nomor 9 …").
 */
const TITLE_STOP =
  /\s+sebagaimana\s+(?:telah\s+)?(?:beberapa\s+kali\s+|berkali-\s*kali\s+)?(?:diubah|dicabut)|,?\s+(?:dalam\s+hal\s+ini|(?:yang\s+|untuk\s+)?selanjutnya|bertindak|berkedudukan|beralamat|yang\s+berkedudukan)\b|;|\s+\((?=\s*(?:Lembaran|Berita|Tambahan|LN|BN|TLN)\b)|(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?=(?:Undang|Peraturan|Keputusan)\b(?:[\p{L}\-/,.]*\s+){0,12}?(?:Nomor|No\.)\s)/iu;

/**
 * Reads the instrument that starts at cleaned offset `start` (and ends by `limit`):
 * kind, issuer, number, year, date, title, gazette, and the amendments that follow it.
 * Null when no instrument starts there, or a kind that needs a number has none.
 */
export function parseInstrument(
  clean: CleanText,
  start: number,
  limit: number,
  depth = 0,
): FoundInstrument | null {
  const text = clean.text;
  const sub = text.slice(start, Math.min(limit, start + 1500));
  const km = KIND_RE.exec(sub);
  if (!km?.groups) return null;
  const group = Object.keys(km.groups).find((g) => km.groups![g] !== undefined);
  if (!group) return null;
  const kind = KIND_BY_GROUP[group] ?? 'OTHER';
  const at: Cursor = { clean, sub, start, pos: km[0].length };

  if (group === 'kitab' || group === 'uud') {
    const end = start + at.pos;
    const title = readValue(clean, start, end);
    const year = group === 'uud' ? 1945 : null;
    const instrument = build(clean, kind, null, null, year, null, title.value, null, start, end);
    return { instrument, start, end, amendedBy: [], amends: [], fullEnd: end };
  }

  const issuer = readIssuer(at, group, km[0]);
  if (issuer === undefined) return null;
  const dated = readNumberAndDate(at, kind);
  if (!dated) return null;
  const { title, amends } = readTitle(at, depth);
  const gazette = readGazette(at);
  const end = start + at.pos;
  const instrument = build(
    clean,
    kind,
    issuer,
    dated.number,
    dated.year,
    dated.date,
    title,
    gazette,
    start,
    end,
  );
  const amendedBy = depth < 3 ? readAmendments(clean, kind, end, limit, depth) : [];
  return { instrument, start, end, amendedBy, amends, fullEnd: amendedBy.at(-1)?.end ?? end };
}

/** Where the reading of one instrument is: `pos` is an offset into `sub`, which starts at `start`. */
interface Cursor {
  readonly clean: CleanText;
  readonly sub: string;
  readonly start: number;
  pos: number;
}

/**
 * The issuer between the kind and "Nomor": "Peraturan Menteri Hukum Nomor …"; for a power of
 * attorney the grantor. Undefined when a kind that has an issuer shows none that reads as one.
 */
function readIssuer(at: Cursor, group: string, kindText: string): string | null | undefined {
  const { clean, sub, start } = at;
  if (group === 'sk') {
    // "Surat Kuasa Kepala Badan … Nomor …": the grantor, when printed, stands where an issuer would.
    const nomor = /^(?:\s+[^\s;]+){0,20}?\s(?:Nomor|No\.?|NOMOR)\s*:?\s*\S/.exec(
      sub.slice(at.pos, at.pos + 200),
    );
    if (!nomor) return null;
    const cut = nomor[0].search(/\s(?:Nomor|No\.?|NOMOR)\s*:?\s*\S$/);
    const grantor = readValue(clean, start + at.pos, start + at.pos + cut).value;
    at.pos += cut;
    return grantor || null;
  }
  if (!HAS_ISSUER.has(group)) return null;
  const nomor = /\s(?:Nomor|No\.?|NOMOR)\s*:?\s*\S/.exec(sub.slice(at.pos, at.pos + 200));
  if (!nomor) return undefined;
  const issuerRange = readValue(clean, start + at.pos, start + at.pos + nomor.index);
  const issuer = issuerRange.value
    .replace(/\s+Republik\s+Indonesia$/i, '')
    .replace(/\s+RI$/, '')
    .trim();
  // A real issuer is a short name in capitals ("Menteri Hukum", "Gubernur Jawa Barat"),
  // not a phrase such as "peraturan perundang-undangan yang berlaku …".
  if (!/^[A-Z]/.test(kindText) || !/^[A-Z]/.test(issuer) || issuer.split(' ').length > 15) return undefined;
  at.pos += nomor.index;
  return issuer;
}

/**
 * "Nomor 6 Tahun 2024 tanggal 3 Mei 2024": number, year and date. Null when there is no
 * number and the kind needs one (every kind but a power of attorney).
 */
function readNumberAndDate(
  at: Cursor,
  kind: InstrumentKind,
): { number: string | null; year: number | null; date: string | null } | null {
  const hm = NUMBER_HEAD.exec(at.sub.slice(at.pos));
  if (!hm && kind !== 'SURAT_KUASA') return null;
  let number: string | null = null;
  let year: number | null = null;
  let date: string | null = null;
  if (hm) {
    number = hm[1] ?? null;
    if (number) number = number.replace(/\s*\/\s*/g, '/').replace(/[.:]$/, '');
    year = hm[2] ? Number(hm[2]) : null;
    date = hm[3] ? parseDateText(hm[3]) : null;
    at.pos += hm[0].length;
  }
  if (year === null && number) {
    // "Nomor 6/2024" prints the year inside the number.
    const y = /\/((?:19|20)\d{2})$/.exec(number);
    if (y && kind !== 'SURAT_KUASA') year = Number(y[1]);
  }
  if (date === null) {
    const dm = DATED.exec(at.sub.slice(at.pos));
    if (dm) {
      date = parseDateText(dm[1]!);
      at.pos += dm[0].length;
    }
  }
  // A power of attorney carries no year of its own: it is dated.
  if (kind === 'SURAT_KUASA' && year === null && date) year = Number(date.slice(0, 4));
  return { number, year, date };
}

/** "tentang …" to the end of the title; a title that amends another instrument names it ("Perubahan atas …"). */
function readTitle(at: Cursor, depth: number): { title: string | null; amends: FoundInstrument[] } {
  const { clean, sub, start } = at;
  const tm = /^\s*,?\s*tentang\s+/i.exec(sub.slice(at.pos));
  if (!tm) return { title: null, amends: [] };
  const titleStart = at.pos + tm[0].length;
  const rest = sub.slice(titleStart);
  const stop = TITLE_STOP.exec(rest);
  const tv = readValue(clean, start + titleStart, start + titleStart + (stop ? stop.index : rest.length));
  const titleEnd = tv.end - start;
  at.pos = titleEnd;
  const am = AMENDS.exec(tv.value);
  if (am && depth < 3) {
    const inner = parseInstrument(clean, start + titleStart + am[0].length, start + titleEnd, depth + 1);
    if (inner) return { title: tv.value, amends: [inner] };
  }
  return { title: tv.value, amends: [] };
}

/** "(Lembaran Negara … Nomor …)", to its matching bracket. */
function readGazette(at: Cursor): string | null {
  const { clean, sub, start } = at;
  const gm = GAZETTE_OPEN.exec(sub.slice(at.pos));
  if (!gm) return null;
  const open = at.pos + gm[0].length;
  const close = matchingParen(sub, at.pos + gm[0].indexOf('('));
  const gEnd = close < 0 ? sub.length : close;
  const gazette = readValue(clean, start + open, start + gEnd).value;
  at.pos = close < 0 ? sub.length : close + 1;
  return gazette;
}

/** "… sebagaimana telah diubah dengan …": the instruments that amend this one, in order. */
function readAmendments(
  clean: CleanText,
  kind: InstrumentKind,
  end: number,
  limit: number,
  depth: number,
): FoundInstrument[] {
  const amendedBy: FoundInstrument[] = [];
  let fullEnd = end;
  for (let guard = 0; guard < 10; guard++) {
    const rest = clean.text.slice(fullEnd, Math.min(limit, fullEnd + 300));
    const m = AMENDED.exec(rest) ?? (amendedBy.length > 0 ? NEXT_AMENDMENT.exec(rest) : null);
    if (!m) break;
    const next = parseInstrument(clean, fullEnd + m[0].length, limit, depth + 1);
    // An instrument is amended by one of its own kind (a law by a law, or by a Perppu).
    // "PP … tentang Pelaksanaan UU … sebagaimana telah diubah dengan UU …" amends the law
    // in the title, not the PP.
    if (!next || !canAmend(kind, next.instrument)) break;
    amendedBy.push(next);
    fullEnd = next.end;
  }
  return amendedBy;
}

function canAmend(kind: InstrumentKind, next: Instrument): boolean {
  if (next.kind === kind) return true;
  const perppu = /^Peraturan\s+Pemerintah\s+Pengganti/i;
  return kind === 'UNDANG_UNDANG' && next.kind === 'PERATURAN_PEMERINTAH' && perppu.test(next.text);
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function build(
  clean: CleanText,
  kind: InstrumentKind,
  issuer: string | null,
  number: string | null,
  year: number | null,
  date: string | null,
  title: string | null,
  gazette: string | null,
  start: number,
  end: number,
): Instrument {
  const mention = readValue(clean, start, end);
  return {
    kind,
    issuer,
    number,
    year,
    date,
    title,
    gazette,
    key: instrumentKey({ kind, issuer, number, year, title }),
    text: mention.value,
    span: mention.span,
  };
}
