import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';

/**
 * Whether the request selects the field path `path` below the field being resolved, e.g.
 * `['edges', 'node', 'parties']` under `agreements`. Lets a resolver read what the nested
 * fields will need in its own statement (and prime their loaders) instead of leaving each level
 * to a further round trip. Follows fields by name (aliases do not matter), fragment spreads and
 * inline fragments. `@skip`/`@include` are not evaluated: a conditionally skipped field counts
 * as selected, which only costs reading data nobody uses, never a wrong answer.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some(
    (node) => node.selectionSet !== undefined && selects(node.selectionSet, path, info.fragments, new Set()),
  );
}

function selects(
  selectionSet: SelectionSetNode,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  return selectionSet.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        if (selection.name.value !== name) return false;
        if (rest.length === 0) return true;
        return (
          selection.selectionSet !== undefined && selects(selection.selectionSet, rest, fragments, visited)
        );
      case Kind.INLINE_FRAGMENT:
        return selects(selection.selectionSet, path, fragments, visited);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments[selection.name.value];
        // Validation refuses fragment cycles; the visited set only guards this walk.
        if (!fragment || visited.has(fragment.name.value)) return false;
        return selects(fragment.selectionSet, path, fragments, new Set([...visited, fragment.name.value]));
      }
      default:
        return false;
    }
  });
}

/**
 * The names of the fields selected directly under the field path `path` below the field being
 * resolved (aliases do not matter; fragments and inline fragments are followed), e.g. the fields
 * of each party under `['edges', 'node', 'parties']`. A union over every place the path is
 * selected; like selectsPath, `@skip`/`@include` are not evaluated, so it may hold more names
 * than graphql-js will ask for, never fewer.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    if (node.selectionSet) collectNames(node.selectionSet, path, info.fragments, new Set(), names);
  }
  return names;
}

function collectNames(
  selectionSet: SelectionSetNode,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
  names: Set<string>,
): void {
  const [name, ...rest] = path;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (name === undefined) names.add(selection.name.value);
      else if (selection.name.value === name && selection.selectionSet) {
        collectNames(selection.selectionSet, rest, fragments, visited, names);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectNames(selection.selectionSet, path, fragments, visited, names);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[selection.name.value];
      if (!fragment || visited.has(fragment.name.value)) continue;
      collectNames(fragment.selectionSet, path, fragments, new Set([...visited, fragment.name.value]), names);
    }
  }
}
