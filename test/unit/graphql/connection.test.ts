import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { decodeCursor, toConnection } from '../../../src/graphql/types/connection.type.js';

// Edges encode their cursor when it is read (graphql-js reads it only when selected); the
// values must be the ones every page has always answered: base64url of "offset:<n>".
describe('toConnection', () => {
  it('answers each edge its offset cursor, and the page info from the first and last', () => {
    const page = toConnection({ totalCount: 50, offset: 40, items: ['a', 'b', 'c'] });
    expect(page.edges.map((edge) => [edge.node, edge.cursor])).toEqual([
      ['a', 'b2Zmc2V0OjQw'], // "offset:40"
      ['b', 'b2Zmc2V0OjQx'], // "offset:41"
      ['c', 'b2Zmc2V0OjQy'], // "offset:42"
    ]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: 'b2Zmc2V0OjQw',
      endCursor: 'b2Zmc2V0OjQy',
    });
    // `after: endCursor` continues at the 44th item (offset 43).
    expect(decodeCursor(page.pageInfo.endCursor)).toBe(43);
  });

  it('answers an empty page with no cursors', () => {
    const page = toConnection({ totalCount: 0, offset: 0, items: [] });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
