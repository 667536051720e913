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

export function findOpening(clean: CleanText, from: number, to: number): Opening | null {
  const text = clean.text;
  const region = text.slice(from, to);
  const om = OPENING.exec(region);
  const so = SIGNED_OPENING.exec(region);
  const signedFirst = so !== null && (om === null || so.index < om.index);
  if (!om && !so) return null;
  const start = from + (signedFirst ? so!.index : om!.index);
  let pos = start + (signedFirst ? so![0].length : om![0].length);
  let signedPlace: ReadValue | null = null;
  if (signedFirst) {
    const ps = start + so![0].indexOf(so![1]!);
    signedPlace = readValue(clean, ps, ps + so![1]!.length);
  }
  const sub = (): string => text.slice(pos, Math.min(to, pos + 400));

  let day: ReadValue | null = null;
  const dm = DAY.exec(sub());
  if (dm) {
    const ds = pos + dm[0].length - dm[1]!.length;
    day = readValue(clean, ds, ds + dm[1]!.length);
    day = { ...day, value: capitalise(day.value) };
    pos += dm[0].length;
  }

  let wordsDate: Opening['wordsDate'] = null;
  // Each part may carry its figures in brackets: "Tiga Belas (13) bulan Februari (02) tahun …".
  const words =
    /^\s*,?\s*tanggal\s+([\p{L}\d\s-]{1,60}?)\s*(?:\(\s*[\p{L}\d]{1,12}\s*\)\s*)?,?\s*bulan\s+(\p{L}+|\d{1,2})\s*(?:\(\s*\d{1,2}\s*\)\s*)?,?\s*tahun\s+([\p{L}\d\s-]{3,80}?)(?:\s*\(\s*\d{4}\s*\))?(?=\s*[,(.:]|\s+(?:bertempat|di|yang|kami|bertanda|telah|oleh|kecuali)\b|\s*$)/iu.exec(
      sub(),
    );
  if (words) {
    const d = wordsToNumber(words[1]!);
    const mo = /^\d+$/.test(words[2]!) ? Number(words[2]) : monthNumber(words[2]!);
    const y = wordsToNumber(words[3]!);
    const iso = d !== null && mo !== null && y !== null ? isoDate(y, mo, d) : null;
    const ws = pos + words[0].search(/tanggal/i);
    wordsDate = { iso, value: readValue(clean, ws, pos + words[0].length) };
    pos += words[0].length;
  } else {
    const plain = new RegExp(`^\\s*,?\\s*tanggal\\s+(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})`, 'i').exec(
      sub(),
    );
    if (plain) {
      const ps = pos + plain[0].length - plain[1]!.length;
      wordsDate = { iso: parseDateText(plain[1]!), value: readValue(clean, ps, ps + plain[1]!.length) };
      pos += plain[0].length;
    }
  }

  let numericDate: Opening['numericDate'] = null;
  const num = /^\s*,?\s*\(\s*(\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4})\s*\)/.exec(sub());
  if (num) {
    const ns = pos + num[0].indexOf(num[1]!);
    numericDate = {
      iso: parseDateText(num[1]!.replace(/\s+/g, '')),
      value: readValue(clean, ns, ns + num[1]!.length),
    };
    pos += num[0].length;
  }

  // The parties start after "(yang bertanda tangan) di bawah ini:".
  const tail = text.slice(pos, Math.min(to, pos + 600));
  const bawah = /di\s*bawah\s+ini\s*:?|\boleh\s+dan\s+antara\s*:?/i.exec(tail);
  const end = bawah ? pos + bawah.index + bawah[0].length : pos;

  let place: ReadValue | null = null;
  // Right after the date, in words or figures: "… tahun Dua Ribu Dua Puluh, di Tidore
  // Kepulauan, yang …" (the name may wrap); else anywhere in the sentence.
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
  return { start, end, day, wordsDate, numericDate, place, venue };
}
