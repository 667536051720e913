import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Where a fact was read: a half-open range [start, end) of UTF-16 offsets into the source document text.',
})
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
