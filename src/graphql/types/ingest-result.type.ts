import { Field, ObjectType } from 'type-graphql';
import { Agreement } from './agreement.type.js';
import { IngestStatus } from './enums.js';

@ObjectType({ simpleResolvers: true })
export class IngestResult {
  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => Agreement, { nullable: true })
  agreement!: Agreement | null;

  @Field(() => [String], { description: 'What the parser could not find or found doubtful, in plain words.' })
  warnings!: string[];
}
