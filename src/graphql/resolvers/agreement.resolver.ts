import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { agreementPage } from '../../graph/read/list-queries.js';
import type { Context } from '../context.js';
import { AgreementFilter, AgreementOrder } from '../inputs/agreement-filter.input.js';
import { connectionPage, PageArgs } from '../inputs/page.args.js';
import { loadAll } from '../loaders/create-loaders.js';
import { primeAgreement, primeLinkedParties } from '../loaders/prime-loaders.js';
import { partyNode, type AgreementNode } from '../answer-nodes.js';
import { Carried } from '../carried-fields.js';
import type { AgreementRecord } from '../../graph/read/records.js';
import { parseNumberInput, parseSearchInput } from '../parse-search-input.js';
import { partySelection, selectedEntries } from '../field-selection.js';
import { selectsPath } from '../selects-path.js';
import { Agreement } from '../types/agreement.type.js';
import { AgreementWarning } from '../types/agreement-warning.type.js';
import { Clause, Definition } from '../types/clause.type.js';
import { connectionType, type Connection } from '../types/connection.type.js';
import { ClauseTopic } from '../types/enums.js';
import { Citation, LegalBasis } from '../types/mentions.type.js';
import { Party } from '../types/party.type.js';
import { SourceDocument } from '../types/source-document.type.js';
import { EntityResolver } from './entity.resolver.js';

export const AgreementConnection = connectionType(Agreement, 'Agreement');

@Resolver(() => Agreement)
export class AgreementResolver extends EntityResolver(Agreement, {
  name: 'agreement',
  description: 'One agreement by id; null when there is none.',
  loader: (loaders) => loaders.agreement,
}) {
  @Query(() => AgreementConnection, {
    description: 'Loaded agreements, filtered and ordered, one page at a time.',
  })
  async agreements(
    @Ctx() ctx: Context,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | null,
    @Arg('orderBy', () => AgreementOrder, { nullable: true }) orderBy: AgreementOrder | null,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AgreementNode>> {
    // Parties asked for: read them (and what they link to) in the page's own statement, so the
    // nested fields cost no further round trip.
    const withParties = selectsPath(info, ['edges', 'node', 'parties']);
    // Text and number that cannot be searched are refused here, before any Cypher runs.
    if (filter?.text != null) parseSearchInput(filter.text, 'filter.text');
    if (filter?.number != null) parseNumberInput(filter.number, 'filter.number');
    const order = {
      field: orderBy?.field ?? 'SIGNED_ON',
      descending: (orderBy?.direction ?? 'DESC') === 'DESC',
    };
    return connectionPage(page, async ({ offset, size }) => {
      // Only the agreement and party fields the request selects are read (field-selection.ts).
      const partyFields = withParties ? partySelection(info) : null;
      const agreementFields = selectedEntries(info, ['edges', 'node'], 'Agreement');
      const found = await agreementPage(ctx.db, filter ?? {}, order, offset, size, {
        withParties,
        partyFields,
        agreementFields,
      });
      // Each node is the answer itself: the agreement with its parties (and theirs) as properties
      // named like the fields, so graphql-js reads them (carried-fields.ts) instead of calling a
      // resolver and a loader per object. The loaders still learn the entities, for the fields
      // that reach them another way in the same request; a record with some fields only is the
      // answer's, never a loader's, which must be whole.
      const whole = agreementFields === null;
      const items = found.items.map(({ agreement, parties, partyNodes }) => {
        if (partyNodes) {
          if (whole) primeAgreement(ctx.loaders, agreement.id, agreement);
          return { ...agreement, parties: partyNodes };
        }
        const node: AgreementNode = parties ? { ...agreement, parties: parties.map(partyNode) } : agreement;
        if (whole) primeAgreement(ctx.loaders, agreement.id, node);
        if (parties) primeLinkedParties(ctx.loaders, agreement.id, parties);
        return node;
      });
      return { ...found, items };
    });
  }

  @FieldResolver(() => [Party], { description: 'The parties, in the order the text introduces them.' })
  @Carried()
  parties(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<Party[]> {
    return ctx.loaders.partiesOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [Clause], { description: 'The articles in order; `topic` keeps only one kind.' })
  async clauses(
    @Root() agreement: AgreementRecord,
    @Ctx() ctx: Context,
    @Arg('topic', () => ClauseTopic, { nullable: true }) topic: keyof typeof ClauseTopic | null,
  ): Promise<Clause[]> {
    const clauses = await ctx.loaders.clausesOfAgreement.load(agreement.id);
    return topic ? clauses.filter((c) => c.topic === topic) : clauses;
  }

  @FieldResolver(() => [LegalBasis], { description: 'Instruments in the considerations, in printed order.' })
  legalBases(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<LegalBasis[]> {
    return ctx.loaders.legalBasesOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [Citation], { description: 'Instruments cited in the body, in printed order.' })
  citations(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<Citation[]> {
    return ctx.loaders.citationsOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The MoU this agreement follows up.' })
  async implements(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<Agreement | null> {
    const id = await ctx.loaders.implementedBy.load(agreement.id);
    return id ? ctx.loaders.agreement.load(id) : null;
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that follow this one up (for an MoU).' })
  async implementedBy(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<Agreement[]> {
    return loadAll(ctx.loaders.agreement, await ctx.loaders.implementersOf.load(agreement.id));
  }

  @FieldResolver(() => [Definition])
  definitions(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<Definition[]> {
    return ctx.loaders.definitionsOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The text it was loaded from.' })
  source(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return ctx.loaders.sourceOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [AgreementWarning], {
    description:
      'What the intake (OCR, encoding) and the parser found doubtful when it was loaded; empty when nothing was. agreements(filter: { hasWarnings: true }) finds the agreements to review.',
  })
  warnings(@Root() agreement: AgreementRecord, @Ctx() ctx: Context): Promise<AgreementWarning[]> {
    return ctx.loaders.warningsOfAgreement.load(agreement.id);
  }
}
