import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { agreementPage } from '../../graph/read/list-queries.js';
import type { Context } from '../context.js';
import { AgreementFilter, AgreementOrder } from '../inputs/agreement-filter.input.js';
import { loadAll } from '../loaders/create-loaders.js';
import { primeAgreement, primeLinkedParties } from '../loaders/prime-loaders.js';
import { parseNumberInput, parseSearchInput } from '../parse-search-input.js';
import { selectsPath } from '../selects-path.js';
import { Agreement } from '../types/agreement.type.js';
import { Clause, Definition } from '../types/clause.type.js';
import {
  connectionType,
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../types/connection.type.js';
import { ClauseTopic } from '../types/enums.js';
import { Citation, LegalBasis } from '../types/mentions.type.js';
import { Party } from '../types/party.type.js';
import { SourceDocument } from '../types/source-document.type.js';

export const AgreementConnection = connectionType(Agreement, 'Agreement');

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'One agreement by id; null when there is none.' })
  agreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.agreement.load(id);
  }

  @Query(() => AgreementConnection, {
    description: 'Loaded agreements, filtered and ordered, one page at a time.',
  })
  async agreements(
    @Ctx() ctx: Context,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | null,
    @Arg('orderBy', () => AgreementOrder, { nullable: true }) orderBy: AgreementOrder | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Agreement>> {
    // Parties asked for: read them (and what they link to) in the page's own statement, so the
    // nested fields cost no further round trip.
    const withParties = selectsPath(info, ['edges', 'node', 'parties']);
    // Text and number that cannot be searched are refused here, before any Cypher runs.
    if (filter?.text != null) parseSearchInput(filter.text, 'filter.text');
    if (filter?.number != null) parseNumberInput(filter.number, 'filter.number');
    const page = await agreementPage(
      ctx.db,
      filter ?? {},
      { field: orderBy?.field ?? 'SIGNED_ON', descending: (orderBy?.direction ?? 'DESC') === 'DESC' },
      decodeCursor(after),
      pageSize(first),
      { withParties },
    );
    for (const { agreement, parties } of page.items) {
      primeAgreement(ctx.loaders, agreement.id, agreement);
      if (parties) primeLinkedParties(ctx.loaders, agreement.id, parties);
    }
    return toConnection({ ...page, items: page.items.map((item) => item.agreement) });
  }

  @FieldResolver(() => [Party], { description: 'The parties, in the order the text introduces them.' })
  parties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Party[]> {
    return ctx.loaders.partiesOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [Clause], { description: 'The articles in order; `topic` keeps only one kind.' })
  async clauses(
    @Root() agreement: Agreement,
    @Ctx() ctx: Context,
    @Arg('topic', () => ClauseTopic, { nullable: true }) topic: keyof typeof ClauseTopic | null,
  ): Promise<Clause[]> {
    const clauses = await ctx.loaders.clausesOfAgreement.load(agreement.id);
    return topic ? clauses.filter((c) => c.topic === topic) : clauses;
  }

  @FieldResolver(() => [LegalBasis], { description: 'Instruments in the considerations, in printed order.' })
  legalBases(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<LegalBasis[]> {
    return ctx.loaders.legalBasesOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [Citation], { description: 'Instruments cited in the body, in printed order.' })
  citations(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Citation[]> {
    return ctx.loaders.citationsOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The MoU this agreement follows up.' })
  async implements(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Agreement | null> {
    const id = await ctx.loaders.implementedBy.load(agreement.id);
    return id ? ctx.loaders.agreement.load(id) : null;
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that follow this one up (for an MoU).' })
  async implementedBy(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Agreement[]> {
    return loadAll(ctx.loaders.agreement, await ctx.loaders.implementersOf.load(agreement.id));
  }

  @FieldResolver(() => [Definition])
  definitions(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Definition[]> {
    return ctx.loaders.definitionsOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The text it was loaded from.' })
  source(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return ctx.loaders.sourceOfAgreement.load(agreement.id);
  }
}
