import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDatabase } from '../driver.js';
import { removeAgreementContent, sweepOrphans } from './remove-agreement-content.js';
import { DELETE_OR_DEMOTE_AGREEMENT, FIND_AGREEMENT_LOADED } from './write-statements.js';

/**
 * Deletes a loaded agreement and everything its document put in the graph, in one transaction,
 * leaving no orphans. An agreement another one implements stays as a referenced-only node
 * (numbers, kind, title) so that link survives. Returns false when no such agreement exists.
 */
export function deleteAgreement(db: GraphDatabase, agreementId: string): Promise<boolean> {
  return db.write((tx) => deleteAgreementIn(tx, agreementId), { lock: true, changed: (deleted) => deleted });
}

/** deleteAgreement inside a transaction the caller owns (the warm-up's rehearsal). */
export async function deleteAgreementIn(tx: ManagedTransaction, agreementId: string): Promise<boolean> {
  const exists = await tx.run(FIND_AGREEMENT_LOADED, { agreementId });
  if (exists.records[0]?.get('loaded') !== true) return false;
  const touched = await removeAgreementContent(tx, agreementId);
  await tx.run(DELETE_OR_DEMOTE_AGREEMENT, { agreementId });
  await sweepOrphans(tx, touched);
  return true;
}
