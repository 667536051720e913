import 'reflect-metadata';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../../src/graphql/context.js';
import {
  BadAgreementTextError,
  BadUserInputError,
  ErrorCode,
  ForbiddenError,
  HTTP_STATUS,
  isErrorCode,
  PageSizeError,
  RequestShapeError,
  TooManyStatementsError,
  UnauthenticatedError,
} from '../../../src/graphql/error-code.js';
import { connectionPage, pageSize } from '../../../src/graphql/inputs/page.args.js';
import { RelationshipResolver } from '../../../src/graphql/resolvers/relationship.resolver.js';
import { SearchResolver } from '../../../src/graphql/resolvers/search.resolver.js';
import { StatsResolver } from '../../../src/graphql/resolvers/stats.resolver.js';

describe('ErrorCode', () => {
  it("spells Apollo Server's codes as Apollo does, so Apollo clients recognise them", () => {
    for (const code of Object.values(ApolloServerErrorCode)) {
      expect(ErrorCode[code as keyof typeof ErrorCode]).toBe(code);
    }
  });

  it('gives every code an HTTP status: 4xx for the client, 5xx for the server', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual(Object.values(ErrorCode).sort());
    expect(HTTP_STATUS[ErrorCode.PAGE_SIZE_OUT_OF_RANGE]).toBe(400);
    expect(HTTP_STATUS[ErrorCode.RATE_LIMITED]).toBe(429);
    expect(HTTP_STATUS[ErrorCode.BAD_AGREEMENT_TEXT]).toBe(422);
    expect(HTTP_STATUS[ErrorCode.SERVICE_UNAVAILABLE]).toBe(503);
    expect(HTTP_STATUS[ErrorCode.INTERNAL_SERVER_ERROR]).toBe(500);
  });

  it('knows its own codes and nothing else', () => {
    expect(isErrorCode('PAGE_SIZE_OUT_OF_RANGE')).toBe(true);
    expect(isErrorCode('page_size_out_of_range')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(isErrorCode(400)).toBe(false);
  });
});

describe('error classes', () => {
  it('PageSizeError: PAGE_SIZE_OUT_OF_RANGE, HTTP 400, naming the field and the argument', () => {
    const error = new PageSizeError(101, 100, 'agreements');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.name).toBe('PageSizeError');
    expect(error.message).toBe(
      "agreements(first: 101) is outside 1..100; ask for at most 100 (a connection pages on with 'after')",
    );
    expect(error.extensions).toEqual({
      code: 'PAGE_SIZE_OUT_OF_RANGE',
      argumentName: 'first',
      http: { status: 400 },
    });
    expect(new PageSizeError(0, 100).message).toMatch(/^first: 0 is outside 1\.\.100;/);
  });

  it('BadUserInputError carries no status unless asked: a field error keeps Apollo’s 200', () => {
    expect(new BadUserInputError('to is before from', { argumentName: 'to' }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'to',
    });
    expect(new BadUserInputError('text: too long', { httpStatus: 400 }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
    });
  });

  it('the others: their code, and the status that goes with it', () => {
    const cases: [GraphQLError, string, number | undefined][] = [
      [new RequestShapeError('too deep', ErrorCode.QUERY_TOO_DEEP), 'QUERY_TOO_DEEP', 400],
      [new TooManyStatementsError(3), 'TOO_MANY_STATEMENTS', undefined],
      [new UnauthenticatedError('needs the token'), 'UNAUTHENTICATED', 401],
      [new ForbiddenError('mutations are off'), 'FORBIDDEN', 403],
      [new BadAgreementTextError('no Pasal found', 'NO_ARTICLES'), 'BAD_AGREEMENT_TEXT', undefined],
    ];
    for (const [error, code, status] of cases) {
      expect(error.extensions.code).toBe(code);
      expect((error.extensions.http as { status?: number } | undefined)?.status).toBe(status);
    }
    expect(new TooManyStatementsError(3).message).toBe(
      'this request needs more than 3 database statements (MAX_STATEMENTS_PER_REQUEST); split it into smaller requests',
    );
    expect(new BadAgreementTextError('no Pasal found', 'NO_ARTICLES').extensions.reason).toBe('NO_ARTICLES');
  });
});

/** A context whose database fails the test if anything reaches it. */
const untouchable = {
  db: new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(`the database was used (${String(property)}) before the arguments were checked`);
      },
    },
  ),
} as unknown as Context;

/** Whatever the resolver does (throw or reject), the error it ends with. */
async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('the page-size limit, when a resolver is reached without the limits plugin', () => {
  it('answers PAGE_SIZE_OUT_OF_RANGE from a ranked list, a statistic, search and a connection alike', async () => {
    const errors = [
      await failure(() => new RelationshipResolver().sharedSignatories(untouchable, 2, { first: 101 })),
      await failure(() => new RelationshipResolver().clauseVariants(untouchable, 'SCOPE', { first: 0 })),
      await failure(() =>
        new StatsResolver().agreementStats(untouchable, 'YEAR', null, { first: 101 }, null),
      ),
      await failure(() => new SearchResolver().search(untouchable, 'sertifikat', { first: 101 }, undefined!)),
      await failure(() => connectionPage({ first: 1000 }, () => Promise.reject(new Error('fetched')))),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(PageSizeError);
      expect((error as PageSizeError).extensions.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    }
  });

  it('accepts 1 and 100, refuses 0, 101 and fractions', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, 101, 2.5, -1]) expect(() => pageSize(bad)).toThrow(PageSizeError);
  });
});
