import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { DecreeKind } from './enums.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Any legal instrument: law, regulation, decree, code, power of attorney.',
})
export class Decree {
  @Field(() => ID)
  id!: string;

  @Field(() => DecreeKind)
  kind!: keyof typeof DecreeKind;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Gazette reference (Lembaran Negara …), as printed.' })
  gazette!: string | null;

  @Field(() => String, { description: 'The mention as printed, for display.' })
  text!: string;
}
