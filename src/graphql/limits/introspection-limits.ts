import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { chosenOperation } from './chosen-operation.js';

/**
 * Introspection is answered from the schema in memory (no Cypher), so the request cost model
 * leaves it out; what can still hurt is the size of the answer. These bounds admit the standard
 * query every client sends (graphql-js `getIntrospectionQuery`, all options on, `typeDepth` 9)
 * and refuse the shapes that multiply the answer: more than one `__schema`, many `__type`
 * lookups, aliases inside introspection (`a: types {…} b: types {…}`), `ofType` chains deeper
 * than the standard query's, and lists nested in lists beyond `types > fields > args`.
 */
export const INTROSPECTION_LIMITS = {
  /** `__schema` fields (under any alias) in one operation. */
  maxSchemaFields: 1,
  /** `__type(name:)` lookups in one operation. */
  maxTypeFields: 10,
  /** Field depth below and including `__schema`: the standard query's deepest path is 15. */
  maxDepth: 15,
  /** Introspection list fields nested in one another: the standard query nests types > fields > args. */
  maxListNesting: 3,
} as const;

/** Introspection fields whose value is a list of objects (each level multiplies the answer). */
const LIST_FIELDS = new Set([
  'types',
  'directives',
  'fields',
  'args',
  'inputFields',
  'interfaces',
  'possibleTypes',
  'enumValues',
]);

export interface IntrospectionViolation {
  readonly message: string;
}

/** What one check has found so far, shared by the walks below. */
interface IntrospectionWalk {
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Response keys of the `__schema` and `__type` fields met (an alias counts apart). */
  readonly schemaKeys: Set<string>;
  readonly typeKeys: Set<string>;
  violation: IntrospectionViolation | null;
}

/**
 * Checks the introspection parts of the chosen operation against INTROSPECTION_LIMITS. Fields
 * are recognised by their name, never by an alias or a fragment name (a fragment or operation
 * called `__schema` is measured like any other). Returns the first violation, or null.
 */
export function checkIntrospection(
  document: DocumentNode,
  operationName?: string,
): IntrospectionViolation | null {
  const chosen = chosenOperation(document, operationName);
  if (!chosen) return null;
  const { operation, fragments } = chosen;
  const walk: IntrospectionWalk = { fragments, schemaKeys: new Set(), typeKeys: new Set(), violation: null };
  findIntrospection(walk, operation.selectionSet, new Set());
  return walk.violation ?? repeatViolation(walk.schemaKeys, walk.typeKeys);
}

/** Outside introspection: find `__schema` and `__type` fields wherever fragments put them. */
function findIntrospection(
  walk: IntrospectionWalk,
  set: SelectionSetNode | undefined,
  seen: ReadonlySet<string>,
): void {
  if (!set || walk.violation) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') {
        const keys = name === '__schema' ? walk.schemaKeys : walk.typeKeys;
        keys.add(selection.alias?.value ?? name);
        measureIntrospection(walk, selection.selectionSet, 1, 0, seen);
      } else {
        findIntrospection(walk, selection.selectionSet, seen);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      findIntrospection(walk, selection.selectionSet, seen);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (fragment && !seen.has(name))
        findIntrospection(walk, fragment.selectionSet, new Set([...seen, name]));
    }
  }
}

/** Inside introspection: depth and list nesting so far, refusing aliases. */
function measureIntrospection(
  walk: IntrospectionWalk,
  set: SelectionSetNode | undefined,
  depth: number,
  lists: number,
  seen: ReadonlySet<string>,
): void {
  if (!set || walk.violation) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      const fieldDepth = depth + 1;
      const fieldLists = lists + (LIST_FIELDS.has(selection.name.value) ? 1 : 0);
      const message = fieldViolation(selection, fieldDepth, fieldLists);
      if (message) {
        walk.violation = { message };
        return;
      }
      measureIntrospection(walk, selection.selectionSet, fieldDepth, fieldLists, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measureIntrospection(walk, selection.selectionSet, depth, lists, seen);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      // A fragment cycle is rejected by validation already; never recurse into one.
      if (fragment && !seen.has(name))
        measureIntrospection(walk, fragment.selectionSet, depth, lists, new Set([...seen, name]));
    }
  }
}

/** Why one introspection field, at this depth and list nesting, is refused; null when it is not. */
function fieldViolation(field: FieldNode, depth: number, lists: number): string | null {
  const name = field.name.value;
  if (field.alias && field.alias.value !== name) {
    return `introspection field '${name}' is aliased as '${field.alias.value}'; aliases inside introspection repeat the schema in the answer and are not accepted`;
  }
  if (depth > INTROSPECTION_LIMITS.maxDepth) {
    return `introspection is nested ${depth} levels deep at '${name}'; the limit is ${INTROSPECTION_LIMITS.maxDepth} (the standard introspection query fits)`;
  }
  if (lists > INTROSPECTION_LIMITS.maxListNesting) {
    return `introspection nests ${lists} lists at '${name}'; the limit is ${INTROSPECTION_LIMITS.maxListNesting} (types > fields > args, as in the standard introspection query)`;
  }
  return null;
}

/** `__schema` asked more than once, or `__type` more than the limit, under any aliases. */
function repeatViolation(
  schemaKeys: ReadonlySet<string>,
  typeKeys: ReadonlySet<string>,
): IntrospectionViolation | null {
  if (schemaKeys.size > INTROSPECTION_LIMITS.maxSchemaFields) {
    return {
      message: `__schema is asked ${schemaKeys.size} times (${[...schemaKeys].join(', ')}); ask for it once`,
    };
  }
  if (typeKeys.size > INTROSPECTION_LIMITS.maxTypeFields) {
    return {
      message: `__type is asked ${typeKeys.size} times; the limit is ${INTROSPECTION_LIMITS.maxTypeFields} per request (use __schema for the whole schema)`,
    };
  }
  return null;
}
