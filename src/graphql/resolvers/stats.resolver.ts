import { Arg, Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import {
  MAX_SERIES_MONTHS,
  monthCount,
  type MonthlyCountRecord,
} from '../../graph/read/stats-month-series.js';
import {
  countAgreements,
  countExpirationsByMonth,
  countMatchingAgreements,
  countSigningsByMonth,
  type StatRowRecord,
} from '../../graph/read/stats-queries.js';
import type { Context } from '../context.js';
import { AgreementStatsFilter } from '../inputs/stats-filter.input.js';
import { BadUserInputError } from '../error-code.js';
import { firstArgs, pageSize, type FirstArgs } from '../inputs/page.args.js';
import { MAX_PAGE_SIZE } from '../limits.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { StatsGroupBy } from '../types/enums.js';
import { MonthlyCount, StatRow } from '../types/stats.types.js';

/** The range and filter of a month series (signingsByMonth, expirationsByMonth). */
@ArgsType()
class MonthSeriesArgs {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => AgreementStatsFilter, { nullable: true })
  filter?: AgreementStatsFilter | null;
}

function badInput(message: string, argumentName: string): BadUserInputError {
  return new BadUserInputError(message, { argumentName });
}

/** A statistic answers every row by default: a dashboard wants the whole table. */
const FirstRows = firstArgs('rows', MAX_PAGE_SIZE);

/** A month series' range, checked: `to` not before `from`, at most MAX_SERIES_MONTHS months. */
function checkSeriesRange(from: string, to: string): void {
  if (to < from) throw badInput(`to (${to}) is before from (${from}); swap them`, 'to');
  const months = monthCount(from, to);
  if (months > MAX_SERIES_MONTHS) {
    throw badInput(
      `from ${from} to ${to} spans ${months} months; at most ${MAX_SERIES_MONTHS} (50 years) per request, so split the range`,
      'to',
    );
  }
}

/** Today as the database's date() answers it (UTC, Neo4j's default time zone), YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
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
      'Loaded agreements counted by YEAR or MONTH (of signing; oldest first), AGENCY, INSTITUTION, KIND, CLAUSE_TOPIC or SIGNATORY (largest first). An agreement counts once under each agency party to it, each body a party acts for, each official who signed it and each topic it has an article on. With thenBy, one row per pair of keys (thenKey, thenId), ordered by key, then thenKey (YEAR and MONTH oldest first, others by name).',
  })
  agreementStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => StatsGroupBy) groupBy: StatsGroupBy,
    @Arg('filter', () => AgreementStatsFilter, { nullable: true }) filter: AgreementStatsFilter | null,
    @Args(() => FirstRows) { first }: FirstArgs,
    @Arg('thenBy', () => StatsGroupBy, {
      nullable: true,
      description: 'A second key (e.g. groupBy: AGENCY, thenBy: YEAR): rows per pair of keys.',
    })
    thenBy: StatsGroupBy | null,
  ): Promise<StatRowRecord[]> {
    if (thenBy === groupBy) {
      throw badInput(
        `thenBy is ${thenBy}, the same as groupBy; leave it out or choose another key`,
        'thenBy',
      );
    }
    return countAgreements(ctx.db, { groupBy, thenBy, filter: filter ?? {}, first: pageSize(first) });
  }

  @Query(() => [MonthlyCount], {
    description: `Agreements signed per month, dated from through to (inclusive): one row for every month from from's month through to's month, 0 where none were signed, oldest first. At most ${MAX_SERIES_MONTHS} months (50 years).`,
  })
  signingsByMonth(
    @Ctx() ctx: Context,
    @Args(() => MonthSeriesArgs) { from, to, filter }: MonthSeriesArgs,
  ): Promise<MonthlyCountRecord[]> {
    checkSeriesRange(from, to);
    return countSigningsByMonth(ctx.db, { from, to, filter: filter ?? {} });
  }

  @Query(() => [MonthlyCount], {
    description: `Agreements expiring per month, expiresOn from through to (inclusive): one row for every month from from's month through to's month, 0 where none expire, oldest first. Agreements whose text gives no expiry are not counted. At most ${MAX_SERIES_MONTHS} months (50 years).`,
  })
  expirationsByMonth(
    @Ctx() ctx: Context,
    @Args(() => MonthSeriesArgs) { from, to, filter }: MonthSeriesArgs,
  ): Promise<MonthlyCountRecord[]> {
    checkSeriesRange(from, to);
    return countExpirationsByMonth(ctx.db, { from, to, filter: filter ?? {} });
  }

  @Query(() => Int, {
    description:
      'How many loaded agreements are in force on a date (and match the filter): started on or before it (the start date of the term article, else the signing date) and expiring on or after it. Agreements whose text gives no expiry are not counted.',
  })
  activeAgreementCount(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Defaults to today (UTC).' })
    on: string | null,
    @Arg('filter', () => AgreementStatsFilter, { nullable: true }) filter: AgreementStatsFilter | null,
  ): Promise<number> {
    if (filter?.activeOn != null && on != null && filter.activeOn !== on) {
      throw badInput(
        `on (${on}) and filter.activeOn (${filter.activeOn}) name two dates; give one`,
        'filter.activeOn',
      );
    }
    return countMatchingAgreements(ctx.db, { ...filter, activeOn: on ?? filter?.activeOn ?? today() });
  }
}
