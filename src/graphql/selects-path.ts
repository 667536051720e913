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
