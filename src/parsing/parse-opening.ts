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
}

const OPENING = /\bPada\s+hari\s+ini\b/i;
const DAY = /^\s*,?\s*(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b/i;

export function findOpening(clean: CleanText, from: number, to: number): Opening | null {
  const text = clean.text;
  const region = text.slice(from, to);
  const om = OPENING.exec(region);
  if (!om) return null;
  const start = from + om.index;
  let pos = start + om[0].length;
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
  const words =
    /^\s*,?\s*tanggal\s+([\p{L}\d\s-]{1,60}?)\s*,?\s*bulan\s+(\p{L}+)\s*,?\s*tahun\s+([\p{L}\s-]{3,80}?)(?=\s*[,(.:]|\s+(?:bertempat|di|yang|kami|bertanda|telah|oleh|kecuali)\b|\s*$)/iu.exec(
      sub(),
    );
  if (words) {
    const d = wordsToNumber(words[1]!);
    const mo = monthNumber(words[2]!);
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
  const bawah = /di\s*bawah\s+ini\s*:?/i.exec(tail);
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
  if (next) {
    const ps = pos + next[0].length - next[1]!.length;
    place = readValue(clean, ps, ps + next[1]!.length);
  } else if (pm) {
    const ps = start + pm.index + pm[0].length - pm[1]!.length;
    place = readValue(clean, ps, ps + pm[1]!.length);
  }
  return { start, end, day, wordsDate, numericDate, place };
}
