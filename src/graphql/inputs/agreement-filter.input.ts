import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { AgreementKind, AgreementOrderField, SortDirection } from '../types/enums.js';

@InputType({ description: 'All given conditions must hold.' })
export class AgreementFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'A top-level agency that is party (through any of its units).',
  })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An institution (agency or unit) that is party.' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An official who signed.' })
  officialId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A decree listed as legal basis, cited, or appointing a signatory.',
  })
  decreeId?: string | null;

  @Field(() => AgreementKind, { nullable: true })
  kind?: keyof typeof AgreementKind | null;

  @Field(() => DateScalar, { nullable: true })
  signedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  signedTo?: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in clause, provision or definition text (any of them; a "quoted phrase" as a phrase). Words, never query syntax; at most 1,000 characters and 32 words.',
  })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A document number as printed, e.g. "PERJ.206/BSSN/SU/HK.07.02/05/2023": agreements with exactly that number among theirs, ignoring case and whitespace ("PERJ.206 / BSSN / SU / …" matches too).',
  })
  number?: string | null;
}

@InputType()
export class AgreementOrder {
  @Field(() => AgreementOrderField, { defaultValue: 'SIGNED_ON' })
  field!: keyof typeof AgreementOrderField;

  @Field(() => SortDirection, { defaultValue: 'DESC' })
  direction!: keyof typeof SortDirection;
}
