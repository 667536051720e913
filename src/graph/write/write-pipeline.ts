import type { ManagedTransaction } from 'neo4j-driver';
import { agreementId as mintAgreementId } from '../graph-ids.js';
import { toNeo4jParams } from '../neo4j-params.js';
import type { AgreementGraphRows } from './agreement-rows.js';
import type { AgreementWriteRows } from './statement-rows.js';
import {
  CREATE_AMENDMENTS,
  CREATE_CITATIONS,
  CREATE_CLAUSES,
  CREATE_DEFINITIONS,
  CREATE_IMPLEMENTS,
  CREATE_LEGAL_BASES,
  CREATE_PARTIES,
  CREATE_PROVISIONS,
  CREATE_UNIT_LINKS,
  REFRESH_INSTITUTION_LABELS,
  UPSERT_AGREEMENTS,
  UPSERT_DECREES,
  UPSERT_INSTITUTIONS,
  UPSERT_OFFICIALS,
} from './write-statements.js';

/**
 * The pipeline both writers share: the single-document writer (save-agreement.ts) and the bulk
 * writer (save-agreements.ts) turn agreements into the same typed rows (statement-rows.ts),
 * send them as the same batches in the same order (contentBatches, linkBatches) through
 * runPipelined, and resolve an IMPLEMENTS target by the same rule (implementsTarget).
 */

/** The batches of one load, in the order they run; a hook sees each name after its batch is written. */
export const LOAD_STEPS = [
  'remove-previous',
  'agreement',
  'institutions',
  'unit-links',
  'officials',
  'decrees',
  'parties',
  'clauses',
  'provisions',
  'legal-bases',
  'citations',
  'amendments',
  'definitions',
  'implements',
  'sweep',
  'graph-version',
] as const;
export type LoadStep = (typeof LOAD_STEPS)[number];

/** Called inside the transaction after each batch (tests throw here to prove a load rolls back). */
export type AfterStep = (step: LoadStep) => void | Promise<void>;

/** A write statement with its parameters (null: nothing to write), named after the load step it completes. */
export type WriteBatch = readonly [step: LoadStep, query: string, params: object | null];

const rowsParam = (rows: readonly object[]) => (rows.length ? { rows } : null);

/**
 * The agreement nodes and everything they own, for one agreement or many, in dependency order
 * (agreements and shared entities before the parties and clauses that link to them).
 */
export function contentBatches(params: AgreementWriteRows): WriteBatch[] {
  return [
    ['agreement', UPSERT_AGREEMENTS, rowsParam(params.agreements)],
    ['institutions', UPSERT_INSTITUTIONS, rowsParam(params.institutions)],
    ['unit-links', CREATE_UNIT_LINKS, rowsParam(params.unitLinks)],
    ['officials', UPSERT_OFFICIALS, rowsParam(params.officials)],
    ['decrees', UPSERT_DECREES, rowsParam(params.decrees)],
    ['parties', CREATE_PARTIES, rowsParam(params.parties)],
    ['clauses', CREATE_CLAUSES, rowsParam(params.clauses)],
    ['provisions', CREATE_PROVISIONS, rowsParam(params.provisions)],
    ['legal-bases', CREATE_LEGAL_BASES, rowsParam(params.legalBases)],
    ['citations', CREATE_CITATIONS, rowsParam(params.citations)],
    ['amendments', CREATE_AMENDMENTS, rowsParam(params.amendments)],
    ['definitions', CREATE_DEFINITIONS, rowsParam(params.definitions)],
  ];
}

/** The IMPLEMENTS links, their target ids already resolved (implementsTarget). */
export function implementsBatch(params: AgreementWriteRows): WriteBatch {
  return ['implements', CREATE_IMPLEMENTS, rowsParam(params.implements)];
}

/** The Agency/Unit labels of every institution written (new agreements only: nothing was removed). */
export function relabelBatch(institutionIds: readonly string[]): WriteBatch {
  return ['sweep', REFRESH_INSTITUTION_LABELS, institutionIds.length ? { institutionIds } : null];
}

/**
 * Sends the batches together so the driver pipelines them (one round trip instead of one per
 * batch), then awaits them in order: a failing batch still rejects, and the hook still runs
 * between batches.
 */
export async function runPipelined(
  tx: ManagedTransaction,
  batches: readonly WriteBatch[],
  afterStep: AfterStep = () => undefined,
): Promise<void> {
  const pending = batches.map(([name, query, params]) => ({
    name,
    result: params ? tx.run(query, toNeo4jParams(params) as Record<string, unknown>) : null,
  }));
  try {
    for (const { name, result } of pending) {
      if (result) await result;
      await afterStep(name);
    }
  } finally {
    // Nothing may be left unobserved when the hook or a batch fails: the transaction rolls back anyway.
    await Promise.allSettled(pending.map((p) => p.result));
  }
}

export const SELF_IMPLEMENTS_NOTE =
  'the agreement names its own numbers as the MoU it implements; link not stored';

/** The agreement an IMPLEMENTS link points at, or why there is none. */
export interface ImplementsTarget {
  /** The agreement the MoU's numbers lead to, also when it is this one; null: implements nothing. */
  readonly targetId: string | null;
  /** The target's id (an agreement found by the MoU's numbers, or minted), null: no link. */
  readonly implementsId: string | null;
  readonly notes: readonly string[];
}

/**
 * The one rule for an IMPLEMENTS target: the agreement already known by the MoU's numbers
 * (`existingId`, loaded first, then the lowest id: FIND_AGREEMENT_BY_NUMBERS and
 * FIND_BATCH_CANDIDATE_KEYS choose alike), else an id minted from the MoU's identity, exactly as
 * a new agreement's would be, so the link lands on the same node whether the MoU is loaded
 * before, after or never. An agreement that names its own numbers as its MoU gets no link.
 */
export function implementsTarget(
  rows: AgreementGraphRows,
  agreementId: string,
  existingId: string | undefined,
): ImplementsTarget {
  if (!rows.implements) return { targetId: null, implementsId: null, notes: [] };
  const targetId = existingId ?? mintAgreementId(rows.implements.identityKey);
  if (targetId === agreementId) return { targetId, implementsId: null, notes: [SELF_IMPLEMENTS_NOTE] };
  return { targetId, implementsId: targetId, notes: [] };
}
