import type { CleanText } from './clean-text.js';
import {
  MONTH_PATTERN,
  capitalise,
  isoDate,
  monthNumber,
  parseDateText,
  wordsToNumber,
} from './parse-date.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';

/** "Pada hari ini Senin tanggal … (15-05-2023) bertempat di Jakarta, yang bertanda tangan di bawah ini:" */
export interface Opening {
  readonly start: number;
  /** Where the parties begin (after "di bawah ini:"). */
  readonly end: number;
  readonly day: ReadValue | null;
  /** The date in words, as ISO, and the range it was read from. */
  readonly wordsDate: { iso: string | null; value: ReadValue } | null;
  /** The numeric copy "(15-05-2023)". */
  readonly numericDate: { iso: string | null; value: ReadValue } | null;
  readonly place: ReadValue | null;
  /** The venue the place was read from ("Kantor Dinas … Kabupaten Sukamaju"), when it was one. */
  readonly venue: ReadValue | null;
}

const OPENING = /\bPada\s+hari\s+ini\b/i;
/**
 * The signing statement that names the place first: "… dibuat dan ditandatangani di Kabupaten
 * Sukamaju, pada hari Rabu, tanggal …". Only with "pada hari": a cited instrument "yang
 * ditandatangani di Jakarta pada tanggal …" is another agreement's signing.
 */
const SIGNED_OPENING =
  /(?<!yang\s(?:telah\s)?)\b(?:dibuat\s+dan\s+)?ditandatangani\s+di\s+([A-Z][^,\n(;:]{1,60}?)\s*,?\s*pada\s+hari\b/;
/** Words that open a venue rather than a place: the place is the region the venue names. */
const VENUE =
  /^(?:Kantor|Gedung|Aula|Ruang|Ruangan|Hotel|Balai|Pendopo|Pendapa|Kampus|Rumah\s+Dinas|Wisma|Graha|Auditorium|Komplek|Kompleks)\b/i;
const REGION_IN_VENUE = /\b(?:Kabupaten|Kota|Provinsi|Kab\.)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u;
const DAY = /^\s*,?\s*(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b/i;

/** Where the reading of the opening is, and the end of the text it may read to. */
interface OpeningCursor {
  readonly clean: CleanText;
  readonly to: number;
  pos: number;
}

export function findOpening(clean: CleanText, from: number, to: number): Opening | null {
  const text = clean.text;
  const region = text.slice(from, to);
  const om = OPENING.exec(region);
  const so = SIGNED_OPENING.exec(region);
  const signedFirst = so !== null && (om === null || so.index < om.index);
  if (!om && !so) return null;
  const start = from + (signedFirst ? so!.index : om!.index);
  const at: OpeningCursor = { clean, to, pos: start + (signedFirst ? so![0].length : om![0].length) };
  let signedPlace: ReadValue | null = null;
  if (signedFirst) {
    const ps = start + so![0].indexOf(so![1]!);
    signedPlace = readValue(clean, ps, ps + so![1]!.length);
  }
  const day = readDay(at);
  const wordsDate = readWordsDate(at);
  const numericDate = readNumericDate(at);
  const { pos } = at;

  // The parties start after "(yang bertanda tangan) di bawah ini:".
  const tail = text.slice(pos, Math.min(to, pos + 600));
  const bawah = /di\s*bawah\s+ini\s*:?|\boleh\s+dan\s+antara\s*:?/i.exec(tail);
  const end = bawah ? pos + bawah.index + bawah[0].length : pos;
  const { place, venue } = readPlace(clean, signedPlace, start, pos, end);
  return { start, end, day, wordsDate, numericDate, place, venue };
}

/** The text after the cursor that a part of the opening is looked for in. */
function ahead(at: OpeningCursor): string {
  return at.clean.text.slice(at.pos, Math.min(at.to, at.pos + 400));
}

/** "Pada hari ini Senin": the day, capitalised. */
function readDay(at: OpeningCursor): ReadValue | null {
  const dm = DAY.exec(ahead(at));
  if (!dm) return null;
  const ds = at.pos + dm[0].length - dm[1]!.length;
  const day = readValue(at.clean, ds, ds + dm[1]!.length);
  at.pos += dm[0].length;
  return { ...day, value: capitalise(day.value) };
}

/** ", tanggal 13 Februari 2020": a date in figures and a month name, after the opening. */
const PLAIN_DATE = new RegExp(`^\\s*,?\\s*tanggal\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})`, 'i');

/** "tanggal Tiga Belas bulan Februari tahun Dua Ribu …", or "tanggal 13 Februari 2020". */
function readWordsDate(at: OpeningCursor): Opening['wordsDate'] {
  // Each part may carry its figures in brackets: "Tiga Belas (13) bulan Februari (02) tahun …".
  const words =
    /^\s*,?\s*tanggal\s+([\p{L}\d\s-]{1,60}?)\s*(?:\(\s*[\p{L}\d]{1,12}\s*\)\s*)?,?\s*bulan\s+(\p{L}+|\d{1,2})\s*(?:\(\s*\d{1,2}\s*\)\s*)?,?\s*tahun\s+([\p{L}\d\s-]{3,80}?)(?:\s*\(\s*\d{4}\s*\))?(?=\s*[,(.:]|\s+(?:bertempat|di|yang|kami|bertanda|telah|oleh|kecuali)\b|\s*$)/iu.exec(
      ahead(at),
    );
  if (words) {
    const d = wordsToNumber(words[1]!);
    const mo = /^\d+$/.test(words[2]!) ? Number(words[2]) : monthNumber(words[2]!);
    const y = wordsToNumber(words[3]!);
    const iso = d !== null && mo !== null && y !== null ? isoDate(y, mo, d) : null;
    const ws = at.pos + words[0].search(/tanggal/i);
    const wordsDate = { iso, value: readValue(at.clean, ws, at.pos + words[0].length) };
    at.pos += words[0].length;
    return wordsDate;
  }
  const plain = PLAIN_DATE.exec(ahead(at));
  if (!plain) return null;
  const ps = at.pos + plain[0].length - plain[1]!.length;
  const wordsDate = { iso: parseDateText(plain[1]!), value: readValue(at.clean, ps, ps + plain[1]!.length) };
  at.pos += plain[0].length;
  return wordsDate;
}

/** The numeric copy of the date in brackets: "(13-02-2020)". */
function readNumericDate(at: OpeningCursor): Opening['numericDate'] {
  const num = /^\s*,?\s*\(\s*(\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4})\s*\)/.exec(ahead(at));
  if (!num) return null;
  const ns = at.pos + num[0].indexOf(num[1]!);
  const numericDate = {
    iso: parseDateText(num[1]!.replace(/\s+/g, '')),
    value: readValue(at.clean, ns, ns + num[1]!.length),
  };
  at.pos += num[0].length;
  return numericDate;
}

/**
 * The place: the one a signing statement names first; else right after the date, in words or
 * figures: "… tahun Dua Ribu Dua Puluh, di Tidore Kepulauan, yang …" (the name may wrap); else
 * anywhere in the sentence. A venue ("bertempat di Kantor Dinas Kesehatan Kabupaten Sukamaju")
 * gives the region it names as the place.
 */
function readPlace(
  clean: CleanText,
  signedPlace: ReadValue | null,
  start: number,
  pos: number,
  end: number,
): { place: ReadValue | null; venue: ReadValue | null } {
  const text = clean.text;
  let place: ReadValue | null = null;
  const next =
    /^\s*,?\s*(?:bertempat\s+)?di\s+([A-Z][^,(;:]{1,60}?)(?=\s*,|\s+(?:yang|kami|telah|oleh)\b)/.exec(
      text.slice(pos, end),
    );
  const sentence = text.slice(start, end);
  const pm = next
    ? null
    : /(?:bertempat\s+di|(?:\)|\d{4})\s*,?\s*di)\s+([A-Z][^,\n(]{1,60}?)(?=\s*,|\s+(?:yang|kami|telah|oleh)\b|\s*\n|\s*$)/.exec(
        sentence,
      );
  if (signedPlace) {
    place = signedPlace;
  } else if (next) {
    const ps = pos + next[0].length - next[1]!.length;
    place = readValue(clean, ps, ps + next[1]!.length);
  } else if (pm) {
    const ps = start + pm.index + pm[0].length - pm[1]!.length;
    place = readValue(clean, ps, ps + pm[1]!.length);
  }
  let venue: ReadValue | null = null;
  if (place && VENUE.test(place.value)) {
    // "bertempat di Kantor Dinas Kesehatan Kabupaten Sukamaju": the place is the regency.
    venue = place;
    const raw = text.slice(place.start, place.end);
    const region = REGION_IN_VENUE.exec(raw);
    place = region ? readValue(clean, place.start + region.index, place.end) : null;
  }
  // A region word alone ("Kabupaten", the name on the next line lost) is no place.
  if (place && /^(?:Kabupaten|Kota|Provinsi|Kab\.)$/i.test(place.value)) place = null;
  return { place, venue };
}
