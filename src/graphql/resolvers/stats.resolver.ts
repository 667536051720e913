import { GraphQLError } from 'graphql';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import {
  MAX_SERIES_MONTHS,
  monthCount,
  type MonthlyCountRecord,
} from '../../graph/read/stats-month-series.js';
import { countAgreements, countSigningsByMonth, type StatRowRecord } from '../../graph/read/stats-queries.js';
import type { Context } from '../context.js';
import { AgreementStatsFilter } from '../inputs/stats-filter.input.js';
import { MAX_PAGE_SIZE } from '../limits.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { StatsGroupBy } from '../types/enums.js';
import { MonthlyCount, StatRow } from '../types/stats.types.js';

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/**
 * Dashboard queries: flat rows a Grafana GraphQL / JSON data source or a notebook reads as a
 * table without reshaping. Thin: arguments are checked here, the Cypher lives in
 * src/graph/read/stats-queries.ts.
 */
@Resolver()
export class StatsResolver {
  @Query(() => [StatRow], {
    description:
      'Loaded agreements counted by YEAR (of signing; oldest first), AGENCY, KIND, CLAUSE_TOPIC or SIGNATORY (largest first). An agreement counts once under each agency party to it, each official who signed it and each topic it has an article on.',
  })
  agreementStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => StatsGroupBy) groupBy: StatsGroupBy,
    @Arg('filter', () => AgreementStatsFilter, { nullable: true }) filter: AgreementStatsFilter | null,
    @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE, description: 'At most this many rows (1..100).' })
    first: number,
  ): Promise<StatRowRecord[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badInput(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    }
    return countAgreements(ctx.db, { groupBy, filter: filter ?? {}, first });
  }

  @Query(() => [MonthlyCount], {
    description: `Agreements signed per month, dated from through to (inclusive): one row for every month from from's month through to's month, 0 where none were signed, oldest first. At most ${MAX_SERIES_MONTHS} months (50 years).`,
  })
  signingsByMonth(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('filter', () => AgreementStatsFilter, { nullable: true }) filter: AgreementStatsFilter | null,
  ): Promise<MonthlyCountRecord[]> {
    if (to < from) throw badInput(`to (${to}) is before from (${from}); swap them`, 'to');
    const months = monthCount(from, to);
    if (months > MAX_SERIES_MONTHS) {
      throw badInput(
        `from ${from} to ${to} spans ${months} months; at most ${MAX_SERIES_MONTHS} (50 years) per request, so split the range`,
        'to',
      );
    }
    return countSigningsByMonth(ctx.db, { from, to, filter: filter ?? {} });
  }
}
