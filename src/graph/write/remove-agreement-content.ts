import type { ManagedTransaction } from 'neo4j-driver';
import {
  COLLECT_AGREEMENT_NEIGHBOURS,
  DELETE_AGREEMENT_EVIDENCE,
  DELETE_AGREEMENT_LINKS,
  DELETE_AGREEMENT_OWNED_NODES,
  DELETE_ORPHANS,
  REFRESH_INSTITUTION_LABELS,
} from './write-statements.js';

/** Shared nodes an agreement's content touched: candidates for orphan removal once it is gone. */
export interface TouchedNodes {
  readonly institutionIds: readonly string[];
  readonly officialIds: readonly string[];
  readonly decreeIds: readonly string[];
  readonly agreementIds: readonly string[];
}

export const NOTHING_TOUCHED: TouchedNodes = {
  institutionIds: [],
  officialIds: [],
  decreeIds: [],
  agreementIds: [],
};

/**
 * Removes everything an agreement's document put in the graph except the Agreement node:
 * owned nodes (parties, clauses, provisions, definitions), its links, its source document and
 * the per-agreement evidence on shared facts. Returns the shared nodes it touched.
 */
export async function removeAgreementContent(
  tx: ManagedTransaction,
  agreementId: string,
): Promise<TouchedNodes> {
  const { records } = await tx.run(COLLECT_AGREEMENT_NEIGHBOURS, { agreementId });
  const record = records[0];
  if (!record) return NOTHING_TOUCHED;
  const touched: TouchedNodes = {
    institutionIds: record.get('institutionIds') as string[],
    officialIds: record.get('officialIds') as string[],
    decreeIds: record.get('decreeIds') as string[],
    agreementIds: record.get('agreementIds') as string[],
  };
  await tx.run(DELETE_AGREEMENT_OWNED_NODES, { agreementId });
  await tx.run(DELETE_AGREEMENT_EVIDENCE, { agreementId });
  await tx.run(DELETE_AGREEMENT_LINKS, { agreementId });
  return touched;
}

/**
 * Deletes touched shared nodes nothing refers to any more, then re-derives the Agency/Unit label
 * of the surviving touched institutions and of `alsoRelabel` (the ones a load just wrote).
 */
export async function sweepOrphans(
  tx: ManagedTransaction,
  touched: TouchedNodes,
  alsoRelabel: readonly string[] = [],
): Promise<number> {
  let deleted = 0;
  const candidates =
    touched.officialIds.length +
    touched.decreeIds.length +
    touched.agreementIds.length +
    touched.institutionIds.length;
  if (candidates > 0) {
    const { records } = await tx.run(DELETE_ORPHANS, {
      institutionIds: touched.institutionIds,
      officialIds: touched.officialIds,
      decreeIds: touched.decreeIds,
      agreementIds: touched.agreementIds,
    });
    deleted = Number(records[0]?.get('deleted') ?? 0);
  }
  const relabel = [...new Set([...touched.institutionIds, ...alsoRelabel])];
  if (relabel.length) await tx.run(REFRESH_INSTITUTION_LABELS, { institutionIds: relabel });
  return deleted;
}
