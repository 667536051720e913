/**
 * scanLine and furnitureHint replaced three regex scans a line. These pin them to those regexes,
 * kept here as the specification: a line is plain exactly when the plain-line class finds
 * nothing in it, and the furniture hint says yes to every line the old hints said yes to (it may
 * say yes to a few more: those only take dropFurniture's full checks, which leave them as they are).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { generateCorpus } from '../../../src/corpus/generate-corpus.js';
import { NEEDS_CLEANING, furnitureHint, scanLine } from '../../../src/parsing/scan-line.js';
import { projectRoot } from '../../../src/server/config.js';
import { prng } from '../../helpers/prng.js';

/** The plain-line class scanLine replaced: any match between a line's first and last character sent it to cleanLine. */
const PLAIN_BREAKER =
  // eslint-disable-next-line no-control-regex -- control characters are part of the class
  /[\t\v\f\r\u00a0\ufeff\u2000-\u200b\u202f\u3000\ud800-\udfff\\*_[\]<$#|\x00-\x08\x0e-\x1f\ufffd]| {2}/;
/** The furniture hints furnitureHint replaced (the second for lines opening with "d", "u", "i" or a quote). */
const FURNITURE_HINT =
  /- ?\d|ditandatangani secara elektronik|^\d{1,4} ?-?$|araf|ARAF|Pihak I|PIHAK I|halaman|CamScanner|page \d|^(?:[\w-]+\.)+go\.id/i;
const FOOTER_LINE_HINT = new RegExp(
  `^(?:diterbitkan oleh|uu ite no|"?informasi elektronik)|[\\u1680\\u2028\\u2029\\u205f]|${FURNITURE_HINT.source}`,
  'i',
);
/** The whitespace cleaning trims from a line (its isSpace). */
const EDGE_SPACE =
  /^[ \t\v\f\r\n\u00a0\ufeff\u2000-\u200b\u202f\u3000]+|[ \t\v\f\r\n\u00a0\ufeff\u2000-\u200b\u202f\u3000]+$/g;

function codesOf(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}

function oldHint(line: string): boolean {
  const first = line.charCodeAt(0) | 32;
  const footer = first === 100 || first === 117 || first === 105 || first === 34;
  return (footer ? FOOTER_LINE_HINT : FURNITURE_HINT).test(line);
}

/** What scanLine answers for a trimmed line, and what the old regexes would have. */
function compare(line: string): { line: string; scan: number; old: number } {
  const scan = scanLine(codesOf(line), 0, line.length);
  const old = PLAIN_BREAKER.test(line) ? NEEDS_CLEANING : oldHint(line) ? 1 : 0;
  // A superset: where the old hint said no, the new one may say yes.
  return { line, scan: scan === 1 && old === 0 ? 0 : scan, old };
}

function textsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

describe('scanLine', () => {
  it('answers as the old regexes did on every line of the seeds, the fixtures and 300 generated agreements (42,000 lines)', () => {
    const texts = [
      ...textsUnder(path.join(projectRoot(), 'seed')),
      ...textsUnder(path.join(projectRoot(), 'test/fixtures')),
      ...Array.from(generateCorpus({ agreements: 300, seed: 11 }), (d) => d.text),
    ];
    let lines = 0;
    const differ: Array<ReturnType<typeof compare>> = [];
    for (const text of texts) {
      for (const raw of text.split('\n')) {
        const line = raw.replace(EDGE_SPACE, '');
        if (line === '') continue;
        lines++;
        const c = compare(line);
        if (c.scan !== c.old) differ.push(c);
      }
    }
    expect(lines).toBeGreaterThan(40_000);
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('finds each form of furniture in either case, wherever it stands in the line', () => {
    const furniture = [
      'Halaman 2 dari 9',
      'lihat HALAMAN berikut',
      'Scanned by CamScanner',
      'camscanner',
      'PARAF Pihak I Pihak II',
      'paraf',
      'kedua pihak itu',
      'PIHAK I',
      'Page 3',
      'page 12 of 30',
      'teks -9- teks',
      'teks - 9 - teks',
      '12 -',
      '7',
      'jdih.kemenkeu.go.id Halaman 1 dari 3',
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
      expect({ line, old: oldHint(line) }).toEqual({ line, old: true });
      expect({ line, scan: scanLine(codesOf(line), 0, line.length) }).toEqual({ line, scan: 1 });
      expect({ line, hint: furnitureHint(codesOf(line), 0, line.length) }).toEqual({ line, hint: true });
    }
  });

  it('says no to ordinary lines, and to letters that only fold to ASCII with the u flag', () => {
    const ordinary = [
      'Pasal 1',
      'PARA PIHAK sepakat untuk melaksanakan kerja sama ini.',
      'Nomor: 12/PKS/2023',
      'surel: humas@kemenkeu.go.id',
      'halam an',
      'PIHAK KESATU dan PIHAK KEDUA',
      // U+017F (long s) and U+212A (Kelvin sign) match "s" and "k" only under the u flag.
      'camſcanner',
      'piha\u212a i',
      '12345678',
    ];
    for (const line of ordinary) {
      expect({ line, old: oldHint(line) }).toEqual({ line, old: false });
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

  it('agrees with the old regexes on 20,000 lines built from pieces of furniture, markup and near misses', () => {
    const pieces = [
      'halaman',
      'HALAMAN',
      'Halam',
      'pihak i',
      'Pihak',
      ' I',
      'araf',
      'ARA',
      'f',
      'Paraf',
      '-',
      '- ',
      ' -',
      '9',
      '12',
      'page ',
      'PAGE',
      'x.go.id',
      '.go.id',
      'go.id',
      'a-b.',
      'CamScanner',
      'cam',
      'scanner',
      'ditandatangani secara elektronik',
      'ditandatangani',
      ' secara ',
      'diterbitkan oleh',
      'uu ite no',
      '"informasi elektronik',
      'informasi',
      '\u017f',
      '\u212a',
      '\u2028',
      '\u205f',
      ' ',
      ' ',
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
    const differ: Array<ReturnType<typeof compare>> = [];
    for (let n = 0; n < 20_000; n++) {
      let line = '';
      const count = 1 + Math.floor(random() * 6);
      for (let k = 0; k < count; k++) line += pieces[Math.floor(random() * pieces.length)]!;
      line = line.replace(EDGE_SPACE, '');
      if (line === '') continue;
      const c = compare(line);
      if (c.scan !== c.old) differ.push(c);
      // On a cleaned line (no plain-line check), the hint alone.
      const hint = furnitureHint(codesOf(line), 0, line.length);
      if (oldHint(line) && !hint) differ.push({ line, scan: 0, old: 1 });
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
