import { Field, ID, ObjectType } from 'type-graphql';
import { ClauseTopic, ProvisionKind, ProvisionSource } from './enums.js';
import { TextSpan } from './text-span.type.js';

@ObjectType({ simpleResolvers: true, description: 'An article (Pasal) of an agreement.' })
export class Clause {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As printed after "Pasal": "1", "12", "I".' })
  number!: string;

  @Field(() => String)
  heading!: string;

  @Field(() => ClauseTopic)
  topic!: keyof typeof ClauseTopic;

  @Field(() => String)
  text!: string;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One obligation or right of a party, as one item of an article.',
})
export class Provision {
  @Field(() => ID)
  id!: string;

  @Field(() => ProvisionKind)
  kind!: ProvisionKind;

  @Field(() => ProvisionSource)
  source!: keyof typeof ProvisionSource;

  @Field(() => String, {
    nullable: true,
    description: 'As printed ("a.", "1)"), or null when lost in conversion.',
  })
  label!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'The article (Pasal) it was read from.' })
  clauseNumber!: string;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}

@ObjectType({ simpleResolvers: true, description: 'A term from the definitions article.' })
export class Definition {
  @Field(() => String)
  term!: string;

  @Field(() => String)
  meaning!: string;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;
}
