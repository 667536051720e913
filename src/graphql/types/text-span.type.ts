import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a fact was read: a half-open range [start, end) of UTF-16 offsets into the source document text.',
})
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The page of the source PDF the span starts on (1-based); null when the source is a text file or text sent as text.',
  })
  page!: number | null;
}
