import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../error-code.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new BadUserInputError(
    `Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
  );
}

/**
 * A calendar date without time or zone, as ISO 8601 `YYYY-MM-DD` — the form agreements are
 * signed and expire on, and the form Grafana's JSON data sources and notebooks parse directly.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD (e.g. 2023-05-15).',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  // Values from the graph layer are already ISO strings; Neo4j Date objects print as ISO too.
  serialize: (value) => parse(typeof value === 'string' ? value : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new BadUserInputError('Date must be a string written YYYY-MM-DD');
    }
    return parse(ast.value);
  },
});
