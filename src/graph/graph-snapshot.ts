import type { GraphDatabase } from './driver.js';

export interface GraphSnapshotOptions {
  /**
   * Leave out `SourceDocument.loadedAt`, the one content value that differs between two loads of
   * the same texts (the clock), so snapshots of separate runs can be compared or committed.
   */
  readonly omitLoadTimes?: boolean;
}

/**
 * Every node (labels, properties) and relationship (type, ends, properties) as sorted lines of
 * JSON: two equal snapshots mean the graph did not change at all, not merely its counts. The
 * :GraphVersion node is left out: it is the read cache's token (renewed by every write), not
 * content, so graphs built along different paths compare equal. Used by the tests and by
 * scripts/graph-fingerprint.mjs, which proves a refactoring of the write side wrote the same graph.
 */
export async function graphSnapshot(db: GraphDatabase, options: GraphSnapshotOptions = {}): Promise<string> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.read<{ from: unknown; type: unknown; to: unknown; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const withoutLoadTime = (labels: readonly string[], props: Record<string, unknown>) => {
    if (!options.omitLoadTimes || !labels.includes('SourceDocument')) return props;
    const { loadedAt: _loadedAt, ...rest } = props;
    return rest;
  };
  return [
    ...nodes.map((n) => `N ${stable(n.labels)} ${stable(withoutLoadTime(n.labels, n.props))}`),
    ...rels.map((r) => `R ${String(r.from)} -${String(r.type)}-> ${String(r.to)} ${stable(r.props)}`),
  ]
    .sort()
    .join('\n');
}

/** JSON with object keys sorted, so equal values give equal strings. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
