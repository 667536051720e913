/**
 * cleanText slices plain lines from the input instead of decoding a buffer; these pin down
 * what decoding used to give, so the fast path cannot drift from it.
 */
import { describe, expect, it } from 'vitest';

import { cleanText, cleanTextTransient } from '../../../src/parsing/clean-text.js';

describe('cleanText', () => {
  it('notes a control character wherever it stands, so the binary-input check can skip clean texts', () => {
    const hidden = {
      'a plain line': 'Pasal 1\nabc\u0001def',
      'a marked-up line': '**Pasal** 1\nabc\u0002 # def',
      'U+FFFD': 'Nama : Budi \ufffd Santoso',
      'leading whitespace (vertical tab)': 'Pasal 1\n \u000b  abc',
      'trailing whitespace (vertical tab)': 'Pasal 1\nabc \u000b\nxyz',
      "a link's target": '[surel](mailto:x\u0000@y.go.id) kantor',
      'a <br>': 'satu<br\u000b>dua',
      'a line of whitespace only': 'a\n \u000b \nb',
    };
    for (const [where, text] of Object.entries(hidden)) {
      expect({ where, mayHoldControl: cleanText(text).mayHoldControl }).toEqual({
        where,
        mayHoldControl: true,
      });
    }
    // Tab, form feed and carriage return are whitespace, not control characters here.
    expect(cleanText('Pasal 1\r\n\tabc\f def\r\n').mayHoldControl).toBe(false);
    expect(cleanText('**Pasal 1**\n- a. satu;\n$ # [x](mailto:x@y.go.id)').mayHoldControl).toBe(false);
  });

  it('reads a lone surrogate as U+FFFD and keeps a pair, on plain and marked-up lines', () => {
    expect(cleanText('a \ud800 b\n**c\udc00**').text).toBe('a \ufffd b\nc\ufffd');
    expect(cleanText('ok \u{1d400} pair').text).toBe('ok \u{1d400} pair');
  });

  it('keeps every line, and where it came from, of a text longer than the line tables start with', () => {
    // 10,000 lines: the per-line tables (4,096 entries at first) grow twice while reading.
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      i % 2 === 0 ? `  Pasal ${i}  ` : `**ayat ${i}**`,
    );
    const clean = cleanText(lines.join('\n'));
    const out = clean.text.split('\n');
    expect(out).toHaveLength(10_000);
    expect(out[0]).toBe('Pasal 0');
    expect(out[4097]).toBe('ayat 4097');
    expect(out[9998]).toBe('Pasal 9998');
    expect(out[9999]).toBe('ayat 9999');
    // "  Pasal 9998  " starts after the 9,998 lines before it and its two leading spaces.
    const before = lines.slice(0, 9998).reduce((n, l) => n + l.length + 1, 0);
    const at = clean.text.lastIndexOf('Pasal 9998');
    expect(clean.map[at]).toBe(before + 2);
  });

  it('gives parseAgreement (cleanTextTransient) the same text and offsets, in a buffer the next call reuses', () => {
    const input = '  Pasal 1  \n**PARA PIHAK** sepakat';
    const owned = cleanText(input);
    const transient = cleanTextTransient(input);
    expect(transient.text).toBe('Pasal 1\nPARA PIHAK sepakat');
    expect(Array.from(transient.map)).toEqual(Array.from(owned.map));
    // "P" of "PARA" is at 14 in the input: two spaces, "Pasal 1", two spaces, newline, "**".
    expect(transient.map[8]).toBe(14);
    cleanTextTransient('xyz');
    expect(transient.map[0]).toBe(0); // overwritten by the later call: "x" is at 0
    expect(owned.map[8]).toBe(14); // cleanText's own map is not
  });

  it('maps each character of a plain line to its own offset', () => {
    const clean = cleanText('  Pasal 1  \nPARA PIHAK sepakat');
    expect(clean.text).toBe('Pasal 1\nPARA PIHAK sepakat');
    expect(Array.from(clean.map.slice(0, 8))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(clean.map[8]).toBe(12);
  });

  it('drops scan and hosting furniture but keeps a signature block heading', () => {
    const input = [
      'Anda di halaman 1dari 9',
      'Scanned by CamScanner',
      'selaku Kepala Dinas, PARAF Pihak I Pihak II berkedudukan di Sukamaju',
      'Paraf Pihak I : Paraf Pihak II :',
      '2',
      'Pasal',
      '1',
      'PIHAK I PIHAK II',
    ].join('\n');
    expect(cleanText(input).text).toBe(
      'selaku Kepala Dinas, berkedudukan di Sukamaju\nPasal\n1\nPIHAK I PIHAK II',
    );
  });

  it("drops a hosting site's domain alone on a line whatever letter it opens with, and keeps one inside a sentence", () => {
    const input = [
      'Pasal 2',
      'disdik.jabarprov.go.id',
      'PARA PIHAK sepakat',
      'bssn.go.id',
      'jdih.kemenkumham.go.id Halaman 3 dari 9',
      'melalui surel humas@bssn.go.id dan',
      'dinas.example.go.id',
    ].join('\n');
    expect(cleanText(input).text).toBe('Pasal 2\nPARA PIHAK sepakat\nmelalui surel humas@bssn.go.id dan');
  });

  it('reads a Markdown table row as its cells and drops the rule under the header', () => {
    const clean = cleanText('| 1. | Drs. BUDI, M.M. | : | Sekretaris Daerah |\n|----|:---:|---|---|');
    expect(clean.text).toBe('1. Drs. BUDI, M.M. : Sekretaris Daerah');
    // Offsets still point into the input: "Drs." starts at 7.
    expect(clean.map[clean.text.indexOf('Drs.')]).toBe(7);
  });

  it('drops a horizontal rule as wide as the page, plain or marked up, as it drops a short one', () => {
    const rules = {
      'dashes, 10': '-'.repeat(10),
      'dashes, 60': '-'.repeat(60),
      'equals, 40 (a heading underline)': '='.repeat(40),
      'underscores, 40': '_'.repeat(40),
      'asterisks, 40': '*'.repeat(40),
      'a table rule alone, 32': `:${'-'.repeat(30)}:`,
      'dashes with a trailing space, 60': `${'-'.repeat(60)} `,
    };
    for (const [what, rule] of Object.entries(rules)) {
      expect({ what, text: cleanText(`Pasal 3\n${rule}\nKERAHASIAAN`).text }).toEqual({
        what,
        text: 'Pasal 3\nKERAHASIAAN',
      });
    }
    // A list item that opens with a dash is not a rule, however long.
    expect(cleanText('Pasal 3\n- menjaga kerahasiaan data dan informasi\nKERAHASIAAN').text).toBe(
      'Pasal 3\nmenjaga kerahasiaan data dan informasi\nKERAHASIAAN',
    );
  });
});
