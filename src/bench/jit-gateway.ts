import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../graphql/context.js';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];

/**
 * Compiled execution (graphql-jit) for Apollo Server, which takes a custom executor only through
 * its gateway interface: the gateway "loads" our own schema once and executes each operation
 * with a query compiled for its document. Parsing, validation, every plugin (limits, error
 * reporting, the response cache) and error formatting stay Apollo's; only field resolution
 * changes. Measured in profile-request.ts; not used by the server (see BENCHMARKS.md). Compiled queries are kept per parsed document (Apollo's document store hands back the
 * same document for the same text) and operation name.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, query);
    }
    return query;
  };
  return {
    async load() {
      return {
        executor: async ({ document, operationName, request, context }) => {
          const query = compile(document, operationName);
          if (!isCompiledQuery(query)) return query;
          return query.query(undefined, context, request.variables ?? {});
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
