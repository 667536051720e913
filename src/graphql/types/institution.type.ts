import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A public body: a top-level agency (ministry, agency, provincial or regency government) or a unit of one.',
})
export class Institution {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => [String], { description: 'Other spellings seen in the texts.' })
  aliases!: string[];

  @Field(() => Boolean, { description: 'True for a top-level body; false for a unit of one.' })
  isAgency!: boolean;
}
