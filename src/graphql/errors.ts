import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Neo4j driver codes that mean "the database is not reachable right now". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

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

/**
 * Shapes every error leaving the API. A database outage becomes SERVICE_UNAVAILABLE (clients can
 * retry); in production an unexpected error says only "internal error", so no stack trace,
 * Cypher or driver detail ever reaches a client.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = neo4jCode(original);
    if (code && UNAVAILABLE.has(code)) {
      return {
        message: 'the graph database is not reachable right now; try again shortly',
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    const known = formatted.extensions?.code;
    if (production && (known === undefined || known === 'INTERNAL_SERVER_ERROR')) {
      return {
        message: 'internal error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return formatted;
  };
}
