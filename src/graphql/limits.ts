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
 *
 * What is measured is remembered (createOperationChecks), so an operation sent again costs a
 * lookup instead of three walks of its document and the complexity estimate; the verdicts are
 * the same as measuring it every time.
 */
export function limitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const checks = createOperationChecks(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation, operationName, queryHash }) {
          checks.check({
            document,
            operation,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            queryHash,
          });
        },
      };
    },
  };
}

/** One operation as the limits see it. */
export interface OperationToCheck {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode | undefined;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown>;
  /**
   * Apollo's SHA-256 of the query text (the document is parsed from that text, with the same
   * token limit, for the same schema), so it names the document; absent: nothing is remembered.
   */
  readonly queryHash: string | undefined;
}

/** Operations (query text and operation name) whose shape verdict is remembered; the oldest go first. */
export const REMEMBERED_OPERATIONS = 1_000;
/** Complexity estimates remembered, per operation and variables, across operations. */
export const REMEMBERED_ESTIMATES = 2_000;
/** Variables longer than this as JSON are measured every time, so the memory stays small. */
export const MAX_REMEMBERED_VARIABLES_CHARS = 2_048;

/** What the document alone decides: the first refusal its shape earns, or none. */
interface ShapeVerdict {
  readonly refusal: { readonly message: string; readonly code: RequestShapeCode } | null;
}

/**
 * The limits' checks with memory. An operation's shape (introspection, root fields, depth) is a
 * function of its text and operation name only, and its complexity of those and the variables,
 * so both are kept per Apollo queryHash, bounded (REMEMBERED_OPERATIONS, REMEMBERED_ESTIMATES,
 * least recently used out). An estimate is kept only for variables that fitted their types and
 * whose estimate did not throw, so a remembered estimate also says the variables fit: the next
 * request with the same variables skips that coercion too. Refusals that depend on the
 * variables (a bad variable, a page over MAX_PAGE_SIZE) are never remembered and are measured
 * again each time, in the same order as without memory: variables, shape, complexity.
 */
export function createOperationChecks(schema: GraphQLSchema) {
  const shapes = new Map<string, ShapeVerdict>();
  const estimates = new Map<string, number>();

  const shapeOf = (document: DocumentNode, name: string | undefined): ShapeVerdict => {
    const introspection = checkIntrospection(document, name);
    if (introspection) {
      return { refusal: { message: introspection.message, code: ErrorCode.INTROSPECTION_TOO_COMPLEX } };
    }
    const roots = rootFieldKeys(document, name);
    if (roots.length > MAX_ROOT_FIELDS) {
      return {
        refusal: {
          message: `the operation has ${roots.length} root fields (aliases count); the limit is ${MAX_ROOT_FIELDS}, since each runs its own database statements: send several requests or use a list field with 'first'`,
          code: ErrorCode.TOO_MANY_ROOT_FIELDS,
        },
      };
    }
    const depth = operationDepth(document, name);
    if (depth > MAX_DEPTH) {
      return {
        refusal: {
          message: `query depth ${depth} exceeds the limit of ${MAX_DEPTH}; ask for fewer nested levels`,
          code: ErrorCode.QUERY_TOO_DEEP,
        },
      };
    }
    return { refusal: null };
  };

  return {
    /** Throws the first refusal the operation earns, as limitsPlugin reports it; returns its complexity. */
    check({ document, operation, operationName, variables, queryHash }: OperationToCheck): number {
      const operationKey = queryHash === undefined ? undefined : `${queryHash}\u0000${operationName ?? ''}`;
      const variablesJson = operationKey === undefined ? undefined : jsonOf(variables);
      const estimateKey =
        variablesJson !== undefined && variablesJson.length <= MAX_REMEMBERED_VARIABLES_CHARS
          ? `${operationKey}\u0000${variablesJson}`
          : undefined;
      const known = estimateKey === undefined ? undefined : recall(estimates, estimateKey);
      // Apollo would report these too, but only when executing; the complexity estimate
      // below reads the variables first and must not see ones that do not fit.
      if (known === undefined) checkVariables(schema, operation, variables);
      let shape = operationKey === undefined ? undefined : recall(shapes, operationKey);
      if (!shape) {
        shape = shapeOf(document, operationName);
        if (operationKey !== undefined) remember(shapes, operationKey, shape, REMEMBERED_OPERATIONS);
      }
      if (shape.refusal) throw rejection(shape.refusal.message, shape.refusal.code);
      const complexity = known ?? operationComplexity(schema, document, variables, operationName);
      if (known === undefined && estimateKey !== undefined) {
        remember(estimates, estimateKey, complexity, REMEMBERED_ESTIMATES);
      }
      if (complexity > MAX_COMPLEXITY) {
        throw rejection(
          `query complexity ${complexity} exceeds the limit of ${MAX_COMPLEXITY}; ask for smaller pages, fewer nested lists or fewer root fields`,
          ErrorCode.QUERY_TOO_COMPLEX,
        );
      }
      return complexity;
    },
    /** Operations and estimates held (tests check the bounds). */
    size: () => ({ operations: shapes.size, estimates: estimates.size }),
  };
}

/**
 * Variables as JSON, the key of their estimate; undefined (nothing remembered) unless they are
 * plain JSON values, as an HTTP body's are: a Date, NaN or BigInt from a caller in process
 * would share a key with a value that coerces differently.
 */
function jsonOf(variables: Record<string, unknown>): string | undefined {
  try {
    return JSON.stringify(variables, plainJsonOnly);
  } catch {
    return undefined;
  }
}

function plainJsonOnly(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  switch (typeof original) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(original)) return value;
      break;
    case 'object': {
      if (original === null || Array.isArray(original)) return value;
      const prototype: unknown = Object.getPrototypeOf(original);
      if (prototype === Object.prototype || prototype === null) return value;
      break;
    }
  }
  throw new TypeError(`variable value at '${key}' is not plain JSON`);
}

/** The value under `key`, made the most recently used (a Map iterates oldest first). */
function recall<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
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
