import 'reflect-metadata';
import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../../src/graphql/build-schema.js';
import { MAX_COMPLEXITY, operationComplexity } from '../../../src/graphql/limits.js';
import {
  checkIntrospection,
  INTROSPECTION_LIMITS,
} from '../../../src/graphql/limits/introspection-limits.js';

/** What Apollo Sandbox, GraphiQL, graphql-inspector and codegen send, with every option graphql 16.15 has. */
const STANDARD = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
  experimentalDirectiveDeprecation: true,
});

/** `ofType { name kind ofType { … } }` nested n times. */
function ofTypeChain(n: number): string {
  return n === 0 ? 'name kind' : `name kind ofType { ${ofTypeChain(n - 1)} }`;
}

describe('checkIntrospection', () => {
  it('accepts the standard introspection query, with and without options', () => {
    expect(checkIntrospection(parse(STANDARD))).toBeNull();
    expect(checkIntrospection(parse(getIntrospectionQuery()))).toBeNull();
    expect(checkIntrospection(parse(getIntrospectionQuery({ descriptions: false })))).toBeNull();
  });

  it('the standard query is exactly as deep as the limit: one more ofType is refused', () => {
    // graphql-js's default typeDepth is 9; a client asking for a tenth level goes past the standard query.
    expect(checkIntrospection(parse(getIntrospectionQuery({ typeDepth: 9 })))).toBeNull();
    const deeper = checkIntrospection(parse(getIntrospectionQuery({ typeDepth: 10 })));
    expect(deeper?.message).toContain(`limit is ${INTROSPECTION_LIMITS.maxDepth}`);
    const chain = checkIntrospection(parse(`{ __type(name: "Agreement") { ${ofTypeChain(30)} } }`));
    expect(chain?.message).toMatch(/^introspection is nested 16 levels deep at '(name|kind|ofType)'/);
  });

  it('refuses repeated __schema under aliases, also through fragments', () => {
    const twice = checkIntrospection(
      parse('{ a: __schema { queryType { name } } b: __schema { queryType { name } } }'),
    );
    expect(twice?.message).toBe('__schema is asked 2 times (a, b); ask for it once');
    const viaFragment = checkIntrospection(
      parse(
        'query Q { ...F b: __schema { description } } fragment F on Query { a: __schema { description } }',
      ),
    );
    expect(viaFragment?.message).toMatch(/__schema is asked 2 times/);
    // The same field twice without an alias is one field (graphql merges it): accepted.
    expect(
      checkIntrospection(parse('{ __schema { description } __schema { queryType { name } } }')),
    ).toBeNull();
  });

  it('refuses many __type lookups', () => {
    const lookups = Array.from({ length: 11 }, (_, i) => `t${i}: __type(name: "Agreement") { name }`).join(
      ' ',
    );
    expect(checkIntrospection(parse(`{ ${lookups} }`))?.message).toMatch(
      /__type is asked 11 times; the limit is 10/,
    );
    const ten = Array.from({ length: 10 }, (_, i) => `t${i}: __type(name: "Agreement") { name }`).join(' ');
    expect(checkIntrospection(parse(`{ ${ten} }`))).toBeNull();
  });

  it('refuses aliases inside introspection, which would repeat the schema in the answer', () => {
    const res = checkIntrospection(parse('{ __schema { a: types { name } b: types { name } } }'));
    expect(res?.message).toMatch(/'types' is aliased as 'a'/);
  });

  it('refuses lists nested deeper than types > fields > args', () => {
    const res = checkIntrospection(parse('{ __schema { types { fields { type { fields { name } } } } } }'));
    expect(res).toBeNull();
    const four = checkIntrospection(
      parse('{ __schema { types { fields { type { fields { args { name } } } } } } }'),
    );
    expect(four?.message).toMatch(/nests 4 lists at 'args'/);
  });

  it('is not fooled by an operation or fragment named __schema', () => {
    const doc = parse(`
      query __schema { ...__schema }
      fragment __schema on Query { a: __schema { description } b: __schema { description } }`);
    expect(checkIntrospection(doc, '__schema')?.message).toMatch(/__schema is asked 2 times/);
  });

  it('looks only at the chosen operation', () => {
    const doc = parse(
      'query Ok { __schema { description } } query Bad { a: __schema { description } b: __schema { description } }',
    );
    expect(checkIntrospection(doc, 'Ok')).toBeNull();
    expect(checkIntrospection(doc, 'Bad')).not.toBeNull();
  });
});

describe('operationComplexity and introspection', () => {
  it('costs the standard introspection query nothing: it never reaches the database', async () => {
    const schema = await buildGraphQLSchema();
    expect(operationComplexity(schema, parse(STANDARD), {})).toBe(0);
  });

  it('still costs the data fields of an operation that also introspects', async () => {
    const schema = await buildGraphQLSchema();
    const alone = operationComplexity(
      schema,
      parse('{ agreements(first: 100) { edges { node { id } } } }'),
      {},
    );
    const mixed = operationComplexity(
      schema,
      parse('{ __schema { description } agreements(first: 100) { edges { node { id } } } }'),
      {},
    );
    expect(alone).toBeGreaterThan(100);
    expect(mixed).toBe(alone);
    expect(alone).toBeLessThan(MAX_COMPLEXITY);
  });
});
