import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
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
export function buildGraphQLSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    authChecker,
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: false } : false,
  });
}
