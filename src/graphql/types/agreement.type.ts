import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { AgreementKind } from './enums.js';

// simpleResolvers (on every object type here): plain fields are read by graphql-js's default
// resolver, without type-graphql's per-field wrapper; no field of these types has a guard or
// middleware. Relations keep their field resolvers (see ../carried-fields.ts).
@ObjectType({
  simpleResolvers: true,
  description: 'A cooperation agreement (PKS), MoU or addendum.',
})
export class Agreement {
  @Field(() => ID)
  id!: string;

  @Field(() => AgreementKind)
  kind!: keyof typeof AgreementKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The kind as printed in the title, case kept ("Nota Kesepahaman", "NASKAH PERJANJIAN HIBAH DAERAH", "Adendum"); null when no title names it.',
  })
  kindName!: string | null;

  @Field(() => Boolean, { description: 'A "Draft" / "Konsep" marker stands above the title.' })
  isDraft!: boolean;

  @Field(() => String, { nullable: true, description: 'The subject after TENTANG / MENGENAI.' })
  title!: string | null;

  @Field(() => [String], { description: 'Each document number exactly as printed, in order.' })
  numbers!: string[];

  @Field(() => DateScalar, { nullable: true })
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Senin … Minggu, as printed.' })
  signedDay!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The start date the text states, else the signing date.',
  })
  effectiveFrom!: string | null;

  @Field(() => Int, { nullable: true })
  durationMonths!: number | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Notice period for early termination, in days.' })
  terminationNoticeDays!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the term may be extended; null when not stated.',
  })
  renewable!: boolean | null;

  @Field(() => Boolean, {
    description:
      'False for an agreement only known because another one refers to it (e.g. an MoU that a PKS implements) and whose text was never loaded.',
  })
  loaded!: boolean;
}
