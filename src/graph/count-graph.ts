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
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => {
        const nodes = await tx.run(COUNT_NODES_BY_LABEL);
        const rels = await tx.run(COUNT_RELATIONSHIPS_BY_TYPE);
        return {
          nodes: Object.fromEntries(
            nodes.records.map((r) => [r.get('label') as string, Number(r.get('count'))]),
          ),
          relationships: Object.fromEntries(
            rels.records.map((r) => [r.get('type') as string, Number(r.get('count'))]),
          ),
        };
      },
      { timeout: db.queryTimeoutMs },
    );
  } finally {
    await session.close();
  }
}
