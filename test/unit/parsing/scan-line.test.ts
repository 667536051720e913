/**
 * scanLine and furnitureHint replaced three regex scans a line. A line is plain exactly when the
 * plain-line class they replaced (kept here as the specification) finds nothing in it; and the
 * furniture hint says yes to every line that dropFurniture's patterns would drop or edit, since a
 * line it says no to skips them (it may say yes to more: those take the checks and stay as they are).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { generateCorpus } from '../../../src/corpus/generate-corpus.js';
import {
  ESIGN_FOOTER_CONT,
  ESIGN_FOOTER_INLINE,
  ESIGN_FOOTER_START,
  FURNITURE_INLINE,
  FURNITURE_LINE,
  PAGE_NUMBER_INLINE,
} from '../../../src/parsing/clean-text.js';
import { NEEDS_CLEANING, furnitureHint, scanLine } from '../../../src/parsing/scan-line.js';
import { projectRoot } from '../../../src/server/config.js';

/** The plain-line class scanLine replaced: any match between a line's first and last character sent it to cleanLine. */
const PLAIN_BREAKER =
  // eslint-disable-next-line no-control-regex -- control characters are part of the class
  /[\t\v\f\r\u00a0\ufeff\u2000-\u200b\u202f\u3000\ud800-\udfff\\*_[\]<$#|\x00-\x08\x0e-\x1f\ufffd]| {2}/;
/** What dropFurniture drops or edits a line for (the inline ones only when some hint sends the line to removeInline). */
const ACTS_ON = [
  ESIGN_FOOTER_START,
  ESIGN_FOOTER_CONT,
  /^\d{1,4} ?-$/,
  FURNITURE_LINE,
  ESIGN_FOOTER_INLINE,
  PAGE_NUMBER_INLINE,
  FURNITURE_INLINE,
].map((re) => new RegExp(re.source, re.flags.replace('g', '')));
/** The whitespace cleaning folds to one space inside a line and trims from its ends (its isSpace). */
const FOLDED_SPACE = /[ \t\v\f\r\n\u00a0\ufeff\u2000-\u200b\u202f\u3000]+/g;
const EDGE_SPACE =
  /^[ \t\v\f\r\n\u00a0\ufeff\u2000-\u200b\u202f\u3000]+|[ \t\v\f\r\n\u00a0\ufeff\u2000-\u200b\u202f\u3000]+$/g;

function codesOf(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}

function actedOn(line: string): boolean {
  return ACTS_ON.some((re) => re.test(line));
}

function hint(line: string): boolean {
  return furnitureHint(codesOf(line), 0, line.length);
}

/**
 * A line scanLine judges wrongly, or undefined: plain exactly when PLAIN_BREAKER finds nothing,
 * and (when plain) a hint wherever dropFurniture would act.
 */
function misjudged(line: string): { line: string; scan: number } | undefined {
  const scan = scanLine(codesOf(line), 0, line.length);
  const plain = !PLAIN_BREAKER.test(line);
  if (plain !== (scan !== NEEDS_CLEANING)) return { line, scan };
  if (plain && actedOn(line) && scan !== 1) return { line, scan };
  // On the line as cleaning leaves it (whitespace folded to one space), the hint alone.
  const folded = line.replace(FOLDED_SPACE, ' ');
  if (actedOn(folded) && !hint(folded)) return { line: folded, scan };
  // And scanLine's hint on a plain line is furnitureHint's.
  if (plain && (scan === 1) !== hint(line)) return { line, scan };
  return undefined;
}

/** mulberry32, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

describe('scanLine', () => {
  it('judges every line of the seeds, the fixtures and 300 generated agreements (42,000 lines) as the patterns do', () => {
    const texts = [
      ...textsUnder(path.join(projectRoot(), 'seed')),
      ...textsUnder(path.join(projectRoot(), 'test/fixtures')),
      ...generateCorpus({ agreements: 300, seed: 11 }).map((d) => d.text),
    ];
    let lines = 0;
    let acted = 0;
    const wrong: Array<ReturnType<typeof misjudged>> = [];
    for (const text of texts) {
      for (const raw of text.split('\n')) {
        const line = raw.replace(EDGE_SPACE, '');
        if (line === '') continue;
        lines++;
        if (actedOn(line)) acted++;
        const w = misjudged(line);
        if (w) wrong.push(w);
      }
    }
    expect(lines).toBeGreaterThan(40_000);
    expect(acted).toBeGreaterThan(100); // footers and page numbers are there to be found
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('finds each form of furniture in either case, wherever it stands in the line', () => {
    const furniture = [
      'Halaman 2 dari 9',
      'lihat HALAMAN berikut',
      'Scanned by CamScanner',
      'camscanner',
      'PARAF Pihak I Pihak II',
      'paraf',
      'Pihak I Pihak II',
      'PIHAK I',
      'Page 3',
      'page 12 of 30',
      'teks -9- teks',
      'teks - 9 - teks',
      '-9-',
      '12 -',
      '7',
      'jdih.kemenkeu.go.id Halaman 1 dari 3',
      'jdih.kemenkeu.go.id',
      'Dokumen ini telah ditandatangani secara elektronik',
      'DITANDATANGANI SECARA ELEKTRONIK oleh',
      'diterbitkan oleh BSrE',
      'UU ITE No 11 Tahun 2008',
      '"Informasi Elektronik dan/atau Dokumen Elektronik"',
      'informasi elektronik',
      'dalam\u2028teks',
      'untuk\u1680x',
    ];
    for (const line of furniture) {
      expect({ line, scan: scanLine(codesOf(line), 0, line.length) }).toEqual({ line, scan: 1 });
      expect({ line, hint: hint(line) }).toEqual({ line, hint: true });
    }
  });

  it('says no to ordinary lines, to "pihak i" and "-9" inside a sentence, and to letters that only fold to ASCII with the u flag', () => {
    const ordinary = [
      'Pasal 1',
      'PARA PIHAK sepakat untuk melaksanakan kerja sama ini.',
      'Nomor: 12/PKS/2023',
      'surel: humas@kemenkeu.go.id',
      'halam an',
      'PIHAK KESATU dan PIHAK KEDUA',
      // The old hint said yes to these, one line in 25: dropFurniture acts on neither.
      'kedua pihak itu sepakat',
      'para pihak ini',
      'tanggal 23-03-2022',
      'Telp. 021-3456789',
      // U+017F (long s) and U+212A (Kelvin sign) match "s" and "k" only under the u flag.
      'camſcanner',
      'piha\u212a i',
      '12345678',
    ];
    for (const line of ordinary) {
      expect({ line, acted: actedOn(line) }).toEqual({ line, acted: false });
      expect({ line, scan: scanLine(codesOf(line), 0, line.length) }).toEqual({ line, scan: 0 });
    }
  });

  it('sends a line with markup, odd whitespace, a control character or a surrogate to cleanLine', () => {
    for (const line of [
      '**Pasal** 1',
      'a  b',
      'a\tb',
      'a\u00a0b',
      'x\u0001y',
      'a \ud83d\ude00 b',
      '\\*',
      'a|b',
      '$ b',
    ]) {
      expect({ line, scan: scanLine(codesOf(line), 0, line.length) }).toEqual({ line, scan: NEEDS_CLEANING });
    }
  });

  it('judges 20,000 lines built from pieces of furniture, markup and near misses as the patterns do', () => {
    const pieces = [
      'Halaman',
      'halaman',
      'HALAMAN',
      'Halam',
      ' 9 dari 12',
      'Page',
      'Pihak I',
      'pihak i',
      'PIHAK',
      ' I',
      ' II',
      'araf',
      'PARAF ',
      'Paraf',
      'ARA',
      'f',
      '-',
      '- ',
      ' -',
      '9',
      '12',
      ' ',
      ' ',
      'page ',
      'x.go.id',
      '.go.id',
      'go.id',
      'a-b.',
      'Scanned by CamScanner',
      'CamScanner',
      'cam',
      'Anda di halaman 2 dari 3',
      'Dokumen ini telah ditandatangani secara elektronik',
      'ditandatangani secara elektronik',
      ' secara ',
      'diterbitkan oleh BSrE',
      'diterbitkan oleh',
      'uu ite no',
      '"informasi elektronik dan/atau dokumen elektronik',
      '\u017f',
      '\u212a',
      '\u2028',
      '\u205f',
      'a',
      'kata',
      '**',
      '\t',
      '\u00a0',
      'c',
      'h',
      '.',
      '@',
    ];
    const random = prng(13);
    let acted = 0;
    const wrong: Array<ReturnType<typeof misjudged>> = [];
    for (let n = 0; n < 20_000; n++) {
      let line = '';
      const count = 1 + Math.floor(random() * 6);
      for (let k = 0; k < count; k++) line += pieces[Math.floor(random() * pieces.length)]!;
      line = line.replace(EDGE_SPACE, '');
      if (line === '') continue;
      if (actedOn(line)) acted++;
      const w = misjudged(line);
      if (w) wrong.push(w);
    }
    expect(acted).toBeGreaterThan(2_000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
