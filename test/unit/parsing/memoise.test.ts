/** The per-name caches of the parser (institution and official keys, agencies, honorifics). */
import { describe, expect, it } from 'vitest';

import { MAX_KEY_LENGTH, memoise, memoiseCopied } from '../../../src/parsing/memoise.js';
import { institutionKey, splitHonorifics } from '../../../src/parsing/index.js';

describe('memoise', () => {
  it('calls the function once per argument and answers the same', () => {
    const seen: string[] = [];
    const upper = memoise((s) => {
      seen.push(s);
      return s.toUpperCase();
    });
    expect(upper('bssn')).toBe('BSSN');
    expect(upper('bssn')).toBe('BSSN');
    expect(upper('bkn')).toBe('BKN');
    expect(seen).toEqual(['bssn', 'bkn']);
  });

  it('empties the cache when it is full, so it stays bounded', () => {
    let calls = 0;
    const id = memoise((s) => {
      calls++;
      return s;
    }, 2);
    id('a');
    id('b');
    id('c'); // full: emptied, then "c" kept
    id('a');
    expect(calls).toBe(4);
  });

  it('does not keep an argument longer than MAX_KEY_LENGTH', () => {
    let calls = 0;
    const id = memoise((s) => {
      calls++;
      return s.length;
    });
    const long = 'a'.repeat(MAX_KEY_LENGTH + 1);
    expect(id(long)).toBe(1001);
    expect(id(long)).toBe(1001);
    expect(calls).toBe(2);
  });

  it('gives each caller its own copy of an object answer', () => {
    const split = memoiseCopied(
      (s) => ({ words: s.split(' ') }),
      (v) => ({ words: [...v.words] }),
    );
    const first = split('Badan Siber');
    first.words.push('changed');
    expect(split('Badan Siber').words).toEqual(['Badan', 'Siber']);
  });

  it('keeps the parser answers the same on a second call', () => {
    const name = 'BADAN SIBER DAN SANDI NEGARA REPUBLIK INDONESIA';
    expect(institutionKey(name)).toBe('badan siber dan sandi negara');
    expect(institutionKey(name)).toBe('badan siber dan sandi negara');
    const a = splitHonorifics('Dr. Ir. BUDI SANTOSO, S.H., M.H.');
    const b = splitHonorifics('Dr. Ir. BUDI SANTOSO, S.H., M.H.');
    expect(a).toEqual({
      name: 'BUDI SANTOSO',
      honorifics: ['Dr.', 'Ir.', 'S.H.', 'M.H.'],
      nameStart: 8,
      nameEnd: 20,
    });
    expect(b).toEqual(a);
    expect(b.honorifics).not.toBe(a.honorifics);
  });
});
