import { Field, Int, ObjectType } from 'type-graphql';
import { TextSpan } from './text-span.type.js';

@ObjectType({
  simpleResolvers: true,
  description: "A correspondence contact from the agreement's KORESPONDENSI article.",
})
export class Contact {
  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true })
  person!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One side of an agreement: who signed, for which body, in which position.',
})
export class Party {
  /** Internal id, used by the field resolvers to load relations. */
  id!: string;

  @Field(() => Int, { description: '1, 2, … in the order the parties are introduced.' })
  ordinal!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'As printed: PIHAK KESATU, PIHAK PERTAMA, PIHAK I …; null when the text names no label (memoranda saying only "Para Pihak").',
  })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signatory as read, ranks and degrees apart; also when it was read only by a weak rule and so links to no Official (see Agreement.warnings). Null when absent, redacted or a placeholder.',
  })
  signatoryName!: string | null;

  @Field(() => String, { nullable: true, description: 'Jabatan of the signatory, as printed.' })
  position!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => Contact, { nullable: true })
  contact!: Contact | null;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}
