/**
 * foldRange reads a value from the text folded once per document; it must give exactly what
 * folding the slice itself gives, including where a range cuts a word hyphenated across lines.
 */
import { describe, expect, it } from 'vitest';

import { cleanText, foldClean, foldRange } from '../../../src/parsing/clean-text.js';

function everyRange(input: string): Array<[string, string]> {
  const clean = cleanText(input);
  const out: Array<[string, string]> = [];
  for (let s = 0; s <= clean.text.length; s++)
    for (let e = s; e <= clean.text.length; e++)
      out.push([foldRange(clean, s, e), foldClean(clean.text.slice(s, e))]);
  return out;
}

describe('foldRange', () => {
  it('joins a word hyphenated across lines and folds other line breaks', () => {
    const clean = cleanText('Kerja sama antar-\nlembaga dan\nkementerian');
    expect(foldRange(clean, 0, clean.text.length)).toBe('Kerja sama antar-lembaga dan kementerian');
  });

  it('keeps the line break of a hyphenated word whose first half the range cuts', () => {
    const clean = cleanText('antar-\nlembaga');
    expect(foldRange(clean, 5, clean.text.length)).toBe('- lembaga');
  });

  it('equals foldClean on every range, around joins, surrogate pairs and plain breaks', () => {
    // '\u2028' is kept by cleaning but removed by trim: the text is not trimmed as a whole.
    const inputs = [
      'ab-\ncd e-\n\u{1d400}x -\nq a-\n-b',
      'x-\ny-\nz',
      'a\nb-\n1 c-\nD',
      '\u2028ab-\ncd x\u2028',
    ];
    for (const input of inputs) {
      for (const [fast, slow] of everyRange(input)) expect(fast).toBe(slow);
    }
  });
});
