import { describe, expect, it } from 'vitest';
import { agreementPageCypher } from '../../../../src/graph/read/list-queries.js';

// The page statement is chosen from fixed fragments; these check which, without a database
// (test/integration/api-one-statement.test.ts runs them against Neo4j).
const NEWEST = { field: 'SIGNED_ON', descending: true } as const;

describe('agreementPageCypher', () => {
  it('has a condition only for each filter the request sets, each taking its value as a parameter', () => {
    const plain = agreementPageCypher({}, NEWEST, { withParties: false });
    expect(plain).toContain('a.loaded = true');
    expect(plain).not.toMatch(/\$(kind|agencyId|signedFrom|text)\b/);
    const filtered = agreementPageCypher({ kind: 'PKS', signedFrom: '2024-01-01', text: 'kahar' }, NEWEST, {
      withParties: false,
    });
    expect(filtered).toContain('a.kind = $kind');
    expect(filtered).toContain('a.signedOn >= date($signedFrom)');
    expect(filtered).toContain("db.index.fulltext.queryNodes('clause_text', $text)");
    expect(filtered).not.toContain('$agencyId');
    // Blank text leaves nothing to search for: no text condition.
    expect(agreementPageCypher({ text: '   ' }, NEWEST, { withParties: false })).not.toContain('$text');
  });

  it('finds a document number through the agreement_numbers keyword index, only when asked', () => {
    const byNumber = agreementPageCypher({ number: 'PERJ.206/BSSN/SU/HK.07.02/05/2023' }, NEWEST, {
      withParties: false,
    });
    expect(byNumber).toContain("db.index.fulltext.queryNodes('agreement_numbers', $number)");
    expect(byNumber).toContain('a.id IN numberIds');
    expect(agreementPageCypher({}, NEWEST, { withParties: false })).not.toContain('$number');
    const both = agreementPageCypher({ number: '046/218/PKS/2022', text: 'kahar' }, NEWEST, {
      withParties: false,
    });
    expect(both).toContain('CALL (textIds, numberIds, totalCount, keyedCount)');
  });

  it('sorts the stored date, undated agreements first when descending and last when ascending', () => {
    const desc = agreementPageCypher({}, NEWEST, { withParties: false });
    expect(desc).toContain('ORDER BY a.signedOn DESC, a.id ASC LIMIT $offset + $limit');
    expect(desc).toContain('(unkeyed + keyed)[$offset..($offset + $limit)]');
    const asc = agreementPageCypher({}, { field: 'EXPIRES_ON', descending: false }, { withParties: false });
    expect(asc).toContain('ORDER BY a.expiresOn ASC, a.id ASC');
    expect(asc).toContain('(keyed + unkeyed)');
    const title = agreementPageCypher({}, { field: 'TITLE', descending: true }, { withParties: false });
    expect(title).toContain('ORDER BY toLower(a.title) DESC, a.id ASC SKIP $offset LIMIT $limit');
  });

  it('reads the parties and their links only when asked', () => {
    expect(agreementPageCypher({}, NEWEST, { withParties: false })).not.toContain('HAS_PARTY');
    const withParties = agreementPageCypher({}, NEWEST, { withParties: true });
    for (const link of ['HAS_PARTY', 'ACTS_FOR', 'OF_AGENCY', 'SIGNED_BY', 'APPOINTED_UNDER']) {
      expect(withParties).toContain(link);
    }
  });
});
