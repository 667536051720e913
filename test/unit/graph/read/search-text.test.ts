import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/corpus/random.js';
import {
  MAX_SEARCH_TERMS,
  parseDocumentNumber,
  parseSearchText,
  SearchTextError,
} from '../../../../src/graph/read/search-text.js';

// Search text is data: every word becomes a quoted Lucene phrase, so no operator survives.
// test/integration/api-search-input.test.ts throws the same kind of text at the real indexes.

describe('parseSearchText', () => {
  it('quotes every word, so Lucene operators are only words', () => {
    expect(parseSearchText('keadaan kahar')?.lucene).toBe('"keadaan" "kahar"');
    expect(parseSearchText('AND')?.lucene).toBe('"AND"');
    expect(parseSearchText('NOT OR')?.lucene).toBe('"NOT" "OR"');
    expect(parseSearchText('kahar~2 title:x^3 a*')?.lucene).toBe('"kahar~2" "title:x^3" "a*"');
    expect(parseSearchText('a\\b')?.lucene).toBe('"a\\\\b"');
  });

  it('keeps a quoted phrase as one phrase that must match, the other words optional', () => {
    const text = parseSearchText('"jangka  waktu" sertifikat');
    expect(text?.phrases).toEqual(['jangka waktu']);
    expect(text?.words).toEqual(['sertifikat']);
    expect(text?.lucene).toBe('+"jangka waktu" "sertifikat"');
  });

  it('reads a quote without its pair, and words of punctuation only, as nothing', () => {
    expect(parseSearchText('"jangka waktu')?.lucene).toBe('"jangka" "waktu"');
    expect(parseSearchText('kahar) AND ("')?.lucene).toBe('"kahar)" "AND"');
    expect(parseSearchText('   ')).toBeNull();
  });

  it('offers the whole text as a document number, case and whitespace dropped, when it has a digit', () => {
    // (The word "BSSN/SU/…" is offered too: a keyword term matches only a number that is exactly it.)
    expect(parseSearchText('PERJ.206 / BSSN/SU/HK.07.02/05/2023')?.numberQuery).toBe(
      '"PERJ.206/BSSN/SU/HK.07.02/05/2023" "BSSN/SU/HK.07.02/05/2023"',
    );
    expect(parseSearchText('PERJ.206/BSSN/SU/HK.07.02/05/2023')?.numberQuery).toBe(
      '"PERJ.206/BSSN/SU/HK.07.02/05/2023"',
    );
    expect(parseSearchText('"046/218/pks/2022"')?.numberQuery).toBe('"046/218/PKS/2022"');
    expect(parseSearchText('keadaan kahar')?.numberQuery).toBeNull();
    // … and every word shaped like a number (a digit and a slash), or-ed.
    expect(parseSearchText('perjanjian 046/218/PKS/2022')?.numberQuery).toBe(
      '"PERJANJIAN046/218/PKS/2022" "046/218/PKS/2022"',
    );
    expect(parseSearchText('Pasal 1266')?.numberQuery).toBe('"PASAL1266"');
  });

  it('refuses, with a reason, what cannot be searched', () => {
    const refused = (text: string) => {
      try {
        parseSearchText(text);
      } catch (error) {
        expect(error).toBeInstanceOf(SearchTextError);
        return (error as Error).message;
      }
      throw new Error(`accepted ${JSON.stringify(text)}`);
    };
    expect(refused('*** ??? ()')).toBe('search text "*** ??? ()" has no letters or digits to search for');
    expect(refused(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '))).toBe(
      'search text has 33 words; at most 32 are searched, so leave some out',
    );
    expect(refused('x'.repeat(101))).toMatch(/is 101 characters long; at most 100 per word/);
    expect(refused('kahar '.repeat(200))).toMatch(/^search text is 1200 characters long; at most 1000/);
  });

  it('builds only quoted terms from random operator soup (seeded, 2,000 texts)', () => {
    const random = createRandom(15);
    const pieces = [
      'AND',
      'OR',
      'NOT',
      '&&',
      '||',
      '!',
      '"',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '~',
      '^',
      '*',
      '?',
      '\\',
      '/',
      ':',
      '+',
      '-',
      'kahar',
      'Pasal',
      '1266',
      'TO',
      ' ',
      ' ',
      '\t',
      'é',
      '日本',
    ];
    // Zero or more clauses, each an optional '+' and a quoted phrase with only \" and \\ escaped.
    const grammar = /^(?:\+?"(?:[^"\\]|\\["\\])*"(?: |$))*$/;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: random.int(0, 40) }, () => random.pick(pieces)).join(
        random.pick(['', ' ']),
      );
      try {
        const parsed = parseSearchText(text);
        if (parsed) {
          expect(parsed.lucene, text).toMatch(grammar);
          expect(parsed.phrases.length + parsed.words.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
        }
      } catch (error) {
        expect(error, text).toBeInstanceOf(SearchTextError);
      }
    }
  });
});

describe('parseDocumentNumber', () => {
  it('is the number as its keyword token, or refused when empty', () => {
    expect(parseDocumentNumber(' 70/SJ-DAG/MoU/05/2023 ')).toBe('"70/SJ-DAG/MOU/05/2023"');
    expect(parseDocumentNumber('SEK-29.HH.04.02 Tahun 2025')).toBe('"SEK-29.HH.04.02TAHUN2025"');
    expect(() => parseDocumentNumber('  ')).toThrow(/document number is empty/);
    expect(() => parseDocumentNumber('a"b\\')).not.toThrow();
    expect(parseDocumentNumber('a"b\\')).toBe('"A\\"B\\\\"');
  });
});
