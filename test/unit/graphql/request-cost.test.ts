import 'reflect-metadata';
import { GraphQLError, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../../src/graphql/build-schema.js';
import {
  MAX_COMPLEXITY,
  MAX_COMPLEXITY_NODES,
  operationComplexity,
  operationDepth,
  STATEMENT_COST,
} from '../../../src/graphql/limits.js';
import { rootFieldKeys } from '../../../src/graphql/limits/root-fields.js';
import { createRateLimiter } from '../../../src/graphql/limits/token-bucket.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions.code;
  }
  throw new Error('expected a refusal');
};

describe('rootFieldKeys', () => {
  it('counts each alias as a root field, through fragments, without __typename or introspection', () => {
    const doc = parse(`
      query Q { a: search(text: "x") { score } b: search(text: "y") { score } ...F __typename __schema { description } }
      fragment F on Query { c: agreements { totalCount } ... on Query { d: institutions { totalCount } } }`);
    expect(rootFieldKeys(doc, 'Q')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts the same key twice once, as graphql merges it', () => {
    expect(rootFieldKeys(parse('{ search(text: "x") { score } search(text: "x") { type } }'))).toEqual([
      'search',
    ]);
  });
});

describe('operationComplexity: what reaches the database', () => {
  it('charges a statement per root field, so aliases multiply', () => {
    const one = operationComplexity(schema, parse('{ a: search(text: "x", first: 5) { score } }'), {});
    const three = operationComplexity(
      schema,
      parse(
        '{ a: search(text: "x", first: 5) { score } b: search(text: "x", first: 5) { score } c: search(text: "x", first: 5) { score } }',
      ),
      {},
    );
    // search(first: 5) { score }: 1 + 5 × 1 for the list, plus the statement.
    expect(one).toBe(STATEMENT_COST + 6);
    expect(three).toBe(3 * one);
  });

  it('refuses the issue-15 alias bomb by cost too (it used to be 18,000, under the limit)', () => {
    const bomb = Array.from({ length: 3000 }, (_, i) => `a${i}: search(text: "x", first: 5) { score }`).join(
      ' ',
    );
    expect(operationComplexity(schema, parse(`{ ${bomb} }`), {})).toBe(3000 * (STATEMENT_COST + 6));
    expect(3000 * (STATEMENT_COST + 6)).toBeGreaterThan(MAX_COMPLEXITY);
  });

  it("turns the estimating library's node cap into QUERY_TOO_COMPLEX, not an internal error", () => {
    // Each fragment spreads the next one eight times: 8^5 fields once expanded.
    const levels = Array.from({ length: 5 }, (_, i) => {
      const next = i === 4 ? 'totalCount' : `...F${i + 1}`;
      const body = Array.from({ length: 8 }, () => next).join(' ');
      return `fragment F${i} on AgreementConnection { ${body} }`;
    });
    const doc = parse(`{ agreements { ...F0 } } ${levels.join(' ')}`);
    expect(codeOf(() => operationComplexity(schema, doc, {}))).toBe('QUERY_TOO_COMPLEX');
    expect(8 ** 5).toBeGreaterThan(MAX_COMPLEXITY_NODES);
  });

  it('refuses a page over 100 wherever it is asked', () => {
    const doc = parse('query($n: Int) { agreements(first: $n) { totalCount } }');
    expect(codeOf(() => operationComplexity(schema, doc, { n: 101 }))).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });
});

describe('operationDepth on fragments spread inside fragments', () => {
  it('measures each fragment once (the answer is the same as the expansion)', () => {
    const levels = Array.from({ length: 30 }, (_, i) =>
      i === 29
        ? `fragment F${i} on Agreement { id }`
        : `fragment F${i} on Agreement { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
    );
    // 3^29 paths if expanded; measured once per fragment it is immediate.
    const doc = parse(`{ agreement(id: "x") { ...F0 } } ${levels.join(' ')}`);
    expect(operationDepth(doc)).toBe(2);
  });
});

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the rate, per client', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).toEqual([true, true, true, false]);
    // Another client has its own bucket.
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').retryAfterSeconds).toBe(1);
    now = 500; // half a second: one token back
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now = 60_000; // refilled to the burst, never beyond
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('charges refusals extra, below zero, so a flood of them slows to a tenth of the rate', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 20, burst: 40 }, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    limiter.charge('a', 10);
    expect(limiter.take('a').allowed).toBe(true); // 40 - 1 - 10 - 1 = 28 left
    limiter.charge('a', 40); // -12: 13 tokens, 650 ms, until the next request
    expect(limiter.take('a')).toMatchObject({ allowed: false, retryAfterMs: 650, retryAfterSeconds: 1 });
    now = 650;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('keeps its table bounded when many addresses pass by', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 10, burst: 10 }, () => now);
    for (let i = 0; i < 25_000; i++) {
      now += 1;
      limiter.take(`10.0.${i >> 8}.${i & 255}`);
    }
    expect(limiter.size()).toBeLessThanOrEqual(10_000);
  });
});
