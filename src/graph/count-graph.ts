import type { GraphDatabase } from './driver.js';

/**
 * Node counts per label and relationship counts per type: the seed summary and the tests read
 * these. The :GraphVersion node (read-cache bookkeeping, not content) is left out.
 */
export const COUNT_NODES_BY_LABEL = `
MATCH (n) WHERE NOT n:GraphVersion
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label`;

export const COUNT_RELATIONSHIPS_BY_TYPE = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type`;

export interface GraphCounts {
  /** Nodes per label (a node with two labels counts under both). */
  readonly nodes: Readonly<Record<string, number>>;
  readonly relationships: Readonly<Record<string, number>>;
}

/** Counts every label and relationship type: a cheap fingerprint of the whole graph. */
export async function countGraph(db: GraphDatabase): Promise<GraphCounts> {
  const nodes = await db.read<{ label: string; count: number }>(COUNT_NODES_BY_LABEL);
  const rels = await db.read<{ type: string; count: number }>(COUNT_RELATIONSHIPS_BY_TYPE);
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, Number(r.count)])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, Number(r.count)])),
  };
}
