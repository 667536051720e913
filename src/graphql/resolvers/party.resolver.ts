import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Clause, Provision } from '../types/clause.type.js';
import { Decree } from '../types/decree.type.js';
import { Institution } from '../types/institution.type.js';
import { Official } from '../types/official.type.js';
import { Party } from '../types/party.type.js';

@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => Institution, { description: 'The body the signatory acts for (may be a unit).' })
  async institution(@Root() party: Party, @Ctx() ctx: Context): Promise<Institution | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.institutionId ? ctx.loaders.institution.load(links.institutionId) : null;
  }

  @FieldResolver(() => Institution, { description: 'The top-level agency the institution belongs to.' })
  async agency(@Root() party: Party, @Ctx() ctx: Context): Promise<Institution | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.agencyId ? ctx.loaders.institution.load(links.agencyId) : null;
  }

  @FieldResolver(() => Official, { nullable: true })
  async signatory(@Root() party: Party, @Ctx() ctx: Context): Promise<Official | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.signatoryId ? ctx.loaders.official.load(links.signatoryId) : null;
  }

  @FieldResolver(() => Decree, {
    nullable: true,
    description: 'The decree that appointed the signatory; null when acting "dalam jabatannya".',
  })
  async appointment(@Root() party: Party, @Ctx() ctx: Context): Promise<Decree | null> {
    const links = await ctx.loaders.partyLinks.load(party.id);
    return links?.appointmentId ? ctx.loaders.decree.load(links.appointmentId) : null;
  }

  @FieldResolver(() => [Provision])
  async obligations(@Root() party: Party, @Ctx() ctx: Context): Promise<Provision[]> {
    return (await ctx.loaders.provisionsOfParty.load(party.id)).filter((p) => p.kind === 'OBLIGATION');
  }

  @FieldResolver(() => [Provision])
  async rights(@Root() party: Party, @Ctx() ctx: Context): Promise<Provision[]> {
    return (await ctx.loaders.provisionsOfParty.load(party.id)).filter((p) => p.kind === 'RIGHT');
  }
}

@Resolver(() => Clause)
export class ClauseResolver {
  @FieldResolver(() => [Provision], { description: 'The obligations and rights read from this article.' })
  async provisions(@Root() clause: Clause, @Ctx() ctx: Context): Promise<Provision[]> {
    return await ctx.loaders.provisionsOfClause.load(clause.id);
  }
}
