import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The text an agreement was loaded from.' })
export class SourceDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'File name or the sourceName given to ingestAgreement.' })
  name!: string;

  @Field(() => String, { description: 'SHA-256 of the text, hex.' })
  sha256!: string;

  @Field(() => GraphQLISODateTime)
  loadedAt!: string;
}
