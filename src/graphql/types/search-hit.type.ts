import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'One full-text match, with the agreement and article it belongs to.',
})
export class SearchHit {
  agreementId!: string | null;
  clauseId!: string | null;

  @Field(() => Float, { description: 'Relevance (Lucene score); higher is better.' })
  score!: number;

  @Field(() => String, {
    description: 'What matched: Clause, Provision, Definition, Agreement, Institution, Official, Decree.',
  })
  type!: string;

  @Field(() => ID, { description: 'Id of what matched.' })
  id!: string;

  @Field(() => String, { description: 'The matching text around the first query word.' })
  snippet!: string;
}
