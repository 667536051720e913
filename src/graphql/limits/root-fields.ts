import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { chosenOperation } from './chosen-operation.js';

/**
 * The response keys at the root of the chosen operation, fragments followed: each one is a
 * resolver that runs at least one Cypher statement, so `a0: search … a2999: search` is 3,000
 * statements however cheap each looks. `__typename` and introspection (answered from memory,
 * bounded by checkIntrospection) are left out. The same key twice is one field (graphql merges it).
 */
export function rootFieldKeys(document: DocumentNode, operationName?: string): string[] {
  const chosen = chosenOperation(document, operationName);
  if (!chosen) return [];
  const { operation, fragments } = chosen;
  const keys = new Set<string>();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename' || name === '__schema' || name === '__type') continue;
        keys.add(selection.alias?.value ?? name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return [...keys];
}
