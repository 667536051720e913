import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { decreePage } from '../../graph/read/list-queries.js';
import type { Context } from '../context.js';
import { loadAll } from '../loaders/create-loaders.js';
import { Agreement } from '../types/agreement.type.js';
import { connectionPage, PageArgs } from '../inputs/page.args.js';
import { connectionType, type Connection } from '../types/connection.type.js';
import { Decree } from '../types/decree.type.js';
import { DecreeKind } from '../types/enums.js';
import { Citation, LegalBasis } from '../types/mentions.type.js';
import { Official } from '../types/official.type.js';
import { EntityResolver } from './entity.resolver.js';

export const DecreeConnection = connectionType(Decree, 'Decree');

@Resolver(() => Decree)
export class DecreeResolver extends EntityResolver(Decree, {
  name: 'decree',
  loader: (loaders) => loaders.decree,
}) {
  @Query(() => DecreeConnection, { description: 'Legal instruments by text, kind and year.' })
  async decrees(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('kind', () => DecreeKind, { nullable: true }) kind: keyof typeof DecreeKind | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<Decree>> {
    return connectionPage(page, ({ offset, size }) =>
      decreePage(ctx.db, { search, kind, year }, offset, size),
    );
  }

  @FieldResolver(() => [Decree], { description: 'Instruments this one amends.' })
  async amends(@Root() decree: Decree, @Ctx() ctx: Context): Promise<Decree[]> {
    return loadAll(ctx.loaders.decree, await ctx.loaders.amendmentsOfDecree.load(decree.id));
  }

  @FieldResolver(() => [Decree], { description: 'Instruments that amend this one.' })
  async amendedBy(@Root() decree: Decree, @Ctx() ctx: Context): Promise<Decree[]> {
    return loadAll(ctx.loaders.decree, await ctx.loaders.amendersOfDecree.load(decree.id));
  }

  @FieldResolver(() => [Citation], { description: 'Where agreements cite it in their body.' })
  citedBy(@Root() decree: Decree, @Ctx() ctx: Context): Promise<Citation[]> {
    return ctx.loaders.citationsOfDecree.load(decree.id);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that list it as a legal basis.' })
  async basisOf(@Root() decree: Decree, @Ctx() ctx: Context): Promise<Agreement[]> {
    return loadAll(ctx.loaders.agreement, await ctx.loaders.basisOfDecree.load(decree.id));
  }

  @FieldResolver(() => [Official], { description: 'Officials it appointed, as the agreements state.' })
  async appoints(@Root() decree: Decree, @Ctx() ctx: Context): Promise<Official[]> {
    return loadAll(ctx.loaders.official, await ctx.loaders.appointeesOfDecree.load(decree.id));
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Decree, { nullable: true })
  decree(@Root() citation: Citation, @Ctx() ctx: Context): Promise<Decree | null> {
    return ctx.loaders.decree.load(citation.decreeId);
  }

  @FieldResolver(() => Agreement, { nullable: true })
  agreement(@Root() citation: Citation, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.agreement.load(citation.agreementId);
  }
}

@Resolver(() => LegalBasis)
export class LegalBasisResolver {
  @FieldResolver(() => Decree, { nullable: true })
  decree(@Root() basis: LegalBasis, @Ctx() ctx: Context): Promise<Decree | null> {
    return ctx.loaders.decree.load(basis.decreeId);
  }

  @FieldResolver(() => Agreement, { nullable: true })
  agreement(@Root() basis: LegalBasis, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.agreement.load(basis.agreementId);
  }
}
