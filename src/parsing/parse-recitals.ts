import type { AgreementKind, ImplementedAgreement, Instrument, LegalBasis } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { kindOf } from './parse-heading.js';
import type { FoundInstrument } from './parse-instrument.js';
import { parseInstrument } from './parse-instrument.js';
import type { ReadValue } from './read-value.js';
import { endsWithAbbreviation, readValue } from './read-value.js';
import type { ListNotes } from './split-list.js';
import { splitParagraphs } from './split-list.js';

const FOLLOW_UP =
  /tindak\s+lanjut\s+(?:dari\s+|atas\s+)?(Nota\s+Kesepahaman(?:\s+Bersama)?|Memorandum\s+of\s+Understanding|Memorandum\s+Saling\s+Pengertian|Nota\s+Saling\s+Pengertian|Kesepakatan\s+Bersama|Piagam\s+Kerja\s*Sama|Perjanjian\s+Kerja\s*Sama|MoU)\b/i;

/**
 * The agreement an addendum amends, as its recital names it: "telah menandatangani Perjanjian
 * Kerja Sama Nomor … dan Nomor … tanggal … tentang …", "Adendum atas Perjanjian Kerja Sama Nomor …".
 */
const AMENDED_AGREEMENT =
  /(?:telah\s+(?:menandatangani|membuat|menyepakati|mengadakan)|(?:Adendum|Addendum|perubahan)\s+(?:atas|terhadap))\s+(Perjanjian\s+Kerja\s*Sama|Kontrak(?:\s+Kerja\s*Sama)?|Nota\s+Kesepahaman(?:\s+Bersama)?|Memorandum\s+of\s+Understanding|Memorandum\s+Saling\s+Pengertian|Nota\s+Saling\s+Pengertian|Kesepakatan\s+Bersama)(?=\s+(?:Nomor|No\.))/i;

/**
 * The agreement this one follows up: for an agreement, the MoU it implements ("tindak lanjut
 * dari Nota Kesepahaman … Nomor … dan Nomor … tentang …"); for an addendum (`amends`), the
 * agreement it amends, which is what the addendum carries out.
 */
export function parseImplements(
  clean: CleanText,
  from: number,
  to: number,
  amends = false,
): ImplementedAgreement | null {
  const text = clean.text;
  const region = text.slice(from, to);
  const m = FOLLOW_UP.exec(region) ?? (amends ? AMENDED_AGREEMENT.exec(region) : null);
  if (!m) return null;
  const start = from + m.index;
  const kindText = m[1]!;
  const kind: AgreementKind = /^MoU$/i.test(kindText) ? 'MOU' : kindOf(kindText.toUpperCase());
  const after = start + m[0].length;
  const tail = text.slice(after, Math.min(to, after + 1200));
  // The mention ends at the end of its recital: ";" or a sentence end.
  const endRel = tail.search(/;|\.(?:\s|$)|\n\s*(?:[a-z]|\d{1,2})[.)]\s/);
  const mentionEnd = after + (endRel < 0 ? tail.length : endRel);
  const body = text.slice(after, mentionEnd);
  const tentang = /\s(?:tentang|mengenai)\s+/i.exec(body);
  const numbersPart = tentang ? body.slice(0, tentang.index) : body;
  const numbers: string[] = [];
  const re = /(?:Nomor|No\.)\s*:?\s*(\S+(?:\s+(?:Tahun|TAHUN)\s+\d{4})?)/g;
  for (let n = re.exec(numbersPart); n; n = re.exec(numbersPart)) {
    const vs = after + n.index + n[0].length - n[1]!.length;
    const v = readValue(clean, vs, vs + n[1]!.length);
    if (v.value) numbers.push(v.value);
  }
  const title = tentang
    ? readValue(clean, after + tentang.index + tentang[0].length, mentionEnd).value
    : null;
  const span = readValue(clean, start, mentionEnd).span;
  return { kind, numbers, title: title || null, span };
}

/** The intro of the list; it may wrap ("… sebagai\nberikut:"), but not past a sentence end. */
const BASES_START =
  /(?:Dengan\s+)?(?:memperhatikan|Mengingat|Memperhatikan|Dasar\s+hukum)\b[^:;.]{0,100}:|(?:^|\n)[ ]*(?:Berdasarkan|BERDASARKAN)[ ]*:|(?:^|\n)[ ]*(?:DASAR\s+(?:HUKUM|KERJA\s*SAMA)|Dasar\s+(?:Hukum|Kerja\s*[Ss]ama))[ ]*:?[ ]*(?=\n)/i;
const BASES_END =
  /(?:Berdasarkan\s+(?:hal-hal|hal|pertimbangan)|Sehubungan\s+(?:dengan\s+)?hal|Atas\s+dasar|PARA\s+PIHAK\s+(?:setuju|sepakat|bersepakat)|Dengan\s+demikian)/;

export interface FoundLegalBases {
  readonly bases: LegalBasis[];
  readonly start: number;
  readonly end: number;
  /** Items that could not be read as an instrument. */
  readonly unread: ReadValue[];
}

/** The list of laws and regulations in the considerations ("Dengan memperhatikan …:" / "Mengingat:"). */
export function parseLegalBases(clean: CleanText, from: number, to: number): FoundLegalBases | null {
  const text = clean.text;
  const region = text.slice(from, to);
  const sm = BASES_START.exec(region);
  if (!sm) return null;
  const start = from + sm.index + sm[0].length;
  const em = BASES_END.exec(text.slice(start, to));
  const end = em ? start + em.index : to;
  const notes: ListNotes = { skips: [], unlabeled: 0 };
  const items = splitParagraphs(text, start, end, notes).flatMap((p) => p.items);
  const bases: LegalBasis[] = [];
  const unread: ReadValue[] = [];
  for (const item of items) {
    const [is, ie] = itemRange(text, item.bodyStart, item.end);
    const found = parseInstrument(clean, is, ie);
    const whole = readValue(clean, is, ie);
    if (!found) {
      unread.push(whole);
      continue;
    }
    const i = found.instrument;
    // Spelled out instead of spreading the instrument (V8 copies a spread key by key), in its
    // key order, so the JSON is what the spread gave.
    bases.push({
      kind: i.kind,
      issuer: i.issuer,
      number: i.number,
      year: i.year,
      date: i.date,
      title: i.title,
      gazette: i.gazette,
      key: i.key,
      text: whole.value,
      span: whole.span,
      amendedBy: found.amendedBy.map(flatten),
      amends: found.amends.map(flatten),
    });
  }
  return { bases, start: from + sm.index, end, unread };
}

function flatten(f: FoundInstrument): Instrument {
  return f.instrument;
}

/** Whether text[from, to) holds a ";" or ",". */
function holdsSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 44) return true;
  }
  return false;
}

/** Item range without the trailing separator "; dan", ";dan", "; atau", "." */
export function itemRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
  for (;;) {
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
    // "; dan" needs a ";" or "," in the last 12 characters: most items end without one.
    const tailStart = Math.max(s, e - 12);
    const conj = holdsSeparator(text, tailStart, e)
      ? /[;,]\s*(?:dan\/atau|dan|atau|serta)$/.exec(text.slice(tailStart, e))
      : null;
    if (conj) {
      e -= conj[0].length;
      continue;
    }
    if (e > s && (text[e - 1] === ';' || text[e - 1] === ',' || text[e - 1] === ':')) {
      e--;
      continue;
    }
    if (e > s && text[e - 1] === '.' && !endsWithAbbreviation(text, s, e)) {
      e--;
      continue;
    }
    break;
  }
  return [s, e];
}
