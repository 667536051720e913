import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Agreement } from './agreement.type.js';
import { Decree } from './decree.type.js';
import { Institution } from './institution.type.js';
import { Official } from './official.type.js';

@ObjectType({
  simpleResolvers: true,
  description: 'An official who signed several agreements, and for and with whom.',
})
export class SharedSignatory {
  @Field(() => Official)
  official!: Official;

  @Field(() => [Institution], {
    description: 'The top-level agencies the official signed for (a unit rolls up to its agency), by name.',
  })
  signedFor!: Institution[];

  @Field(() => [Institution], {
    description:
      'The top-level agencies of the other parties of those agreements, by name (may include a signedFor agency when an agreement joins two parts of one agency).',
  })
  counterparts!: Institution[];

  @Field(() => [Agreement], {
    description: 'The agreements signed, oldest first; at most 100 (see agreementCount).',
  })
  agreements!: Agreement[];

  @Field(() => Int, { description: 'How many agreements the official signed.' })
  agreementCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A legal instrument that several agreements rely on.' })
export class SharedLegalBasis {
  @Field(() => Decree)
  decree!: Decree;

  @Field(() => [Institution], {
    description: 'The top-level agencies party to those agreements, by name; at most 100.',
  })
  agencies!: Institution[];

  @Field(() => [Agreement], {
    description:
      'The agreements relying on it in the scope asked, oldest first; at most 100 (see agreementCount).',
  })
  agreements!: Agreement[];

  @Field(() => Int, { description: 'How many agreements rely on it in the scope asked.' })
  agreementCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One entity on a connection path.' })
export class PathNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'Agreement, Party (one side of one agreement, joining it to its signatory, body and decree), Institution, Official or Decree.',
  })
  type!: string;

  @Field(() => String, {
    description:
      'Display name: title (else first number) of an agreement, PIHAK label of a party, name of an institution or official, the mention of a decree.',
  })
  label!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One relationship on a connection path, in its stored direction.',
})
export class PathRelationship {
  @Field(() => String, { description: 'HAS_PARTY, ACTS_FOR, OF_AGENCY, SIGNED_BY, PART_OF, LEGAL_BASIS, …' })
  type!: string;

  @Field(() => ID, { description: 'Id of the node it starts at.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node it ends at.' })
  to!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A shortest chain of relationships between two entities. It follows agreements, parties, institutions (PART_OF), officials, decrees (legal bases, appointments, amendments) and IMPLEMENTS; never clauses, provisions, definitions, source documents or in-article citations (CITES), which would join any two agreements through boilerplate.',
})
export class ConnectionPath {
  @Field(() => [PathNode], { description: 'From the first entity to the second, in order.' })
  nodes!: PathNode[];

  @Field(() => [PathRelationship], { description: 'Between consecutive nodes, in order.' })
  relationships!: PathRelationship[];

  @Field(() => Int, { description: 'Number of relationships (0 when both ids name one entity).' })
  length!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One way an article topic appears across loaded agreements. TERM: one variant per (durationMonths, terminationNoticeDays) pair, as read from the term article. Any other topic: one variant per article heading, upper-cased (an agreement with two articles of the topic appears under each heading). For every topic, agreements with no article of the topic form one variant with present = false.',
})
export class ClauseVariant {
  @Field(() => Boolean, { description: 'False for the agreements that have no article of this topic.' })
  present!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The heading, upper-cased (topics other than TERM); null for TERM and when absent.',
  })
  heading!: string | null;

  @Field(() => Int, { nullable: true, description: 'TERM only: the duration in months.' })
  durationMonths!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'TERM only: the notice period for early termination, in days.',
  })
  terminationNoticeDays!: number | null;

  @Field(() => Int, { description: 'How many agreements have this variant.' })
  agreementCount!: number;

  @Field(() => [Agreement], { description: 'Those agreements, oldest first; at most 100.' })
  agreements!: Agreement[];
}
