import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClauseRecord, PartyRecord } from '../../graph/read/entity-queries.js';
import { Carried } from '../carried-fields.js';
import type { Context } from '../context.js';
import { Clause, Provision } from '../types/clause.type.js';
import { Decree } from '../types/decree.type.js';
import { Institution } from '../types/institution.type.js';
import { Official } from '../types/official.type.js';
import { Party } from '../types/party.type.js';

@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description:
      'The office that signs (may be a unit); null when it was not read with confidence (redacted, a placeholder, a weak read).',
  })
  @Carried()
  async institution(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Institution | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.institutionId ? ctx.loaders.institution.load(links.institutionId) : null;
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The top-level agency the institution belongs to; null when no body was read.',
  })
  @Carried()
  async agency(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Institution | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.agencyId ? ctx.loaders.institution.load(links.agencyId) : null;
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description:
      'The body the office acts for when the text says so apart ("… serta sah mewakili Pemerintah Kabupaten Sukamaju"); the signing office stays `institution`.',
  })
  @Carried()
  async actsFor(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Institution | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.actsForId ? ctx.loaders.institution.load(links.actsForId) : null;
  }

  @FieldResolver(() => Official, {
    nullable: true,
    description: 'Null when no name was read with confidence (see signatoryName and Agreement.warnings).',
  })
  @Carried()
  async signatory(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Official | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.signatoryId ? ctx.loaders.official.load(links.signatoryId) : null;
  }

  @FieldResolver(() => Decree, {
    nullable: true,
    description: 'The decree that appointed the signatory; null when acting "dalam jabatannya".',
  })
  @Carried()
  async appointment(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Decree | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.appointmentId ? ctx.loaders.decree.load(links.appointmentId) : null;
  }

  @FieldResolver(() => [Provision])
  async obligations(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Provision[]> {
    return (await ctx.loaders.provisionsOfParty.load(party.id)).filter((p) => p.kind === 'OBLIGATION');
  }

  @FieldResolver(() => [Provision])
  async rights(@Root() party: PartyRecord, @Ctx() ctx: Context): Promise<Provision[]> {
    return (await ctx.loaders.provisionsOfParty.load(party.id)).filter((p) => p.kind === 'RIGHT');
  }
}

@Resolver(() => Clause)
export class ClauseResolver {
  @FieldResolver(() => [Provision], { description: 'The obligations and rights read from this article.' })
  async provisions(@Root() clause: ClauseRecord, @Ctx() ctx: Context): Promise<Provision[]> {
    return await ctx.loaders.provisionsOfClause.load(clause.id);
  }
}
