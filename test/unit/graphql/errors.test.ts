import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { classifyError, createErrorFormatter, isUnavailable } from '../../../src/graphql/errors.js';

/** An error as a resolver throws it: Apollo wraps the original as the GraphQLError's originalError. */
function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['search'] });
}

function neo4jError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('database errors leaving the API', () => {
  it('a transient error (a transaction terminated by a restart) is SERVICE_UNAVAILABLE, not a bug', () => {
    const error = fromResolver(
      neo4jError(
        'Neo.TransientError.Transaction.Terminated',
        'The transaction has been terminated. Retry your operation',
      ),
    );
    expect(classifyError(error)).toBe('unavailable');
    const shaped = createErrorFormatter(true)({ message: error.message, path: ['search'] }, error);
    expect(shaped.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(shaped.message).not.toContain('Retry your operation');
  });

  it('an unreachable server is SERVICE_UNAVAILABLE; a client error of Neo4j stays a bug to log', () => {
    expect(isUnavailable('ServiceUnavailable')).toBe(true);
    expect(isUnavailable('Neo.TransientError.Transaction.DeadlockDetected')).toBe(true);
    expect(isUnavailable('Neo.ClientError.Statement.SyntaxError')).toBe(false);
    expect(isUnavailable(undefined)).toBe(false);
    const syntax = fromResolver(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'));
    expect(classifyError(syntax)).toBe('unexpected');
    const shaped = createErrorFormatter(true)({ message: 'Invalid input', path: ['search'] }, syntax);
    expect(shaped).toEqual({
      message: 'internal error; report it with the requestId',
      path: ['search'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
