import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { getOperationAST, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../../src/graphql/build-schema.js';
import {
  createOperationChecks,
  MAX_DEPTH,
  REMEMBERED_ESTIMATES,
  REMEMBERED_OPERATIONS,
  STATEMENT_COST,
  type OperationToCheck,
} from '../../../src/graphql/limits.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

/** The operation as Apollo hands it to the limits plugin: parsed, resolved, with its query hash. */
function operation(
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): OperationToCheck {
  const document = parse(query);
  const chosen = getOperationAST(document, operationName);
  return {
    document,
    operation: chosen ?? undefined,
    operationName: chosen?.name?.value ?? undefined,
    variables,
    queryHash: createHash('sha256').update(query).digest('hex'),
  };
}

/** The complexity, or the refusal's code and message. */
function verdict(check: (op: OperationToCheck) => number, op: OperationToCheck): unknown {
  try {
    return check(op);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { code: (error as GraphQLError).extensions.code, message: (error as GraphQLError).message };
  }
}

const PAGE = 'query($n: Int!) { agreements(first: $n) { totalCount edges { node { id title } } } }';
const tooDeep = `{ ${'agreement(id: "a") { parties { agreement { parties { '.repeat(3)} id ${'} } } } '.repeat(3)} }`;
const tooWide = `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: agreement(id: "x") { id }`).join(' ')} }`;

describe('createOperationChecks: the limits with memory', () => {
  it('answers every operation sent again exactly as the first time, and as checks without memory', () => {
    const cases = [
      operation(PAGE, { n: 50 }),
      operation(PAGE, { n: 101 }), // PAGE_SIZE_OUT_OF_RANGE: depends on the variables
      operation(PAGE, { n: 'fifty' }), // BAD_USER_INPUT
      operation(PAGE, {}), // BAD_USER_INPUT: a required variable missing
      operation(tooDeep),
      operation(tooWide),
      operation('{ a: __schema { description } b: __schema { description } }'),
      operation(
        'query A { search(text: "x", first: 5) { score } } query B { agreements { totalCount } }',
        {},
        'B',
      ),
    ];
    const remembering = createOperationChecks(schema);
    const first = cases.map((op) => verdict((o) => remembering.check(o), op));
    const again = cases.map((op) => verdict((o) => remembering.check(o), op));
    const fresh = cases.map((op) => verdict((o) => createOperationChecks(schema).check(o), op));
    expect(again).toEqual(first);
    expect(first).toEqual(fresh);
    // What the refusals are, so the comparison above is not between two equal mistakes.
    // agreements: 1 + 50 × (totalCount 1 + edges (1 + node (1 + id 1 + title 1))), plus the statement.
    expect(first[0]).toBe(STATEMENT_COST + 1 + 50 * (1 + (1 + 3)));
    expect(first.slice(1).map((v) => (v as { code?: unknown }).code)).toEqual([
      'PAGE_SIZE_OUT_OF_RANGE',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'QUERY_TOO_DEEP',
      'TOO_MANY_ROOT_FIELDS',
      'INTROSPECTION_TOO_COMPLEX',
      undefined,
    ]);
    expect((first[4] as { message: string }).message).toContain(`the limit of ${MAX_DEPTH}`);
  });

  it('still refuses bad variables for an operation it has measured with good ones', () => {
    const checks = createOperationChecks(schema);
    expect(checks.check(operation(PAGE, { n: 10 }))).toBeGreaterThan(0);
    expect(verdict((o) => checks.check(o), operation(PAGE, { n: 1.5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(verdict((o) => checks.check(o), operation(PAGE, { n: 500 }))).toMatchObject({
      code: 'PAGE_SIZE_OUT_OF_RANGE',
    });
    // Bad variables are checked before the shape, remembered or not.
    expect(verdict((o) => checks.check(o), operation(tooDeep))).toMatchObject({ code: 'QUERY_TOO_DEEP' });
    const deepWithBadVariable = operation(tooDeep.replace('{', 'query($x: Int!) {'), { x: 'no' });
    expect(verdict((o) => checks.check(o), deepWithBadVariable)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('tells operations of one document apart by their name', () => {
    const query = `query Small { agreements(first: 1) { totalCount } }
      query Wide { ${Array.from({ length: 21 }, (_, i) => `a${i}: agreement(id: "x") { id }`).join(' ')} }`;
    const checks = createOperationChecks(schema);
    expect(checks.check(operation(query, {}, 'Small'))).toBe(STATEMENT_COST + 2);
    expect(verdict((o) => checks.check(o), operation(query, {}, 'Wide'))).toMatchObject({
      code: 'TOO_MANY_ROOT_FIELDS',
    });
    expect(checks.check(operation(query, {}, 'Small'))).toBe(STATEMENT_COST + 2);
  });

  it('remembers only plain JSON variables, and nothing without a query hash', () => {
    const checks = createOperationChecks(schema);
    checks.check({ ...operation(PAGE, { n: 5 }), queryHash: undefined });
    expect(checks.size()).toEqual({ operations: 0, estimates: 0 });
    // A variable the operation does not declare is ignored by coercion, but it is in the key.
    checks.check(operation(PAGE, { n: 5, extra: new Date('2025-01-01T00:00:00Z') }));
    expect(checks.size()).toEqual({ operations: 1, estimates: 0 });
    checks.check(operation(PAGE, { n: 5, extra: '2025-01-01' }));
    expect(checks.size()).toEqual({ operations: 1, estimates: 1 });
  });

  it('stays bounded whatever the number of distinct operations and variables', () => {
    const checks = createOperationChecks(schema);
    for (let i = 0; i < REMEMBERED_OPERATIONS + 50; i++) {
      checks.check(operation(`{ a${i}: agreements(first: 1) { totalCount } }`));
    }
    for (let n = 1; n <= 100; n++) {
      for (const alias of ['x', 'y', 'z']) {
        checks.check(operation(`query($n: Int!) { ${alias}: agreements(first: $n) { totalCount } }`, { n }));
      }
    }
    expect(checks.size().operations).toBeLessThanOrEqual(REMEMBERED_OPERATIONS);
    expect(checks.size().estimates).toBeLessThanOrEqual(REMEMBERED_ESTIMATES);
    expect(checks.size().estimates).toBeGreaterThan(0);
  });
});
