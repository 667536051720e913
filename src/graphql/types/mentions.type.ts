import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { TextSpan } from './text-span.type.js';

@ObjectType({
  simpleResolvers: true,
  description:
    'An instrument listed in the considerations (Mengingat / Dengan memperhatikan) of an agreement.',
})
export class LegalBasis {
  decreeId!: string;
  agreementId!: string;

  @Field(() => String, { nullable: true, description: 'The mention as printed.' })
  text!: string | null;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An instrument cited in the body of an agreement (not a legal basis).',
})
export class Citation {
  decreeId!: string;
  agreementId!: string;

  @Field(() => String, { nullable: true, description: 'The article cited, e.g. "Pasal 1266".' })
  article!: string | null;

  @Field(() => String, { nullable: true, description: 'The Pasal of the agreement the citation stands in.' })
  clauseNumber!: string | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One signing by an official: the position held, for which body, under which decree.',
})
export class Position {
  agreementId!: string;
  institutionId!: string | null;
  agencyId!: string | null;
  appointmentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Jabatan as printed in that agreement.' })
  title!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When that agreement was signed.' })
  signedOn!: string | null;
}
