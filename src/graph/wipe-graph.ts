import type { GraphDatabase } from './driver.js';

/**
 * Deletes every node and relationship, in chunks, so a 10,000-agreement graph never has to fit
 * one transaction in the heap. `CALL … IN TRANSACTIONS` only runs in an auto-commit
 * transaction, never in a managed one (db.write). For tests and benchmarks that own their database.
 */
export async function wipeGraph(db: GraphDatabase): Promise<void> {
  try {
    await db.runAutoCommit(
      'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
      {},
      {
        timeoutMs: null,
      },
    );
  } finally {
    // Also when the wipe failed half-way: some of the graph may be gone.
    db.graphChanged();
  }
}
