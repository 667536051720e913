import type { CleanText } from './clean-text.js';
import type { FoundInstrument } from './parse-instrument.js';
import { parseInstrument } from './parse-instrument.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';

/** One party paragraph, as ranges and values read from the cleaned text. */
export interface FoundParty {
  readonly ordinal: number;
  readonly label: ReadValue;
  /** The printed name, ranks and degrees included. */
  readonly name: ReadValue | null;
  readonly position: ReadValue | null;
  readonly institution: ReadValue | null;
  /** True when the institution was read from the position ("bertindak dalam jabatannya"). */
  readonly institutionFromPosition: boolean;
  readonly address: ReadValue | null;
  readonly appointment: FoundInstrument | null;
  readonly actingInOffice: boolean;
  readonly start: number;
  readonly end: number;
}

const ORDINALS: Readonly<Record<string, number>> = {
  KESATU: 1,
  PERTAMA: 1,
  SATU: 1,
  I: 1,
  '1': 1,
  KEDUA: 2,
  DUA: 2,
  II: 2,
  '2': 2,
  KETIGA: 3,
  TIGA: 3,
  III: 3,
  '3': 3,
  KEEMPAT: 4,
  IV: 4,
  '4': 4,
  KELIMA: 5,
  V: 5,
  '5': 5,
};

/** "PIHAK KESATU", "PIHAK PERTAMA", "PIHAK I" -> 1. Null for anything else. */
export function labelOrdinal(label: string): number | null {
  const m = /PIHAK\s+(\S+)/i.exec(label.replace(/["“”'‘’*]/g, ''));
  return m ? (ORDINALS[m[1]!.toUpperCase()] ?? null) : null;
}

/** A party label anywhere in a text: "PIHAK KESATU", "PIHAK II". */
export const PARTY_LABEL = /\bPIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|V|IV|I{1,3})\b/g;

const CALLED =
  /(?:(?:yang|untuk)\s+)?selanjutnya\s+(?:dalam\s+[\p{L} ]{0,40}?\s+ini\s+)?disebut(?:\s+sebagai)?\s*["“”'‘’]?\s*(PIHAK\s+(?:KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|IV|V|I{1,3}|[1-5]))\b\s*["“”'‘’]?/giu;

const POSITION_WORDS =
  /\s(?=(?:Sekretaris|Kepala|Deputi|Direktur|Menteri|Gubernur|Bupati|Wali\s?[Kk]ota|Walikota|Ketua|Rektor|Inspektur|Asisten|Pelaksana|Plt\.?|Plh\.?|Wakil|Dekan|Komisaris|Jaksa|Panglima|Duta|Pejabat|Camat|Lurah|Kapolri|Presiden)\b)/;
const POSITION_END =
  /,?\s*(?:yang\s+)?(?:diangkat\s+)?berdasarkan\b|,?\s*(?:yang\s+)?diangkat\b|,?\s*(?:dalam\s+hal\s+ini\s+)?bertindak\b|,?\s*dalam\s+hal\s+ini\b|,?\s*(?:yang\s+)?berkedudukan\b|,?\s*(?:yang\s+)?beralamat\b|,?\s*(?:yang\s+|untuk\s+)?selanjutnya\b/i;
/**
 * A comma ends the body's name unless the name goes on after it: "Dinas Komunikasi,
 * Informatika dan Statistik …", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan …".
 */
const INSTITUTION_COMMA = /,(?!\s*(?:dan\s+|serta\s+)?(?!(?:Jalan|Jln?|Gedung|Kompleks|Komplek)\b)\p{Lu})/u;
const INSTITUTION_END =
  /\s+(?:yang\s+)?(?:berkedudukan|beralamat|diangkat|berdasarkan)\b|\s+(?:untuk\s+|yang\s+)?selanjutnya\b|\s+dalam\s+hal\s+ini\b/i;
const ADDRESS_END =
  /,?\s+dalam\s+hal\s+ini\b|,?\s*(?:yang\s+|untuk\s+)?selanjutnya\b|,\s*(?:dan\s+)?bertindak\b|,?\s+yang\s+diangkat\b|,\s*diangkat\b|,\s*berdasarkan\b/i;
/**
 * Words that open the name of a body inside a position ("Kepala Balai …", "Kepala Divisi …
 * Kepolisian …"). Without one, a party that names no body it acts for ended up with an empty
 * institution, which every such party of every agreement then shared.
 */
const BODY_IN_POSITION =
  /\b(?:Balai|Badan|Kementerian|Dinas|Sekretariat|Direktorat|Pusat|Biro|Pemerintah|Lembaga|Kantor|Komisi|Universitas|Inspektorat|Rumah\s+Sakit|Divisi|Kedeputian|Kepolisian|Kejaksaan|Mahkamah|Perpustakaan|Arsip|Ombudsman)\b/;

/**
 * Finds the parties between the opening and the first article: each paragraph ends with
 * "selanjutnya disebut PIHAK …", and names the signatory, position, appointing decree,
 * the body acted for and its address.
 */
export function parseParties(clean: CleanText, from: number, to: number): FoundParty[] {
  const text = clean.text;
  const region = text.slice(from, to);
  const out: FoundParty[] = [];
  let blockStart = from;
  CALLED.lastIndex = 0;
  for (let m = CALLED.exec(region); m; m = CALLED.exec(region)) {
    const labelStart = from + m.index + m[0].indexOf(m[1]!);
    const label = readValue(clean, labelStart, labelStart + m[1]!.length);
    const calledAt = from + m.index;
    // A party paragraph is not longer than this; older text is recitals or a title block.
    const start = Math.max(blockStart, calledAt - 2500);
    const ordinal = labelOrdinal(label.value) ?? out.length + 1;
    out.push(
      readParty(clean, start, calledAt, { ...label, value: label.value.replace(/\s+/g, ' ') }, ordinal),
    );
    blockStart = from + m.index + m[0].length;
  }
  return out;
}

function readParty(
  clean: CleanText,
  start: number,
  end: number,
  label: ReadValue,
  ordinal: number,
): FoundParty {
  const text = clean.text;
  let s = start;
  const lead = /^[\s.;,:]*(?:(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s+)?/.exec(text.slice(s, end));
  if (lead) s += lead[0].length;
  const block = text.slice(s, end);

  // Name and position: "NAME : position", "NAME\nposition", or "NAME position".
  let nameEnd = -1;
  let restStart = -1;
  const firstKeyword = block.search(/\b(?:berdasarkan|bertindak|Nomor|berkedudukan|selaku)\b/i);
  const colon = block.indexOf(':');
  if (colon > 0 && colon < 250 && (firstKeyword < 0 || colon < firstKeyword)) {
    nameEnd = colon;
    restStart = colon + 1;
  } else {
    const nl = block.indexOf('\n');
    if (nl > 0 && nl < 150 && !/\p{Ll}{3,}/u.test(block.slice(0, nl).replace(/\b(?:dan|bin|binti)\b/g, ''))) {
      nameEnd = nl;
      restStart = nl + 1;
    } else {
      const pw = POSITION_WORDS.exec(block.slice(0, 200));
      if (pw && pw.index > 0) {
        nameEnd = pw.index;
        restStart = pw.index + 1;
      } else {
        const comma = block.indexOf(',');
        nameEnd = comma > 0 && comma < 150 ? comma : -1;
        restStart = nameEnd + 1;
      }
    }
  }
  const name = nameEnd > 0 ? readValue(clean, s, s + nameEnd, false) : null;
  let rest = restStart >= 0 ? s + restStart : s;
  const selaku = /^\s*(?:selaku|sebagai)\s+/i.exec(text.slice(rest, end));
  if (selaku) rest += selaku[0].length;

  const restText = text.slice(rest, end);
  const pe = POSITION_END.exec(restText);
  const position = readValue(clean, rest, rest + (pe ? pe.index : restText.length));

  const actingInOffice = /bertindak\s+dalam\s+jabatannya/i.test(block);
  let appointment: FoundInstrument | null = null;
  const basedOn = /berdasarkan\s+/gi;
  for (let m = basedOn.exec(block); m; m = basedOn.exec(block)) {
    appointment = parseInstrument(clean, s + m.index + m[0].length, end);
    if (appointment) break;
  }

  let institution: ReadValue | null = null;
  let institutionFromPosition = false;
  const an = /atas\s+nama\s+/i.exec(block);
  if (an) {
    const is = s + an.index + an[0].length;
    const after = text.slice(is, end);
    const stop = Math.min(
      INSTITUTION_END.exec(after)?.index ?? after.length,
      INSTITUTION_COMMA.exec(after)?.index ?? after.length,
    );
    institution = readValue(clean, is, is + stop);
  } else if (position.value) {
    const body = BODY_IN_POSITION.exec(text.slice(position.start, position.end));
    if (body) {
      institution = readValue(clean, position.start + body.index, position.end);
      institutionFromPosition = true;
    }
  }

  let address: ReadValue | null = null;
  const at = /(?:berkedudukan|beralamat)(?:\s+dan\s+(?:beralamat|berkedudukan))?(?:\s+di)+\s+/i.exec(block);
  if (at) {
    const as = s + at.index + at[0].length;
    const after = text.slice(as, end);
    const stop = ADDRESS_END.exec(after);
    address = readValue(clean, as, as + (stop ? stop.index : after.length));
  }
  return {
    ordinal,
    label,
    name,
    position: position.value ? position : null,
    institution: institution?.value ? institution : null,
    institutionFromPosition,
    address: address?.value ? address : null,
    appointment,
    actingInOffice,
    start: s,
    end: label.end,
  };
}
