/**
 * The parser on invented texts shaped like the real agreements users bring
 * (docs/real-world-sources.md, ../shared REAL-WORLD.md): every header field, the expected
 * nulls included, from test/fixtures/real-world/expected.json, written by reading each text.
 */
import { describe, expect, it } from 'vitest';

import { parseAgreement } from '../../../src/parsing/index.js';
import { actualHeader, emptyScore, loadExpectations, readFixture, scoreOne } from './real-world-score.js';

const expectations = loadExpectations();

describe('real-world fixtures', () => {
  it('has at least 40 fixtures', () => {
    expect(expectations.size).toBeGreaterThanOrEqual(40);
  });

  for (const [file, e] of expectations) {
    describe(file, () => {
      const a = parseAgreement(readFixture(file));
      it('reads the header fields, nulls included', () => {
        const got = actualHeader(a);
        expect(got).toEqual({
          kind: e.kind,
          kindName: e.kindName,
          isDraft: e.isDraft,
          numbers: e.numbers,
          signedOn: e.signedOn,
          place: e.place,
          parties: e.parties,
        });
      });
      if (e.warnings)
        it(`warns ${e.warnings.join(', ')}`, () => {
          const codes = a.warnings.map((w) => w.code);
          for (const c of e.warnings ?? []) expect(codes).toContain(c);
        });
      if (e.terminationNoticeDays !== undefined)
        it('reads the notice period in days', () => {
          expect(a.terminationNoticeDays).toBe(e.terminationNoticeDays);
        });
      if (e.legalBases)
        it('reads the legal bases', () => {
          expect(a.legalBases.map((b) => ({ kind: b.kind, number: b.number, year: b.year }))).toEqual(
            e.legalBases,
          );
        });
    });
  }

  it('invents no value on any fixture', () => {
    const score = emptyScore();
    for (const [file, e] of expectations) scoreOne(file, e, parseAgreement(readFixture(file)), score);
    console.info(
      `real-world fixtures: ${score.right}/${score.fields} header fields right, ` +
        `${score.invented} invented, ${score.missed} missed`,
    );
    expect(score.inventedList).toEqual([]);
  });
});
