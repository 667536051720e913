import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'What is serving this API, for support requests and dashboards.',
})
export class ServerInfo {
  @Field(() => String, { description: 'This API version.' })
  version!: string;

  @Field(() => String, { description: 'The Neo4j version the graph lives in, e.g. "5.26.30".' })
  neo4jVersion!: string;
}
