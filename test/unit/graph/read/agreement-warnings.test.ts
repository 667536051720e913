import { describe, expect, it } from 'vitest';
import { decodeWarnings } from '../../../../src/graph/read/agreement-warnings.js';

describe('decodeWarnings', () => {
  it('reads the stored details, mapping each span to the page it starts on', () => {
    const details = JSON.stringify([
      { code: 'OCR_TEXT', message: 'page(s) 1-2 of 2 had no text layer …', span: null },
      { code: 'START_DIFFERS_FROM_SIGNING', message: 'The term starts on 2022-10-26 …', span: [9653, 9668] },
    ]);
    expect(decodeWarnings({ details, lines: [], pageStarts: [0, 5000, 9660] })).toEqual([
      { code: 'OCR_TEXT', message: 'page(s) 1-2 of 2 had no text layer …', span: null },
      // 9653 is before the third page's start (9660): page 2.
      {
        code: 'START_DIFFERS_FROM_SIGNING',
        message: 'The term starts on 2022-10-26 …',
        span: { start: 9653, end: 9668, page: 2 },
      },
    ]);
  });

  it('gives a text source no page, and splits the plain lines of agreements stored before details were kept', () => {
    const details = JSON.stringify([{ code: 'NO_NUMBERS', message: 'No document number', span: [5, 9] }]);
    expect(decodeWarnings({ details, lines: [], pageStarts: null })[0]!.span).toEqual({
      start: 5,
      end: 9,
      page: null,
    });
    expect(
      decodeWarnings({
        details: null,
        lines: ['NO_NUMBERS: No document number ("Nomor : …") was found.'],
        pageStarts: null,
      }),
    ).toEqual([{ code: 'NO_NUMBERS', message: 'No document number ("Nomor : …") was found.', span: null }]);
  });
});
