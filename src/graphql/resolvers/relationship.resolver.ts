import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import {
  MAX_PATH_HOPS,
  MIN_PATH_HOPS,
  findAgreementsBetween,
  findClauseVariants,
  findConnectionPath,
  findExpiredAgreements,
  findExpiringAgreements,
  findSharedLegalBases,
  findSharedSignatories,
  type ClauseVariantRecord,
  type ConnectionPathRecord,
  type SharedLegalBasisRecord,
  type SharedSignatoryRecord,
} from '../../graph/read/relationship-queries.js';
import type { SelectedAgreementRecord } from '../../graph/read/records.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../error-code.js';
import { selectedEntries } from '../field-selection.js';
import { firstArgs, pageSize, type FirstArgs } from '../inputs/page.args.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Agreement } from '../types/agreement.type.js';
import { ClauseTopic, LegalBasisScope } from '../types/enums.js';
import {
  ClauseVariant,
  ConnectionPath,
  SharedLegalBasis,
  SharedSignatory,
} from '../types/relationship.types.js';

/** Ten years: enough for any agreement term, small enough that the window stays meaningful. */
const MAX_WITHIN_DAYS = 3650;

/**
 * Refuses an integer argument outside [min, max] before any Cypher runs, saying which argument,
 * what it accepts and what it got. `first` goes through pageSize instead, which answers
 * PAGE_SIZE_OUT_OF_RANGE as every list field does.
 */
function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${name} must be an integer from ${min} to ${max}, got ${value}`, {
      argumentName: name,
    });
  }
  return value;
}

/**
 * The agreement fields a list's statement must read for this request (field-selection.ts): the
 * fields selected on its items, null (every field) when one is not in the tables. The items are
 * the answer only; nothing primes a loader with them.
 */
function agreementFields(info: GraphQLResolveInfo): string[] | null {
  return selectedEntries(info, [], 'Agreement');
}

const FirstOfficials = firstArgs('officials');
const FirstInstruments = firstArgs('instruments');
const FirstAgreements = firstArgs('agreements');
const FirstVariants = firstArgs('variants');

/**
 * How entities relate across agreements. Thin: arguments are checked here, the Cypher lives in
 * src/graph/read/relationship-queries.ts, and the agreements, institutions, officials and decrees
 * returned are plain records whose relations the entity field resolvers load.
 */
@Resolver()
export class RelationshipResolver {
  @Query(() => [SharedSignatory], {
    description:
      'Officials who signed at least minAgreements agreements, with the agencies they signed for and the agencies on the other side; most agreements first.',
  })
  sharedSignatories(
    @Ctx() ctx: Context,
    @Arg('minAgreements', () => Int, { defaultValue: 2 }) minAgreements: number,
    @Args(() => FirstOfficials) { first }: FirstArgs,
  ): Promise<SharedSignatoryRecord[]> {
    return findSharedSignatories(ctx.db, {
      minAgreements: checkRange('minAgreements', minAgreements, 1, Number.MAX_SAFE_INTEGER),
      first: pageSize(first),
    });
  }

  @Query(() => [SharedLegalBasis], {
    description:
      'Legal instruments relied on by at least minAgreements agreements: as legal basis (BASIS, the Mengingat / Dengan memperhatikan list), cited in an article (CITATION), or either (ANY); most agreements first.',
  })
  sharedLegalBases(
    @Ctx() ctx: Context,
    @Arg('minAgreements', () => Int, { defaultValue: 2 }) minAgreements: number,
    @Arg('scope', () => LegalBasisScope, { defaultValue: 'ANY' }) scope: LegalBasisScope,
    @Args(() => FirstInstruments) { first }: FirstArgs,
  ): Promise<SharedLegalBasisRecord[]> {
    return findSharedLegalBases(ctx.db, {
      minAgreements: checkRange('minAgreements', minAgreements, 1, Number.MAX_SAFE_INTEGER),
      scope,
      first: pageSize(first),
    });
  }

  @Query(() => [Agreement], {
    description:
      'Agreements with a party under agencyA and another party under agencyB (a unit counts for its agency), oldest first; empty when either id is unknown.',
  })
  agreementsBetween(
    @Ctx() ctx: Context,
    @Arg('agencyA', () => ID) agencyA: string,
    @Arg('agencyB', () => ID) agencyB: string,
    @Args(() => FirstAgreements) { first }: FirstArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SelectedAgreementRecord[]> {
    return findAgreementsBetween(ctx.db, {
      agencyA,
      agencyB,
      first: pageSize(first),
      fields: agreementFields(info),
    });
  }

  @Query(() => ConnectionPath, {
    nullable: true,
    description:
      'A shortest path between two entities (agreement, institution, official or decree ids); null when an id is unknown or nothing connects them within maxHops relationships.',
  })
  connectionPath(
    @Ctx() ctx: Context,
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('maxHops', () => Int, {
      defaultValue: MAX_PATH_HOPS,
      description: `Most relationships the path may have (${MIN_PATH_HOPS}..${MAX_PATH_HOPS}). An agency reaches its agreement in 2 (through the Party), so two agencies joined by a common partner are 8 apart.`,
    })
    maxHops: number,
  ): Promise<ConnectionPathRecord | null> {
    return findConnectionPath(ctx.db, {
      fromId,
      toId,
      maxHops: checkRange('maxHops', maxHops, MIN_PATH_HOPS, MAX_PATH_HOPS),
    });
  }

  @Query(() => [Agreement], {
    description:
      'Agreements whose expiresOn falls from asOf through asOf + withinDays (both inclusive), soonest first.',
  })
  expiringAgreements(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: "Defaults to today (the database's date).",
    })
    asOf: string | null,
    @Arg('withinDays', () => Int, { defaultValue: 90, description: `0..${MAX_WITHIN_DAYS}.` })
    withinDays: number,
    @Args(() => FirstAgreements) { first }: FirstArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SelectedAgreementRecord[]> {
    return findExpiringAgreements(ctx.db, {
      asOf: asOf ?? null,
      withinDays: checkRange('withinDays', withinDays, 0, MAX_WITHIN_DAYS),
      first: pageSize(first),
      fields: agreementFields(info),
    });
  }

  @Query(() => [Agreement], {
    description:
      'Agreements that have already expired: expiresOn falls from asOf - withinDays (inclusive) up to but not including asOf, most recently expired first (ties by id). An agreement expiring on asOf itself is not expired yet (expiringAgreements lists it); one with no expiresOn (its text gives neither an end date nor a duration to count one from) is never listed.',
  })
  expiredAgreements(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: "Defaults to today (the database's date).",
    })
    asOf: string | null,
    @Arg('withinDays', () => Int, {
      defaultValue: 365,
      description: `How far back to look, in days (0..${MAX_WITHIN_DAYS}); 0 lists nothing, since the window ends before asOf.`,
    })
    withinDays: number,
    @Args(() => FirstAgreements) { first }: FirstArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SelectedAgreementRecord[]> {
    return findExpiredAgreements(ctx.db, {
      asOf: asOf ?? null,
      withinDays: checkRange('withinDays', withinDays, 0, MAX_WITHIN_DAYS),
      first: pageSize(first),
      fields: agreementFields(info),
    });
  }

  @Query(() => [ClauseVariant], {
    description:
      'How one topic of article differs across agreements (see ClauseVariant for the grouping); variants present first, most agreements first.',
  })
  clauseVariants(
    @Ctx() ctx: Context,
    @Arg('topic', () => ClauseTopic) topic: keyof typeof ClauseTopic,
    @Args(() => FirstVariants) { first }: FirstArgs,
  ): Promise<ClauseVariantRecord[]> {
    return findClauseVariants(ctx.db, { topic, first: pageSize(first) });
  }
}
