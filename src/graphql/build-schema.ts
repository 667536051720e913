import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { answerCarriedFields } from './carried-fields.js';
import { AgreementResolver } from './resolvers/agreement.resolver.js';
import { CitationResolver, DecreeResolver, LegalBasisResolver } from './resolvers/decree.resolver.js';
import { IngestResolver } from './resolvers/ingest.resolver.js';
import { InstitutionResolver } from './resolvers/institution.resolver.js';
import { OfficialResolver, PositionResolver } from './resolvers/official.resolver.js';
import { ClauseResolver, PartyResolver } from './resolvers/party.resolver.js';
import { RelationshipResolver } from './resolvers/relationship.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { ServerInfoResolver } from './resolvers/server-info.resolver.js';
import { StatsResolver } from './resolvers/stats.resolver.js';

export const RESOLVERS = [
  AgreementResolver,
  PartyResolver,
  ClauseResolver,
  InstitutionResolver,
  OfficialResolver,
  PositionResolver,
  DecreeResolver,
  CitationResolver,
  LegalBasisResolver,
  SearchResolver,
  RelationshipResolver,
  StatsResolver,
  IngestResolver,
  ServerInfoResolver,
] as const;

/**
 * Builds the executable schema from the decorated classes. `emitTo` writes the SDL
 * (schema/schema.graphql) that people review in diffs; a test fails when it is stale.
 */
export function buildGraphQLSchema(
  options: { emitTo?: string; simpleResolvers?: boolean } = {},
): Promise<GraphQLSchema> {
  const build = () =>
    buildSchema({
      resolvers: RESOLVERS,
      validate: false,
      authChecker,
      emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: false } : false,
    });
  // Fields a parent may carry (an agreement page's parties, a search hit's agreement) are
  // answered from the parent when it does (carried-fields.ts).
  return (options.simpleResolvers ? withSimpleResolvers(build) : build()).then(answerCarriedFields);
}

/**
 * Builds with type-graphql's "simple" resolvers for plain fields: a property read by graphql-js's
 * default resolver instead of type-graphql's wrapper (middleware chain, container lookup) on
 * every field of every object. Only fields that no `@Authorized`, middleware or rename applies to
 * are made simple; field resolvers (`@FieldResolver`, loaders) are never affected. The flags are
 * set on type-graphql's global metadata for this one build and put back afterwards, so other
 * builds in the same process are unchanged.
 */
async function withSimpleResolvers(build: () => Promise<GraphQLSchema>): Promise<GraphQLSchema> {
  const storage = getMetadataStorage();
  const guarded = (target: unknown, name: string) =>
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === name) ||
    storage.middlewares.some((m) => m.target === target && m.fieldName === name);
  const changed = storage.fields.filter(
    (field) =>
      field.simple === undefined && field.name === field.schemaName && !guarded(field.target, field.name),
  );
  for (const field of changed) field.simple = true;
  try {
    const schema = await build();
    // Object fields are built lazily: build them now, while the flags are set.
    for (const type of Object.values(schema.getTypeMap())) if (isObjectType(type)) type.getFields();
    return schema;
  } finally {
    for (const field of changed) field.simple = undefined;
  }
}
