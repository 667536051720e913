import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { institutionPage } from '../../graph/read/list-queries.js';
import type { Context } from '../context.js';
import { loadAll } from '../loaders/create-loaders.js';
import { Agreement } from '../types/agreement.type.js';
import {
  connectionType,
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../types/connection.type.js';
import { Institution } from '../types/institution.type.js';
import { Official } from '../types/official.type.js';

export const InstitutionConnection = connectionType(Institution, 'Institution');

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true })
  institution(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Institution | null> {
    return ctx.loaders.institution.load(id);
  }

  @Query(() => InstitutionConnection, {
    description: 'Institutions by name (any spelling seen, or acronym).',
  })
  async institutions(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('agenciesOnly', () => Boolean, { defaultValue: false }) agenciesOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<Institution>> {
    return toConnection(
      await institutionPage(ctx.db, search, agenciesOnly, decodeCursor(after), pageSize(first)),
    );
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'For a unit, the agency it belongs to.' })
  async parent(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Institution | null> {
    const id = await ctx.loaders.parentOfInstitution.load(institution.id);
    return id ? ctx.loaders.institution.load(id) : null;
  }

  @FieldResolver(() => [Institution], { description: 'For an agency, its units seen in the texts.' })
  async units(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Institution[]> {
    return loadAll(ctx.loaders.institution, await ctx.loaders.unitsOfInstitution.load(institution.id));
  }

  @FieldResolver(() => [Agreement], {
    description: 'Agreements it is party to (for an agency, through any of its units), newest first.',
  })
  async agreements(
    @Root() institution: Institution,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<Agreement[]> {
    const ids = await ctx.loaders.agreementsOfInstitution.load(institution.id);
    return loadAll(ctx.loaders.agreement, ids.slice(0, pageSize(first)));
  }

  @FieldResolver(() => [Official], { description: 'Officials who signed for it.' })
  async signatories(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Official[]> {
    return loadAll(ctx.loaders.official, await ctx.loaders.signatoriesOfInstitution.load(institution.id));
  }
}
