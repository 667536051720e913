import type { ManagedTransaction } from 'neo4j-driver';
import type { Agreement } from '../../domain/agreement.js';
import type { GraphDatabase } from '../driver.js';
import { agreementId as mintAgreementId } from '../graph-ids.js';
import { toNeo4jParams } from '../neo4j-params.js';
import type { AgreementGraphRows, AgreementLoadStatus } from './agreement-rows.js';
import type { SourceInfo } from './agreement-source.js';
import { chooseAgreementMatch, type AgreementCandidate } from './choose-agreement-match.js';
import { prepareAgreementRows } from './prepare-agreement-rows.js';
import {
  NOTHING_TOUCHED,
  removeAgreementContent,
  sweepOrphans,
  type TouchedNodes,
} from './remove-agreement-content.js';
import { agreementWriteRows, implementsStatementRow } from './statement-rows.js';
import { contentBatches, implementsTarget, runPipelined, type AfterStep } from './write-pipeline.js';
import {
  CREATE_IMPLEMENTS,
  FIND_AGREEMENT_BY_NUMBERS,
  FIND_AGREEMENT_CANDIDATES,
} from './write-statements.js';

export interface SaveAgreementOptions {
  /**
   * Called inside the transaction after each batch. Throwing aborts the load and rolls every
   * write of this document back; tests use it to fail on purpose half-way through.
   */
  readonly afterStep?: AfterStep;
  /**
   * Return without waiting for the full-text indexes to take the change in (see
   * GraphDatabase.awaitSearchIndexRefresh): a bulk load waits once, at its end, instead of after each document.
   */
  readonly deferSearchIndexRefresh?: boolean;
}

export interface SaveAgreementResult {
  readonly status: AgreementLoadStatus;
  readonly agreementId: string;
  /** Identity decisions to report ("kept apart because …"). */
  readonly notes: readonly string[];
}

/**
 * Writes one parsed agreement in one transaction: all of it or none of it. The same text again
 * is UNCHANGED with no write at all; an edited version (same numbers, or same parties and date)
 * replaces the previous one's content, keeps its id, and removes shared nodes only it used.
 */
export function saveAgreement(
  db: GraphDatabase,
  agreement: Agreement,
  source: SourceInfo,
  options: SaveAgreementOptions = {},
): Promise<SaveAgreementResult> {
  return saveAgreementRows(db, prepareAgreementRows(agreement, source), options);
}

/** saveAgreement for a document already turned into rows (the bulk writer's one-by-one path). */
export async function saveAgreementRows(
  db: GraphDatabase,
  rows: AgreementGraphRows,
  options: SaveAgreementOptions = {},
): Promise<SaveAgreementResult> {
  const afterStep = options.afterStep ?? (() => undefined);
  return db.write((tx) => writeAgreement(tx, rows, afterStep), {
    lock: true,
    changed: (result) => result.status !== 'UNCHANGED',
    afterVersionRenewed: () => afterStep('graph-version'),
    deferSearchIndexRefresh: options.deferSearchIndexRefresh,
  });
}

/** The single-document write inside a transaction the caller owns (saveAgreementRows; the warm-up's rehearsal). */
export async function writeAgreement(
  tx: ManagedTransaction,
  rows: AgreementGraphRows,
  afterStep: AfterStep,
): Promise<SaveAgreementResult> {
  const match = chooseAgreementMatch(await findCandidates(tx, rows), {
    contentHash: rows.source.contentHash,
    numberKeys: rows.agreement.numberKeys,
  });
  const agreementId = match.existingId ?? mintAgreementId(rows.agreement.identityKey);
  const notes = [...rows.notes, ...match.notes];
  if (match.status === 'UNCHANGED') return { status: 'UNCHANGED', agreementId, notes };

  const touched: TouchedNodes = match.replaces
    ? await removeAgreementContent(tx, agreementId)
    : NOTHING_TOUCHED;
  await afterStep('remove-previous');
  await runPipelined(
    tx,
    contentBatches(agreementWriteRows([{ rows, agreementId, implementsId: null }])),
    afterStep,
  );

  const target = implementsTarget(
    rows,
    agreementId,
    await findByNumbers(tx, rows.implements?.numbersKey ?? null),
  );
  notes.push(...target.notes);
  const link = implementsStatementRow({ rows, agreementId, implementsId: target.implementsId });
  if (link) await tx.run(CREATE_IMPLEMENTS, toNeo4jParams({ rows: [link] }) as Record<string, unknown>);
  await afterStep('implements');

  // Every institution this load touched gets its Agency/Unit label re-derived, old ones too.
  await sweepOrphans(
    tx,
    touched,
    rows.institutions.map((i) => i.id),
  );
  await afterStep('sweep');
  return { status: match.status, agreementId, notes };
}

/** Agreements the document may be a version of (chooseAgreementMatch decides). */
async function findCandidates(
  tx: ManagedTransaction,
  rows: AgreementGraphRows,
): Promise<AgreementCandidate[]> {
  const found = await tx.run(
    FIND_AGREEMENT_CANDIDATES,
    toNeo4jParams({
      numbersKey: rows.agreement.numbersKey,
      partiesDateKey: rows.agreement.partiesDateKey,
    }) as Record<string, unknown>,
  );
  return found.records.map((r) => ({
    id: r.get('id') as string,
    loaded: r.get('loaded') as boolean,
    contentHash: r.get('contentHash') as string | null,
    numberKeys: r.get('numberKeys') as string[],
    via: r.get('via') as AgreementCandidate['via'],
  }));
}

/** The agreement an implemented MoU's numbers lead to, if the graph has one. */
async function findByNumbers(tx: ManagedTransaction, numbersKey: string | null): Promise<string | undefined> {
  if (!numbersKey) return undefined;
  const { records } = await tx.run(FIND_AGREEMENT_BY_NUMBERS, { numbersKey });
  return records[0]?.get('id') as string | undefined;
}
