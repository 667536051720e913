import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { officialPage } from '../../graph/read/list-queries.js';
import type { Context } from '../context.js';
import { loadAll } from '../loaders/create-loaders.js';
import { Agreement } from '../types/agreement.type.js';
import { connectionPage, PageArgs } from '../inputs/page.args.js';
import { connectionType, type Connection } from '../types/connection.type.js';
import { Decree } from '../types/decree.type.js';
import { Institution } from '../types/institution.type.js';
import { Position } from '../types/mentions.type.js';
import { Official } from '../types/official.type.js';
import { EntityResolver } from './entity.resolver.js';

export const OfficialConnection = connectionType(Official, 'Official');

@Resolver(() => Official)
export class OfficialResolver extends EntityResolver(Official, {
  name: 'official',
  loader: (loaders) => loaders.official,
}) {
  @Query(() => OfficialConnection, { description: 'Officials by name (any spelling seen).' })
  async officials(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Official>> {
    return connectionPage(page, ({ offset, size }) => officialPage(ctx.db, search, offset, size));
  }

  @FieldResolver(() => [Position], {
    description: 'Every signing, oldest first: who they were, for whom, when.',
  })
  positions(@Root() official: Official, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.positionsOfOfficial.load(official.id);
  }

  @FieldResolver(() => [Decree], { description: 'Decrees that appointed them, as the agreements state.' })
  async decrees(@Root() official: Official, @Ctx() ctx: Context): Promise<Decree[]> {
    return loadAll(ctx.loaders.decree, await ctx.loaders.decreesOfOfficial.load(official.id));
  }

  @FieldResolver(() => [Agreement])
  async agreements(@Root() official: Official, @Ctx() ctx: Context): Promise<Agreement[]> {
    const positions = await ctx.loaders.positionsOfOfficial.load(official.id);
    return loadAll(ctx.loaders.agreement, [...new Set(positions.map((p) => p.agreementId))]);
  }

  @FieldResolver(() => [Institution], { description: 'The bodies they signed for.' })
  async institutions(@Root() official: Official, @Ctx() ctx: Context): Promise<Institution[]> {
    const positions = await ctx.loaders.positionsOfOfficial.load(official.id);
    const ids = positions.map((p) => p.institutionId).filter((id): id is string => id !== null);
    return loadAll(ctx.loaders.institution, [...new Set(ids)]);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Agreement, { nullable: true })
  agreement(@Root() position: Position, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.agreement.load(position.agreementId);
  }

  @FieldResolver(() => Institution, { nullable: true })
  async institution(@Root() position: Position, @Ctx() ctx: Context): Promise<Institution | null> {
    return position.institutionId ? ctx.loaders.institution.load(position.institutionId) : null;
  }

  @FieldResolver(() => Institution, { nullable: true })
  async agency(@Root() position: Position, @Ctx() ctx: Context): Promise<Institution | null> {
    return position.agencyId ? ctx.loaders.institution.load(position.agencyId) : null;
  }

  @FieldResolver(() => Decree, { nullable: true })
  async appointment(@Root() position: Position, @Ctx() ctx: Context): Promise<Decree | null> {
    return position.appointmentId ? ctx.loaders.decree.load(position.appointmentId) : null;
  }
}
