import type { AgreementKind } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';

/** The title block and document numbers at the top of an agreement. */
export interface Heading {
  readonly kind: AgreementKind | null;
  readonly kindValue: ReadValue | null;
  readonly title: ReadValue | null;
  /** The bodies named in the title block, in order ("ANTARA x DENGAN y"). */
  readonly titleParties: readonly ReadValue[];
  readonly numbers: readonly ReadValue[];
}

const KIND_PHRASE =
  /(?:^|\n)[ ]*((?:(?:ADENDUM|ADDENDUM|AMANDEMEN|PERUBAHAN)\b[^\n]{0,60}?\b(?:ATAS\s+)?)?(?:PERJANJIAN\s+KERJA\s*SAMA|PERJANJIAN|KONTRAK(?:\s+KERJA\s*SAMA)?|NOTA\s+KESEPAHAMAN(?:\s+BERSAMA)?|MEMORANDUM\s+OF\s+UNDERSTANDING|MEMORANDUM\s+(?:SALING\s+PENGERTIAN|KESEPAHAMAN)|NOTA\s+SALING\s+PENGERTIAN|KESEPAKATAN\s+BERSAMA|PIAGAM\s+KERJA\s*SAMA|ADENDUM|ADDENDUM))\b/i;

/** The agreement kind a phrase names. */
export function kindOf(phrase: string): AgreementKind {
  const p = phrase.toUpperCase().replace(/\s+/g, ' ');
  if (/^(?:ADENDUM|ADDENDUM|AMANDEMEN|PERUBAHAN)\b/.test(p)) return 'ADDENDUM';
  if (/NOTA KESEPAHAMAN|MEMORANDUM|NOTA SALING|KESEPAKATAN BERSAMA|PIAGAM/.test(p)) return 'MOU';
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
  const empty: Heading = { kind: null, kindValue: null, title: null, titleParties: [], numbers: [] };
  const numbers = readNumbers(clean, 0, end);
  const km = KIND_PHRASE.exec(region);
  if (!km || km.index > 1500) return { ...empty, numbers };
  const kindStart = km.index + km[0].indexOf(km[1]!);
  const kindValue = readValue(clean, kindStart, kindStart + km[1]!.length);
  let pos = kindStart + km[1]!.length;
  const firstNumber = numbers[0]?.start ?? end;
  const nomor = /(?:^|\n| )(?:Nomor|NOMOR|No\.)\s*:/.exec(region.slice(pos));
  const blockEnd = Math.min(nomor ? pos + nomor.index : end, firstNumber < pos ? end : firstNumber);

  const titleParties: ReadValue[] = [];
  const antara = /\s(?:ANTARA|Antara|antara)\s/.exec(text.slice(pos - 1, blockEnd));
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
  const title = subjectFrom >= 0 ? readValue(clean, subjectFrom, blockEnd) : null;
  return {
    kind: kindOf(km[1]!),
    kindValue,
    title: title && title.value.length > 0 ? title : null,
    titleParties,
    numbers,
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

/** Each "Nomor : …" in the heading, exactly as printed. */
function readNumbers(clean: CleanText, start: number, end: number): ReadValue[] {
  const text = clean.text;
  const region = text.slice(start, end);
  const out: ReadValue[] = [];
  const re = /(?:^|\n|\s)(?:Nomor|NOMOR|No\.)\s*:\s*/g;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const vs = m.index + m[0].length;
    const lineEnd = region.indexOf('\n', vs);
    const line = region.slice(vs, lineEnd < 0 ? region.length : lineEnd);
    let len: number;
    if (!/\s(?:Nomor|NOMOR|No\.)\s*:|\bPada\s+hari\b/i.test(line)) {
      len = line.length;
    } else {
      const tok = /^\S+(?:\s+(?:Tahun|TAHUN)\s+\d{4})?/.exec(line);
      len = tok ? tok[0].length : 0;
    }
    if (len === 0) continue;
    const v = readValue(clean, start + vs, start + vs + len);
    if (v.value.length > 0) out.push(v);
  }
  return out;
}
