import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType({
  simpleResolvers: true,
  description:
    'One row of agreementStats: a flat { key, count } pair, the shape Grafana tables and bar charts read directly.',
})
export class StatRow {
  @Field(() => String, {
    description:
      'YEAR: "2023"; MONTH: "2023-05"; AGENCY and INSTITUTION: the body name; KIND: PKS, MOU, …; CLAUSE_TOPIC: the topic (TERM, …); SIGNATORY: the official name.',
  })
  key!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'AGENCY, INSTITUTION and SIGNATORY: the body or official id; null otherwise.',
  })
  id!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'With thenBy: the second key, written as key is; null without thenBy.',
  })
  thenKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'With thenBy: the id of the second key, as id is.' })
  thenId?: string | null;

  @Field(() => Int, { description: 'How many loaded agreements have this key (and thenKey).' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Agreements signed (signingsByMonth) or expiring (expirationsByMonth) in one calendar month: one point of a time series.',
})
export class MonthlyCount {
  @Field(() => DateScalar, { description: 'The first day of the month, YYYY-MM-01.' })
  month!: string;

  @Field(() => Int, { description: 'Agreements signed, or expiring, that month (0 when none).' })
  count!: number;
}
