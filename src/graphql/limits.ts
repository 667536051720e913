import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { checkIntrospection } from './limits/introspection-limits.js';

// graphql-query-complexity's ESM build imports 'graphql/index.mjs' by path, a second copy of
// graphql beside the CommonJS one that type-graphql and Apollo load; graphql refuses to mix
// them ("another module or realm"). Its CommonJS build requires plain 'graphql', the shared copy.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** The largest page any list field returns; larger `first` values are refused, not clamped. */
export const MAX_PAGE_SIZE = 100;
/** Deep enough for agreement -> parties -> agency -> units -> agreements -> …, not for abuse. */
export const MAX_DEPTH = 10;
/** Roughly "nodes a response may contain": lists count `first` (or a default) times their children. */
export const MAX_COMPLEXITY = 20_000;
/** What a list field without `first` is assumed to return, for the complexity estimate. */
export const DEFAULT_LIST_ESTIMATE = 10;

function rejection(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Refuses abusive operations after parsing and validation but before any resolver (and so
 * any Cypher) runs: introspection beyond what standard clients send, too deep, too complex,
 * or asking for pages over MAX_PAGE_SIZE.
 */
export function limitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const introspection = checkIntrospection(document, operationName ?? undefined);
          if (introspection) throw rejection(introspection.message, 'INTROSPECTION_TOO_COMPLEX');
          const depth = operationDepth(document, operationName ?? undefined);
          if (depth > MAX_DEPTH) {
            throw rejection(
              `query depth ${depth} exceeds the limit of ${MAX_DEPTH}; ask for fewer nested levels`,
              'QUERY_TOO_DEEP',
            );
          }
          const complexity = operationComplexity(
            schema,
            document,
            request.variables ?? {},
            operationName ?? undefined,
          );
          if (complexity > MAX_COMPLEXITY) {
            throw rejection(
              `query complexity ${complexity} exceeds the limit of ${MAX_COMPLEXITY}; ask for smaller pages or fewer nested lists`,
              'QUERY_TOO_COMPLEX',
            );
          }
        },
      };
    },
  };
}

/** The complexity estimate of the chosen operation (see the estimators below). */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [
      introspectionEstimator,
      pageSizeEstimator,
      fieldExtensionsEstimator(),
      listEstimator,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/**
 * Introspection is answered from the schema in memory, never from the database, and is bounded
 * by checkIntrospection instead; counted as lists it made the standard query of every GraphQL
 * client "too complex". Recognised by the field definition the library resolved, never by a name
 * the client chose (alias, fragment or operation name).
 */
const introspectionEstimator: ComplexityEstimator = ({ field, type }) =>
  field.name.startsWith('__') || type.name.startsWith('__') ? 0 : undefined;

/** Rejects `first`/`limit` over MAX_PAGE_SIZE (or below 1) wherever it appears; contributes nothing itself. */
const pageSizeEstimator: ComplexityEstimator = ({ args, field }) => {
  for (const name of ['first', 'limit'] as const) {
    const value = args[name] as unknown;
    if (typeof value === 'number' && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw rejection(
        `${field.name}(${name}: ${value}) is outside 1..${MAX_PAGE_SIZE}; page through results with 'after'`,
        'PAGE_SIZE_OUT_OF_RANGE',
      );
    }
  }
  return undefined;
};

/**
 * Lists cost their page size (or an estimate) times their children. A connection's `edges`
 * cost only their children: the connection field already multiplied by `first`.
 */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const typeName = String(field.type);
  if (field.name === 'edges') return 1 + childComplexity;
  if (!typeName.includes('[') && !/Connection!?$/.test(typeName)) return undefined;
  const size = typeof args.first === 'number' ? args.first : DEFAULT_LIST_ESTIMATE;
  return 1 + size * Math.max(childComplexity, 1);
};

/** The depth of the deepest field path in the chosen operation, following fragments. */
export function operationDepth(document: DocumentNode, operationName?: string): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const operation = document.definitions.find(
    (def) => def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;

  const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment cycle is rejected by validation already; never recurse into one.
        if (fragment && !seen.has(name))
          max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}
