import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import {
  BadUserInputError,
  ErrorCode,
  PageSizeError,
  RequestShapeError,
  type RequestShapeCode,
} from './error-code.js';
import { checkIntrospection } from './limits/introspection-limits.js';
import { rootFieldKeys } from './limits/root-fields.js';
import { chosenOperation } from './limits/chosen-operation.js';

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
/**
 * The request cost: a statement per root field (STATEMENT_COST) plus roughly the nodes a
 * response may contain (lists count `first`, or a default, times their children).
 */
export const MAX_COMPLEXITY = 20_000;
/** What a list field without `first` is assumed to return, for the complexity estimate. */
export const DEFAULT_LIST_ESTIMATE = 10;
/**
 * Root fields (aliases each count) in one operation. Each runs its own Cypher, concurrently
 * with its siblings, so this bounds the connections one request can hold (the pool has 50).
 */
export const MAX_ROOT_FIELDS = 20;
/** What one root field adds to the complexity for the statement it sends, whatever it selects. */
export const STATEMENT_COST = 500;
/**
 * Lexical tokens a document may hold (graphql-js stops parsing past it). The standard
 * introspection query is 184, the largest example 95; this stops a megabyte of aliases after
 * a few thousand tokens, before parsing and validation spend real time on it.
 */
export const MAX_TOKENS = 2_000;
/** graphql-query-complexity's walk stops here (fragments spread inside fragments multiply). */
export const MAX_COMPLEXITY_NODES = 10_000;

function rejection(message: string, code: RequestShapeCode): RequestShapeError {
  return new RequestShapeError(message, code);
}

/**
 * Refuses abusive or broken operations after parsing and validation but before any resolver
 * (and so any Cypher) runs: variables that do not fit their types, introspection beyond what
 * standard clients send, too many root fields, too deep, too complex, or pages over
 * MAX_PAGE_SIZE. Every refusal is a client mistake: HTTP 400 with a code.
 */
export function limitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation, operationName }) {
          const name = operationName ?? undefined;
          // Apollo would report these too, but only when executing; the complexity estimate
          // below reads the variables first and must not see ones that do not fit.
          checkVariables(schema, operation, request.variables ?? {});
          const introspection = checkIntrospection(document, name);
          if (introspection) throw rejection(introspection.message, ErrorCode.INTROSPECTION_TOO_COMPLEX);
          const roots = rootFieldKeys(document, name);
          if (roots.length > MAX_ROOT_FIELDS) {
            throw rejection(
              `the operation has ${roots.length} root fields (aliases count); the limit is ${MAX_ROOT_FIELDS}, since each runs its own database statements: send several requests or use a list field with 'first'`,
              ErrorCode.TOO_MANY_ROOT_FIELDS,
            );
          }
          const depth = operationDepth(document, name);
          if (depth > MAX_DEPTH) {
            throw rejection(
              `query depth ${depth} exceeds the limit of ${MAX_DEPTH}; ask for fewer nested levels`,
              ErrorCode.QUERY_TOO_DEEP,
            );
          }
          const complexity = operationComplexity(schema, document, request.variables ?? {}, name);
          if (complexity > MAX_COMPLEXITY) {
            throw rejection(
              `query complexity ${complexity} exceeds the limit of ${MAX_COMPLEXITY}; ask for smaller pages, fewer nested lists or fewer root fields`,
              ErrorCode.QUERY_TOO_COMPLEX,
            );
          }
        },
      };
    },
  };
}

/** Variables coerced as graphql-js would when executing; the first problem, in its words, as BAD_USER_INPUT. */
function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  inputs: Record<string, unknown>,
): void {
  if (!operation) return;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 1 });
  const first = result.errors?.[0];
  if (first) throw new BadUserInputError(first.message, { httpStatus: 400 });
}

/**
 * The complexity estimate of the chosen operation (see the estimators below). The estimating
 * library's own refusals (its node cap, an argument it cannot read) are client mistakes and
 * come back as QUERY_TOO_COMPLEX or BAD_USER_INPUT with HTTP 400, never as an internal error.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  const rootTypes = new Set<unknown>([schema.getQueryType(), schema.getMutationType()].filter((t) => t));
  /** A root field sends a statement: it costs STATEMENT_COST on top of what it selects. */
  const withStatement =
    (estimator: ComplexityEstimator): ComplexityEstimator =>
    (args) => {
      const cost = estimator(args);
      return typeof cost === 'number' && rootTypes.has(args.type) ? cost + STATEMENT_COST : cost;
    };
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      maxQueryNodes: MAX_COMPLEXITY_NODES,
      estimators: [
        introspectionEstimator,
        pageSizeEstimator,
        withStatement(fieldExtensionsEstimator()),
        withStatement(listEstimator),
        withStatement(simpleEstimator({ defaultComplexity: 1 })),
      ],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code) throw error;
    if (/maximum allowed number of nodes/.test(error.message)) {
      throw rejection(
        `the operation expands to more than ${MAX_COMPLEXITY_NODES} fields (fragments count each time they are spread); ask for less`,
        ErrorCode.QUERY_TOO_COMPLEX,
      );
    }
    throw new BadUserInputError(error.message, { httpStatus: 400 });
  }
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
      throw new PageSizeError(value, MAX_PAGE_SIZE, field.name, name);
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

/**
 * The depth of the deepest field path in the chosen operation, following fragments. A
 * fragment's depth is the same wherever it is spread, so each is measured once: a document
 * that spreads fragments inside fragments costs its size, not its expansion.
 */
export function operationDepth(document: DocumentNode, operationName?: string): number {
  const chosen = chosenOperation(document, operationName);
  if (!chosen) return 0;
  const { operation, fragments } = chosen;

  const fragmentDepths = new Map<string, number>();
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
        if (!fragment || seen.has(name)) continue;
        let depth = fragmentDepths.get(name);
        if (depth === undefined) {
          depth = depthOf(fragment.selectionSet, new Set([...seen, name]));
          fragmentDepths.set(name, depth);
        }
        max = Math.max(max, depth);
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}
