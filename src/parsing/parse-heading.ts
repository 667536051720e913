import type { AgreementKind } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';

/** The title block and document numbers at the top of an agreement. */
export interface Heading {
  readonly kind: AgreementKind | null;
  readonly kindValue: ReadValue | null;
  /** The kind as printed ("NOTA KESEPAHAMAN", "Adendum"): the kind phrase without its qualifiers. */
  readonly kindName: ReadValue | null;
  /** A "Draft" / "Konsep" line above the title. */
  readonly draft: ReadValue | null;
  /** "Nomor :" lines that hold a placeholder or nothing readable ("……", "(mohon dilengkapi)"). */
  readonly placeholderNumbers: readonly ReadValue[];
  readonly title: ReadValue | null;
  /** The bodies named in the title block, in order ("ANTARA x DENGAN y"). */
  readonly titleParties: readonly ReadValue[];
  readonly numbers: readonly ReadValue[];
}

const KIND_PHRASE =
  /(?:^|\n)[ ]*(?:SURAT\s+)?((?:(?:ADENDUM|ADDENDUM|AMANDEMEN|AMENDEMEN|PERUBAHAN)\b[^\n]{0,60}?\b(?:ATAS\s+)?)?(?:NASKAH\s+PERJANJIAN\s+HIBAH(?:\s+DAERAH)?|PERJANJIAN\s+HIBAH\s+DAERAH|PERJANJIAN\s+KERJA\s*SAMA(?:\s+OPERASIONAL)?|PERJANJIAN|KONTRAK(?:\s+KERJA\s*SAMA)?|NOTA\s+KESEPAHAMAN(?:\s+BERSAMA)?|NOTA\s+KESEPAKATAN(?:\s+BERSAMA)?|MEMORANDUM\s+OF\s+UNDERSTANDING|M[EO]M[OE]RANDUM\s+(?:SALING\s+PENGERTIAN|KESEPAHAMAN)|NOTA\s+SALING\s+PENGERTIAN|KESEPAKATAN\s+BERSAMA|PIAGAM\s+KERJA\s*SAMA|ADENDUM|ADDENDUM|AMANDEMEN))\b/i;

/** The words that name the kind inside a kind phrase ("ADENDUM" of "ADENDUM PERJANJIAN KERJA SAMA"). */
const KIND_NAME =
  /^(?:ADENDUM|ADDENDUM|AMANDEMEN|AMENDEMEN)\b|^PERUBAHAN\b|NASKAH\s+PERJANJIAN\s+HIBAH(?:\s+DAERAH)?|PERJANJIAN\s+HIBAH\s+DAERAH|PERJANJIAN\s+KERJA\s*SAMA(?:\s+OPERASIONAL)?|KONTRAK(?:\s+KERJA\s*SAMA)?|NOTA\s+KESEPAHAMAN(?:\s+BERSAMA)?|NOTA\s+KESEPAKATAN(?:\s+BERSAMA)?|MEMORANDUM\s+OF\s+UNDERSTANDING|M[EO]M[OE]RANDUM\s+(?:SALING\s+PENGERTIAN|KESEPAHAMAN)|NOTA\s+SALING\s+PENGERTIAN|KESEPAKATAN\s+BERSAMA|PIAGAM\s+KERJA\s*SAMA|PERJANJIAN/i;

/** A draft marker on its own line above the title. */
const DRAFT_LINE = /(?:^|\n)[ ]*(DRAFT|Draft|KONSEP|Konsep|RANCANGAN|Rancangan)[ ]*(?:\d{1,2}[ ]*)?(?=\n|$)/;

/** The agreement kind a phrase names. */
export function kindOf(phrase: string): AgreementKind {
  const p = phrase.toUpperCase().replace(/\s+/g, ' ');
  if (/^(?:ADENDUM|ADDENDUM|AMANDEMEN|AMENDEMEN|PERUBAHAN)\b/.test(p)) return 'ADDENDUM';
  if (/HIBAH/.test(p)) return 'NPHD';
  if (/NOTA KESEPAHAMAN|NOTA KESEPAKATAN|M[EO]M[OE]RANDUM|NOTA SALING|KESEPAKATAN BERSAMA|PIAGAM/.test(p))
    return 'MOU';
  if (/PERJANJIAN KERJA ?SAMA|KONTRAK KERJA ?SAMA/.test(p)) return 'PKS';
  return 'OTHER';
}

/**
 * Reads the title block in [0, end): the kind phrase, the parties after ANTARA, the subject
 * after TENTANG/MENGENAI, and the "Nomor" lines. Separator words count on their own line;
 * in reflowed text a "DAN" counts only where a body's name follows it.
 */
export function parseHeading(clean: CleanText, end: number): Heading {
  const text = clean.text;
  const region = text.slice(0, end);
  const read = readNumbers(clean, 0, end);
  const numbers = read.numbers;
  const placeholderNumbers = read.placeholders;
  const km = KIND_PHRASE.exec(region);
  const empty: Heading = {
    kind: null,
    kindValue: null,
    kindName: null,
    draft: null,
    title: null,
    titleParties: [],
    numbers,
    placeholderNumbers,
  };
  if (!km || km.index > 1500) return empty;
  const kindStart = km.index + km[0].indexOf(km[1]!);
  const kindValue = readValue(clean, kindStart, kindStart + km[1]!.length);
  const kn = KIND_NAME.exec(km[1]!);
  const kindName = kn ? readValue(clean, kindStart + kn.index, kindStart + kn.index + kn[0].length) : null;
  const dm = DRAFT_LINE.exec(region.slice(0, km.index));
  const draft = dm
    ? readValue(clean, dm.index + dm[0].indexOf(dm[1]!), dm.index + dm[0].indexOf(dm[1]!) + dm[1]!.length)
    : null;
  let pos = kindStart + km[1]!.length;
  const firstNumber = numbers[0]?.start ?? end;
  const nomor = /(?:^|\n| )(?:Nomor|NOMOR|No\.)\s*:/.exec(region.slice(pos));
  const blockEnd = Math.min(nomor ? pos + nomor.index : end, firstNumber < pos ? end : firstNumber);

  const titleParties: ReadValue[] = [];
  const antara = /\s(?:ANTARA|ANTAR|ANT ARA|Antara|antara)\s/.exec(text.slice(pos - 1, blockEnd));
  let subjectFrom = -1;
  const tentang = /(?:^|\s)(TENTANG|MENGENAI|Tentang|Mengenai)\s/.exec(text.slice(pos, blockEnd));
  if (tentang) subjectFrom = pos + tentang.index + tentang[0].length;
  if (antara) {
    const partiesStart = pos - 1 + antara.index + antara[0].length;
    const partiesEnd = tentang ? pos + tentang.index : blockEnd;
    const split = splitParties(text, partiesStart, partiesEnd);
    for (const [s, e] of split) titleParties.push(readValue(clean, s, e));
    pos = partiesEnd;
  }
  const title =
    subjectFrom >= 0 ? readValue(clean, subjectFrom, titleEnd(text, subjectFrom, blockEnd)) : null;
  return {
    kind: kindOf(km[1]!),
    kindValue,
    kindName,
    draft,
    title: title && title.value.length > 0 ? title : null,
    titleParties,
    numbers,
    placeholderNumbers,
  };
}

const SEPARATOR_LINE = /\n[ ]*(DENGAN|DAN|Dengan|Dan)[ ]*\n/g;
const BODY_START =
  /^(?:SEKRETARIAT|BADAN|KEMENTERIAN|PEMERINTAH|DINAS|BALAI|DIREKTORAT|DEPUTI|PUSAT|BIRO|LEMBAGA|KOMISI|UNIVERSITAS|KEPOLISIAN|KEJAKSAAN|INSPEKTORAT|KANTOR|PT|PERUSAHAAN|BANK|ARSIP|PERPUSTAKAAN|RUMAH)\b/i;

function splitParties(text: string, s: number, e: number): Array<[number, number]> {
  const region = text.slice(s, e);
  const cuts: Array<[number, number]> = [];
  SEPARATOR_LINE.lastIndex = 0;
  for (let m = SEPARATOR_LINE.exec(region); m; m = SEPARATOR_LINE.exec(region)) {
    cuts.push([m.index, m.index + m[0].length]);
    SEPARATOR_LINE.lastIndex = m.index + m[0].length - 1;
  }
  if (cuts.length === 0) {
    const re = /\s(DENGAN|DAN)\s/g;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const after = region.slice(m.index + m[0].length);
      if (m[1] === 'DENGAN' || BODY_START.test(after)) cuts.push([m.index, m.index + m[0].length]);
    }
    const dengan = cuts.filter((c) => region.slice(c[0], c[1]).includes('DENGAN'));
    if (dengan.length > 0) cuts.splice(0, cuts.length, ...dengan);
  }
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const [a, b] of cuts) {
    out.push([s + from, s + a]);
    from = b;
  }
  out.push([s + from, s + region.length]);
  return out.filter(([a, b]) => b > a);
}

/**
 * A number that is not there: dotted or dashed runs, "(mohon dilengkapi)", "(No. dari RS)", a
 * redaction ("XXXX/XX/2017"). A skeleton ("445 / / Umum / III / 2014") is a number: it keeps
 * the issuer's code and year, and users search by it.
 */
export function isPlaceholderNumber(v: string): boolean {
  const t = v.trim();
  if (/^\(.*\)$/.test(t)) return true;
  if (/^[.…_\-–—\s]*$/.test(t)) return true;
  if (/[.…_]{3,}|…/.test(t)) return true;
  if (/mohon|dilengkapi|diisi/i.test(t)) return true;
  if (/X{3,}|x{3,}/.test(t) && !/[A-WYZa-wyz]{2,}/.test(t.replace(/[Xx]+/g, ''))) return true;
  return false;
}

/**
 * Several numbers on one "Nomor" line, one per party: "119/202/KS/2015 ; 68/651/RSU/2015",
 * "… dan …", or only spaces between numbers that each hold two slashes. A skeleton
 * ("445 / / Umum / III / 2014") or a number with a space inside ("441.91/ 022/PKS/2016")
 * stays whole.
 */
function splitNumbers(clean: CleanText, v: ReadValue): ReadValue[] {
  const raw = clean.text.slice(v.start, v.end);
  const cuts: Array<[number, number]> = [];
  const sep = /\s*;\s*|\s+dan\s+/g;
  for (let m = sep.exec(raw); m; m = sep.exec(raw)) cuts.push([m.index, m.index + m[0].length]);
  if (cuts.length === 0) {
    const tokens = [...raw.matchAll(/\S+/g)];
    const numberLike = (t: string) =>
      /\d/.test(t) && (t.match(/\//g) ?? []).length >= 2 && !/\/$/.test(t) && !/^\//.test(t);
    if (tokens.length >= 2 && tokens.every((t) => numberLike(t[0])))
      for (let i = 1; i < tokens.length; i++) {
        const prev = tokens[i - 1]!;
        cuts.push([prev.index! + prev[0].length, tokens[i]!.index!]);
      }
  }
  if (cuts.length === 0) return [v];
  const out: ReadValue[] = [];
  let from = 0;
  for (const [a, b] of [...cuts, [raw.length, raw.length] as [number, number]]) {
    const part = readValue(clean, v.start + from, v.start + a);
    if (part.value) out.push(part);
    from = b;
  }
  return out;
}

/**
 * The subject of a title in capitals ends where the first line in mixed case begins: a
 * memorandum without numbers or an opening runs straight into its preamble ("Pemerintah
 * Republik Indonesia dan …"), and a hosting site's banner may follow.
 */
function titleEnd(text: string, from: number, end: number): number {
  const first = text.indexOf('\n', from);
  const firstLine = text.slice(from, first < 0 || first > end ? end : first);
  if (/\p{Ll}/u.test(firstLine)) return end;
  for (let nl = first; nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    const next = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, next < 0 || next > end ? end : next);
    if (/\p{Ll}{2,}/u.test(line)) return nl;
  }
  return end;
}

/** Each "Nomor : …" in the heading, exactly as printed; placeholders apart. */
function readNumbers(
  clean: CleanText,
  start: number,
  end: number,
): { numbers: ReadValue[]; placeholders: ReadValue[] } {
  const text = clean.text;
  const region = text.slice(start, end);
  const out: ReadValue[] = [];
  const placeholders: ReadValue[] = [];
  // The value stays on the label's line: an empty "NOMOR :" must not take the next line.
  const re = /(?:^|\n|\s)(?:Nomor|NOMOR|No\.|NO(?=[ ]+[\dA-Z][\w.-]*\/))(?:\s*:)?[ ]*/g;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    if (!/:/.test(m[0]) && !/^\s*NO\s/.test(m[0])) continue;
    let vs = m.index + m[0].length;
    let lineEnd = region.indexOf('\n', vs);
    let line = region.slice(vs, lineEnd < 0 ? region.length : lineEnd);
    if (line.trim() === '' && lineEnd >= 0) {
      // "Nomor :" with the number on the next line, as one token ("PERJ.26/BSSN/2025"); an
      // empty label followed by anything else is an empty number.
      const nextEnd = region.indexOf('\n', lineEnd + 1);
      const next = region.slice(lineEnd + 1, nextEnd < 0 ? region.length : nextEnd);
      if (!/^[ ]*[A-Z0-9][\w.-]*\/[\w./-]*[ ]*$/.test(next)) continue;
      vs = lineEnd + 1;
      lineEnd = nextEnd;
      line = next;
    }
    let len: number;
    if (!/\s(?:Nomor|NOMOR|No\.)\s*:|\bPada\s+hari\b/i.test(line)) {
      len = line.length;
    } else {
      const tok = /^\S+(?:\s+(?:Tahun|TAHUN)\s+\d{4})?/.exec(line);
      len = tok ? tok[0].length : 0;
    }
    if (len === 0) continue;
    const v = readValue(clean, start + vs, start + vs + len);
    if (v.value.length === 0) continue;
    for (const part of splitNumbers(clean, v)) {
      if (isPlaceholderNumber(part.value)) placeholders.push(part);
      else out.push(part);
    }
  }
  return { numbers: out, placeholders };
}
