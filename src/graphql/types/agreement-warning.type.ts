import { Field, ObjectType } from 'type-graphql';
import { TextSpan } from './text-span.type.js';

@ObjectType({
  simpleResolvers: true,
  description:
    'Something the intake or the parser found doubtful in this agreement, kept for a reviewer (e.g. OCR_TEXT, DATE_MISMATCH).',
})
export class AgreementWarning {
  @Field(() => String, { description: 'Stable machine code.' })
  code!: string;

  @Field(() => String, { description: 'Plain words a reviewer understands.' })
  message!: string;

  @Field(() => TextSpan, { nullable: true, description: 'The text the warning is about, when there is one.' })
  span!: TextSpan | null;
}
