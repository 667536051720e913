import type { Agreement } from '../../domain/agreement.js';
import type { GraphDatabase } from '../driver.js';
import type { AgreementGraphRows } from './agreement-rows.js';
import type { SourceInfo } from './agreement-source.js';
import { findAgreementIdByContentHash, lookupBatchKeys } from './find-loaded-agreements.js';
import {
  BulkRunMemory,
  planAgreementBatch,
  type BatchStep,
  type PlannedAgreement,
} from './plan-agreement-batch.js';
import { prepareAgreementRows } from './prepare-agreement-rows.js';
import { saveAgreementRows, type SaveAgreementOptions, type SaveAgreementResult } from './save-agreement.js';
import { agreementWriteRows } from './statement-rows.js';
import {
  contentBatches,
  implementsBatch,
  relabelBatch,
  runPipelined,
  type AfterStep,
} from './write-pipeline.js';

/** A parsed agreement and the text it was read from: one item of a bulk save. */
export interface AgreementToSave {
  readonly agreement: Agreement;
  readonly source: SourceInfo;
}

/** One document's outcome in a batch: saved (CREATED, UPDATED, UNCHANGED) or the error that stopped it alone. */
export type BatchSaveOutcome =
  | { readonly ok: true; readonly result: SaveAgreementResult }
  | { readonly ok: false; readonly error: unknown };

/** A batch read and planned, ready to write (see planAgreementBatch). */
export interface PlannedBatch {
  readonly docs: readonly AgreementGraphRows[];
  readonly steps: readonly BatchStep[];
}

export const NOTHING_PLANNED: PlannedBatch = { docs: [], steps: [] };

/** What a bulk run has handed over so far, across its batches (pass the same one to every planAgreements of a run). */
export function startBulkRun(): BulkRunMemory {
  return new BulkRunMemory();
}

/**
 * Step one of a bulk save: turns a batch's agreements into rows, reads in one statement which of
 * their identity keys the graph already holds, and plans the batch (planAgreementBatch): runs of
 * new agreements to write together, and documents for the one-by-one path. Writes nothing, so a
 * caller may plan the next batch while the previous one is written.
 */
export async function planAgreements(
  db: GraphDatabase,
  items: readonly AgreementToSave[],
  run: BulkRunMemory,
): Promise<PlannedBatch> {
  const docs = items.map((item) => prepareAgreementRows(item.agreement, item.source));
  return { docs, steps: planAgreementBatch(docs, await lookupBatchKeys(db, docs), run) };
}

/**
 * Step two: writes a planned batch in document order (without waiting for the full-text indexes:
 * the caller does, once, with db.awaitSearchIndexRefresh): each run of new agreements in one
 * transaction (UNWIND over all their rows, shared entities merged once), every other document
 * through the single-document writer. If a run's transaction fails, its documents are written
 * again one per transaction, so only a bad document fails and the graph is as if each good one
 * loaded alone. Never rejects: each document's outcome says what happened to it.
 */
export async function writePlannedBatch(
  db: GraphDatabase,
  batch: PlannedBatch,
  options: SaveAgreementOptions = {},
): Promise<BatchSaveOutcome[]> {
  const outcomes = new Array<BatchSaveOutcome>(batch.docs.length);
  const single = async (index: number, checkHash: boolean) => {
    const rows = batch.docs[index]!;
    outcomes[index] = await settle(async () => {
      // A text repeated within the run is found by its hash, as loadAgreement would find it.
      const known = checkHash ? await findAgreementIdByContentHash(db, rows.source.contentHash) : null;
      if (known) return { status: 'UNCHANGED' as const, agreementId: known, notes: [] };
      return saveAgreementRows(db, rows, { ...options, deferSearchIndexRefresh: true });
    });
  };
  for (const step of batch.steps) {
    if (step.kind === 'single') {
      await single(step.index, true);
      continue;
    }
    try {
      await writeNewAgreements(db, step.docs, options.afterStep);
      for (const doc of step.docs) {
        outcomes[doc.index] = {
          ok: true,
          result: { status: 'CREATED', agreementId: doc.agreementId, notes: doc.notes },
        };
      }
    } catch {
      // Which document broke the transaction is unknown: load them one at a time.
      for (const doc of step.docs) await single(doc.index, false);
    }
  }
  return outcomes;
}

/** Plans and writes one batch: saveAgreement for many documents, with the same outcome as one by one in order. */
export async function saveAgreements(
  db: GraphDatabase,
  items: readonly AgreementToSave[],
  options: SaveAgreementOptions & { readonly run?: BulkRunMemory } = {},
): Promise<BatchSaveOutcome[]> {
  return writePlannedBatch(db, await planAgreements(db, items, options.run ?? startBulkRun()), options);
}

/** New agreements only (nothing to remove, nothing to sweep): one transaction, every batch pipelined. */
async function writeNewAgreements(
  db: GraphDatabase,
  docs: readonly PlannedAgreement[],
  afterStep: AfterStep = () => undefined,
): Promise<void> {
  const params = agreementWriteRows(docs);
  await db.write(
    async (tx) => {
      await afterStep('remove-previous'); // nothing to remove: every agreement here is new
      const batches = [
        ...contentBatches(params),
        implementsBatch(params),
        relabelBatch(params.institutionIds),
      ];
      await runPipelined(tx, batches, afterStep);
    },
    { afterVersionRenewed: () => afterStep('graph-version'), deferSearchIndexRefresh: true },
  );
}

async function settle(fn: () => Promise<SaveAgreementResult>): Promise<BatchSaveOutcome> {
  try {
    return { ok: true, result: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}
