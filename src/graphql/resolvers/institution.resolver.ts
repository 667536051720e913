import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { institutionPage } from '../../graph/read/list-queries.js';
import type { Context } from '../context.js';
import { loadAll } from '../loaders/create-loaders.js';
import { Agreement } from '../types/agreement.type.js';
import { connectionPage, FirstArgs, PageArgs, pageSize } from '../inputs/page.args.js';
import { connectionType, type Connection } from '../types/connection.type.js';
import { Institution } from '../types/institution.type.js';
import { Official } from '../types/official.type.js';
import { EntityResolver } from './entity.resolver.js';

export const InstitutionConnection = connectionType(Institution, 'Institution');

@Resolver(() => Institution)
export class InstitutionResolver extends EntityResolver(Institution, {
  name: 'institution',
  loader: (loaders) => loaders.institution,
}) {
  @Query(() => InstitutionConnection, {
    description: 'Institutions by name (any spelling seen, or acronym).',
  })
  async institutions(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('agenciesOnly', () => Boolean, { defaultValue: false }) agenciesOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Institution>> {
    return connectionPage(page, ({ offset, size }) =>
      institutionPage(ctx.db, search, agenciesOnly, offset, size),
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
    @Args(() => FirstArgs) { first }: FirstArgs,
  ): Promise<Agreement[]> {
    const ids = await ctx.loaders.agreementsOfInstitution.load(institution.id);
    return loadAll(ctx.loaders.agreement, ids.slice(0, pageSize(first, 'agreements')));
  }

  @FieldResolver(() => [Official], { description: 'Officials who signed for it.' })
  async signatories(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Official[]> {
    return loadAll(ctx.loaders.official, await ctx.loaders.signatoriesOfInstitution.load(institution.id));
  }
}
