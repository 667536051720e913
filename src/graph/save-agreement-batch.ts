import type { AgreementGraphRows } from './agreement-graph-rows.js';
import {
  FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES,
  FIND_AGREEMENTS_BY_CONTENT_HASHES,
  FIND_BATCH_CANDIDATE_KEYS,
} from './agreement-cypher.js';
import { agreementWriteRows } from './agreement-write-rows.js';
import type { GraphDatabase } from './driver.js';
import { GRAPH_VERSION_BUMP } from './read-cache.js';
import { bulkNotes, planAgreementBatch, type BatchLookups, type BatchStep } from './plan-agreement-batch.js';
import {
  contentBatches,
  findAgreementIdByContentHash,
  linkBatches,
  runPipelined,
  saveAgreementGraph,
  type LoadStep,
  type SaveAgreementOptions,
  type SaveAgreementResult,
} from './save-agreement-graph.js';

/** One document's outcome in a batch: saved (CREATED, UPDATED, UNCHANGED) or the error that stopped it alone. */
export type BatchSaveOutcome =
  | { readonly ok: true; readonly result: SaveAgreementResult }
  | { readonly ok: false; readonly error: unknown };

/** A batch read and planned, ready to write (see planAgreementBatch). */
export interface PlannedBatch {
  readonly docs: readonly AgreementGraphRows[];
  readonly steps: readonly BatchStep[];
}

/** For each sha256 given, the loaded agreement read from exactly that text: one read for a whole batch. */
export async function findAgreementIdsByContentHashes(
  db: GraphDatabase,
  contentHashes: readonly string[],
): Promise<Map<string, string>> {
  if (contentHashes.length === 0) return new Map();
  const records = await readRecords(db, FIND_AGREEMENTS_BY_CONTENT_HASHES, {
    contentHashes: [...new Set(contentHashes)],
  });
  return new Map(records.map((r) => [r.contentHash as string, r.id as string]));
}

/** What identifies a loaded agreement as a version: its keys, signing date and numbers. */
export interface LoadedAgreementKeys {
  readonly numbersKey: string | null;
  readonly numberKeys: readonly string[];
  readonly partiesDateKey: string | null;
  readonly signedOn: string | null;
  readonly numbers: readonly string[];
}

/** For each sha256 given that is loaded, the identity keys of its agreement: one read. */
export async function findAgreementKeysByContentHashes(
  db: GraphDatabase,
  contentHashes: readonly string[],
): Promise<Map<string, LoadedAgreementKeys>> {
  if (contentHashes.length === 0) return new Map();
  const records = await readRecords(db, FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES, {
    contentHashes: [...new Set(contentHashes)],
  });
  return new Map(
    records.map((r) => [
      r.contentHash as string,
      {
        numbersKey: r.numbersKey as string | null,
        numberKeys: r.numberKeys as string[],
        partiesDateKey: r.partiesDateKey as string | null,
        signedOn: r.signedOn as string | null,
        numbers: r.numbers as string[],
      },
    ]),
  );
}

/** Which identity keys of a batch the graph already holds, in one read. */
export async function lookupBatchKeys(
  db: GraphDatabase,
  docs: readonly AgreementGraphRows[],
): Promise<BatchLookups> {
  const present = <T>(xs: readonly (T | null)[]) => [...new Set(xs.filter((x): x is T => x !== null))];
  const params = {
    numbersKeys: present(docs.map((d) => d.agreement.numbersKey)),
    partiesDateKeys: present(docs.map((d) => d.agreement.partiesDateKey)),
    targetNumbersKeys: present(docs.map((d) => d.implements?.numbersKey ?? null)),
  };
  const lookups = {
    numbersKeys: new Set<string>(),
    partiesDateKeys: new Set<string>(),
    targets: new Map<string, string>(),
  };
  if (docs.length === 0) return lookups;
  for (const r of await readRecords(db, FIND_BATCH_CANDIDATE_KEYS, params)) {
    const key = r.key as string;
    if (r.via === 'NUMBERS') lookups.numbersKeys.add(key);
    else if (r.via === 'PARTIES_AND_DATE') lookups.partiesDateKeys.add(key);
    else if (typeof r.id === 'string') lookups.targets.set(key, r.id);
  }
  return lookups;
}

/** Reads what the graph holds for a batch and plans it; `earlierKeys` spans the whole run. */
export async function planBatch(
  db: GraphDatabase,
  docs: readonly AgreementGraphRows[],
  earlierKeys: Set<string>,
): Promise<PlannedBatch> {
  return { docs, steps: planAgreementBatch(docs, await lookupBatchKeys(db, docs), earlierKeys) };
}

/**
 * Writes a planned batch in document order (without waiting for the full-text indexes: the
 * caller does, once, with awaitSearchIndexRefresh): each run of new agreements in one transaction
 * (UNWIND over all their rows, shared entities merged once), every other document through the
 * single-document path. If a run's transaction fails, its documents are loaded again one per
 * transaction, so only a bad document fails and the graph is as if each good one loaded alone.
 * Never rejects: each document's outcome says what happened to it.
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
      return saveAgreementGraph(db, rows, { ...options, deferSearchIndexRefresh: true });
    });
  };
  for (const step of batch.steps) {
    if (step.kind === 'single') {
      await single(step.index, true);
      continue;
    }
    try {
      await writeNewAgreements(db, step.docs, options);
      for (const doc of step.docs) {
        outcomes[doc.index] = {
          ok: true,
          result: { status: 'CREATED', agreementId: doc.agreementId, notes: bulkNotes(doc) },
        };
      }
    } catch {
      // Which document broke the transaction is unknown: load them one at a time.
      for (const doc of step.docs) await single(doc.index, false);
    }
  }
  return outcomes;
}

async function writeNewAgreements(
  db: GraphDatabase,
  docs: Parameters<typeof agreementWriteRows>[0],
  options: SaveAgreementOptions,
): Promise<void> {
  const params = agreementWriteRows(docs);
  const step = async (name: LoadStep) => options.afterStep?.(name);
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(
      async (tx) => {
        await step('remove-previous'); // nothing to remove: every agreement here is new
        await runPipelined(
          tx,
          [...contentBatches(params), ...linkBatches(params), ['graph-version', GRAPH_VERSION_BUMP, {}]],
          step,
        );
      },
      { timeout: db.queryTimeoutMs },
    );
    db.graphChanged();
  } finally {
    await session.close();
  }
}

async function settle(fn: () => Promise<SaveAgreementResult>): Promise<BatchSaveOutcome> {
  try {
    return { ok: true, result: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

async function readRecords(
  db: GraphDatabase,
  query: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()),
      { timeout: db.queryTimeoutMs },
    );
  } finally {
    await session.close();
  }
}
