import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from './context.js';
import { ErrorCode } from './error-code.js';

/** Neo4j driver codes that mean "the database is not reachable right now". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Whether a Neo4j error means "not now, try again": the database unreachable, or a transient
 * error (a transaction terminated by a restart, a deadlock, a leader switch), which Neo4j itself
 * classes as retryable. Either way the client's request was fine and the same request can succeed.
 */
export function isUnavailable(code: string | undefined): boolean {
  return code !== undefined && (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.'));
}

function neo4jCode(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

/** What an error leaving the API is: the client's mistake, the database away, or a bug of ours. */
export type ErrorKind = 'expected' | 'unavailable' | 'unexpected';

/**
 * An error is expected when something gave it a code on purpose (a refusal of ours, Apollo's
 * parse, validation and variable errors, type-graphql's authorization): the message already
 * tells the client what to do. A database outage is operational. Anything else, an exception
 * nobody turned into a coded GraphQLError, is a bug and must reach the logs.
 */
export function classifyError(error: GraphQLError): ErrorKind {
  const original = unwrapResolverError(error);
  if (isUnavailable(neo4jCode(original))) return 'unavailable';
  const own =
    error.extensions.code ?? (original instanceof GraphQLError ? original.extensions.code : undefined);
  return own === undefined || own === ErrorCode.INTERNAL_SERVER_ERROR ? 'unexpected' : 'expected';
}

/**
 * Shapes every error leaving the API. A database outage becomes SERVICE_UNAVAILABLE (clients can
 * retry); in production an unexpected error says only "internal error" with the request id to
 * report, so no stack trace, Cypher or driver detail ever reaches a client (the log has them).
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isUnavailable(neo4jCode(original))) {
      return {
        message: 'the graph database is not reachable right now; try again shortly',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const known = formatted.extensions?.code;
    if (production && (known === undefined || known === ErrorCode.INTERNAL_SERVER_ERROR)) {
      return {
        message: 'internal error; report it with the requestId',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}

/**
 * Logs each unexpected error once, at error level, with the request id, the operation and the
 * stack (the log is the operator's; the client gets none of it in production), and a database
 * outage once per request at warn. Client mistakes are not logged above debug: they are the
 * client's to fix and would drown the real errors. Every error returned carries
 * `extensions.requestId`, and every response an `x-request-id` header, so a user's report
 * finds its log lines.
 */
export function errorReportingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const logged = new Set<unknown>();
          let unavailableLogged = false;
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const kind = classifyError(error);
            if (kind === 'expected') {
              contextValue.log.debug('request refused', {
                code: error.extensions.code,
                message: error.message,
                operationName,
              });
            } else if (kind === 'unavailable') {
              if (!unavailableLogged) contextValue.log.warn('database unavailable', { error: original });
              unavailableLogged = true;
            } else if (!logged.has(original)) {
              // One batch failure reaches many fields as the same error: log it once.
              logged.add(original);
              contextValue.log.error('unexpected error', {
                error: original,
                stack: original instanceof Error ? original.stack : undefined,
                path: error.path,
                operationName,
              });
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          result.errors = result.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
