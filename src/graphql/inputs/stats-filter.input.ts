import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { AgreementKind } from '../types/enums.js';

@InputType({ description: 'Which agreements a statistic counts; all given conditions must hold.' })
export class AgreementStatsFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'A top-level agency that is party (through any of its units).',
  })
  agencyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'An institution, agency or unit (e.g. Balai Sertifikasi Elektronik), that a party acts for or belongs to.',
  })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An official who signed.' })
  officialId?: string | null;

  @Field(() => AgreementKind, { nullable: true })
  kind?: keyof typeof AgreementKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signed on or after this date.' })
  signedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signed on or before this date.' })
  signedTo?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'In force on this date: started on or before it (the start date of the term article, else the signing date) and expiring on or after it. Agreements whose text gives no expiry are left out.',
  })
  activeOn?: string | null;
}
