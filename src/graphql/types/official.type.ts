import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A person who signed agreements, one node across documents.',
})
export class Official {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name without ranks and degrees.' })
  name!: string;

  @Field(() => [String], { description: 'Ranks, titles and degrees as printed (most complete form seen).' })
  honorifics!: string[];
}
