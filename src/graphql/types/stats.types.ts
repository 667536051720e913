import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType({
  description:
    'One row of agreementStats: a flat { key, count } pair, the shape Grafana tables and bar charts read directly.',
})
export class StatRow {
  @Field(() => String, {
    description:
      'YEAR: "2023"; AGENCY: the agency name; KIND: PKS, MOU, …; CLAUSE_TOPIC: the topic (TERM, …); SIGNATORY: the official name.',
  })
  key!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'AGENCY and SIGNATORY: the agency or official id; null otherwise.',
  })
  id!: string | null;

  @Field(() => Int, { description: 'How many loaded agreements have this key.' })
  count!: number;
}

@ObjectType({ description: 'Agreements signed in one calendar month: one point of a time series.' })
export class MonthlyCount {
  @Field(() => DateScalar, { description: 'The first day of the month, YYYY-MM-01.' })
  month!: string;

  @Field(() => Int, { description: 'Agreements signed that month (0 when none).' })
  count!: number;
}
