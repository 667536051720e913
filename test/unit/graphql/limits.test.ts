import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDepth } from '../../../src/graphql/limits.js';

describe('operationDepth', () => {
  it('counts nested fields, ignoring introspection', () => {
    expect(operationDepth(parse('{ a }'))).toBe(1);
    expect(operationDepth(parse('{ a { b { c } } d }'))).toBe(3);
    expect(operationDepth(parse('{ __typename a { __schema { types { name } } } }'))).toBe(1);
  });

  it('follows fragments and inline fragments', () => {
    const doc = parse(`
      query Q { agreements { ...A } }
      fragment A on AgreementConnection { edges { node { ... on Agreement { parties { agency { name } } } } } }
    `);
    expect(operationDepth(doc, 'Q')).toBe(6);
  });

  it('measures only the named operation', () => {
    const doc = parse('query Shallow { a } query Deep { a { b { c { d } } } }');
    expect(operationDepth(doc, 'Shallow')).toBe(1);
    expect(operationDepth(doc, 'Deep')).toBe(4);
  });
});
