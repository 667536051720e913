import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { RelationshipResolver } from './resolvers/relationship.resolver.js';
import { ServerInfoResolver } from './resolvers/server-info.resolver.js';
import { StatsResolver } from './resolvers/stats.resolver.js';

export const RESOLVERS = [RelationshipResolver, StatsResolver, ServerInfoResolver] as const;

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
