import { describe, expect, it } from 'vitest';
import { CLAUSE, CLAUSE_ENTRIES, PARTY, PARTY_ENTRIES } from '../../../../src/graph/read/entity-queries.js';
import {
  agreementEntries,
  agreementProjection,
  decreeEntries,
  decreeProjection,
  institutionEntries,
  institutionProjection,
  officialEntries,
  officialProjection,
  projectEntries,
  selectedAgreementProjection,
} from '../../../../src/graph/read/records.js';

// The whole projections are hand-written text; the agreement page projects some of their
// entries instead. Both must read every field alike: the whole projection is, whitespace
// aside, exactly all its entries in order.
const squash = (cypher: string) => cypher.replace(/\s+/g, ' ');

describe('projection entries', () => {
  it('rebuild each whole projection exactly', () => {
    expect(squash(projectEntries('i', institutionEntries('i')))).toBe(squash(institutionProjection('i')));
    expect(squash(projectEntries('o', officialEntries('o')))).toBe(squash(officialProjection('o')));
    expect(squash(projectEntries('d', decreeEntries('d')))).toBe(squash(decreeProjection('d')));
    expect(squash(projectEntries('p', PARTY_ENTRIES))).toBe(squash(PARTY));
    expect(squash(projectEntries('c', CLAUSE_ENTRIES))).toBe(squash(CLAUSE));
    expect(squash(projectEntries('a', agreementEntries('a')))).toBe(squash(agreementProjection('a')));
  });

  it('project the id and the names asked for, in that order, and refuse an unknown name', () => {
    expect(projectEntries('d', decreeEntries('d'), ['year', 'date'])).toBe(
      'd { .id, .year, date: toString(d.date) }',
    );
    expect(() => projectEntries('o', officialEntries('o'), ['rank'])).toThrow(/rank/);
  });
});

describe('selectedAgreementProjection (the agreement lists)', () => {
  const every = Object.keys(agreementEntries('a'));

  it('is the whole projection without a selection, and reads exactly the same entries with every field', () => {
    expect(selectedAgreementProjection('a', null)).toBe(agreementProjection('a'));
    // Asked in reverse order: the same entries, in the table's (and the whole projection's) order.
    expect(squash(selectedAgreementProjection('a', [...every].reverse()))).toBe(
      squash(agreementProjection('a')),
    );
  });

  it('reads the id and the selected fields in the table order, whatever order they are asked in', () => {
    expect(selectedAgreementProjection('a', ['expiresOn', 'title', 'title'])).toBe(
      'a { .id, .title, expiresOn: toString(a.expiresOn) }',
    );
    expect(selectedAgreementProjection('a', ['title', 'expiresOn'])).toBe(
      selectedAgreementProjection('a', ['expiresOn', 'title']),
    );
    expect(selectedAgreementProjection('a', [])).toBe('a { .id }');
  });

  it('refuses a name with no entry, an inherited one included', () => {
    expect(() => selectedAgreementProjection('a', ['title', 'status'])).toThrow(/status/);
    expect(() => selectedAgreementProjection('a', ['toString'])).toThrow(/toString/);
  });
});
