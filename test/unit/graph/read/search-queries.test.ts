import { describe, expect, it } from 'vitest';
import { searchCypher } from '../../../../src/graph/read/search-queries.js';

/** The columns of the statement's RETURN, by name. */
function columns(cypher: string): string[] {
  const tail = cypher.slice(cypher.lastIndexOf('\nRETURN ') + '\nRETURN '.length);
  return tail.split(',\n').map((column) => /(\w+)\s*$/.exec(column)![1]!);
}

describe('searchCypher', () => {
  it('returns only the columns the request needs', () => {
    expect(columns(searchCypher({ withAgreement: false, withClause: false }))).toEqual([
      'score',
      'type',
      'id',
      'agreementId',
      'clauseId',
      'text',
    ]);
    // No snippet selected: the matched text (a kilobyte per clause) is not read.
    expect(columns(searchCypher({ withAgreement: false, withClause: false, withSnippet: false }))).toEqual([
      'score',
      'type',
      'id',
      'agreementId',
      'clauseId',
    ]);
    expect(
      columns(
        searchCypher({
          withAgreement: true,
          withClause: true,
          agreementFields: ['title'],
          clauseFields: ['number', 'heading'],
        }),
      ),
    ).toEqual(['score', 'type', 'id', 'agreementId', 'clauseId', 'text', 'agreement', 'clause']);
  });

  it("reads the hit's agreement by its unique id, once per hit, only when selected", () => {
    const both = searchCypher({ withAgreement: true, withClause: false, agreementFields: ['title'] });
    expect(both).toContain('OPTIONAL MATCH (a:Agreement {id: agreementId})');
    expect(both).toContain('a { .id, .title } AS agreement');
    expect(searchCypher({ withAgreement: false, withClause: true })).not.toContain('(a:Agreement');
  });
});
