import { DELETE_OR_DEMOTE_AGREEMENT, FIND_AGREEMENT_LOADED } from './write-statements.js';
import type { GraphDatabase } from '../driver.js';
import { GRAPH_VERSION_BUMP, GRAPH_WRITE_LOCK } from '../read-cache.js';
import { awaitSearchIndexRefresh } from '../search-index-refresh.js';
import { removeAgreementContent, sweepOrphans } from './remove-agreement-content.js';

/**
 * Deletes a loaded agreement and everything its document put in the graph, in one transaction,
 * leaving no orphans. An agreement another one implements stays as a referenced-only node
 * (numbers, kind, title) so that link survives. Returns false when no such agreement exists.
 */
export async function deleteAgreement(db: GraphDatabase, agreementId: string): Promise<boolean> {
  const session = db.driver.session({ database: db.database });
  try {
    const deleted = await session.executeWrite(
      async (tx) => {
        await tx.run(GRAPH_WRITE_LOCK);
        const exists = await tx.run(FIND_AGREEMENT_LOADED, { agreementId });
        if (exists.records[0]?.get('loaded') !== true) return false;
        const touched = await removeAgreementContent(tx, agreementId);
        await tx.run(DELETE_OR_DEMOTE_AGREEMENT, { agreementId });
        await sweepOrphans(tx, touched);
        await tx.run(GRAPH_VERSION_BUMP);
        return true;
      },
      { timeout: db.queryTimeoutMs },
    );
    if (deleted) {
      db.graphChanged();
      await awaitSearchIndexRefresh(db);
    }
    return deleted;
  } finally {
    await session.close();
  }
}
