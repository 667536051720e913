import type { ManagedTransaction } from 'neo4j-driver';
import type { AgreementGraphRows, AgreementLoadStatus } from './agreement-graph-rows.js';
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
  FIND_AGREEMENT_BY_CONTENT_HASH,
  FIND_AGREEMENT_BY_NUMBERS,
  FIND_AGREEMENT_CANDIDATES,
  REFRESH_INSTITUTION_LABELS,
  UPSERT_AGREEMENTS,
  UPSERT_DECREES,
  UPSERT_INSTITUTIONS,
  UPSERT_OFFICIALS,
} from './agreement-cypher.js';
import { agreementWriteRows, type AgreementWriteRows } from './agreement-write-rows.js';
import { chooseAgreementMatch, type AgreementCandidate } from './choose-agreement-match.js';
import type { GraphDatabase } from './driver.js';
import { GRAPH_VERSION_BUMP, GRAPH_WRITE_LOCK } from './read-cache.js';
import { awaitSearchIndexRefresh } from './search-index-refresh.js';
import { agreementId as mintAgreementId } from './graph-ids.js';
import { toNeo4jParams } from './neo4j-params.js';
import {
  NOTHING_TOUCHED,
  removeAgreementContent,
  sweepOrphans,
  type TouchedNodes,
} from './remove-agreement-content.js';

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

export interface SaveAgreementOptions {
  /**
   * Called inside the transaction after each batch. Throwing aborts the load and rolls every
   * write of this document back; tests use it to fail on purpose half-way through.
   */
  readonly afterStep?: (step: LoadStep) => void | Promise<void>;
  /**
   * Return without waiting for the full-text indexes to take the change in (see
   * search-index-refresh.ts): a bulk load waits once, at its end, instead of after each document.
   */
  readonly deferSearchIndexRefresh?: boolean;
}

export interface SaveAgreementResult {
  readonly status: AgreementLoadStatus;
  readonly agreementId: string;
  readonly notes: readonly string[];
}

/** The loaded agreement whose text has this sha256, if any: a re-load can stop here without parsing. */
export async function findAgreementIdByContentHash(
  db: GraphDatabase,
  contentHash: string,
): Promise<string | null> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => {
        const { records } = await tx.run(FIND_AGREEMENT_BY_CONTENT_HASH, { contentHash });
        return (records[0]?.get('id') as string | undefined) ?? null;
      },
      { timeout: db.queryTimeoutMs },
    );
  } finally {
    await session.close();
  }
}

/**
 * Writes one agreement in one transaction: all of it or none of it. The same text again is
 * UNCHANGED with no write at all; an edited version (same numbers, or same parties and date)
 * replaces the previous one's content, keeps its id, and removes shared nodes only it used.
 */
export async function saveAgreementGraph(
  db: GraphDatabase,
  rows: AgreementGraphRows,
  options: SaveAgreementOptions = {},
): Promise<SaveAgreementResult> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.executeWrite((tx) => writeAgreement(tx, rows, options), {
      timeout: db.queryTimeoutMs,
    });
    if (result.status !== 'UNCHANGED') {
      db.graphChanged();
      if (!options.deferSearchIndexRefresh) await awaitSearchIndexRefresh(db);
    }
    return result;
  } finally {
    await session.close();
  }
}

async function writeAgreement(
  tx: ManagedTransaction,
  rows: AgreementGraphRows,
  options: SaveAgreementOptions,
): Promise<SaveAgreementResult> {
  const step = async (name: LoadStep) => options.afterStep?.(name);
  const run = (query: string, params: Record<string, unknown>) =>
    tx.run(query, toNeo4jParams(params) as Record<string, unknown>);

  const { agreement, source } = rows;
  await tx.run(GRAPH_WRITE_LOCK);
  const found = await run(FIND_AGREEMENT_CANDIDATES, {
    numbersKey: agreement.numbersKey,
    partiesDateKey: agreement.partiesDateKey,
  });
  const candidates: AgreementCandidate[] = found.records.map((r) => ({
    id: r.get('id') as string,
    loaded: r.get('loaded') as boolean,
    contentHash: r.get('contentHash') as string | null,
    numberKeys: r.get('numberKeys') as string[],
    via: r.get('via') as AgreementCandidate['via'],
  }));
  const match = chooseAgreementMatch(candidates, {
    contentHash: source.contentHash,
    numberKeys: agreement.numberKeys,
  });
  const notes = [...rows.notes, ...match.notes];
  const agreementId = match.existingId ?? mintAgreementId(agreement.identityKey);
  if (match.status === 'UNCHANGED') return { status: 'UNCHANGED', agreementId, notes };

  let touched: TouchedNodes = NOTHING_TOUCHED;
  if (match.replaces) touched = await removeAgreementContent(tx, agreementId);
  await step('remove-previous');

  const params = agreementWriteRows([{ rows, agreementId, implementsId: null }]);
  await runPipelined(tx, contentBatches(params), step);

  if (rows.implements) {
    const target = rows.implements;
    const existing = target.numbersKey
      ? ((await run(FIND_AGREEMENT_BY_NUMBERS, { numbersKey: target.numbersKey })).records[0]?.get('id') as
          string | undefined)
      : undefined;
    const targetId = existing ?? mintAgreementId(target.identityKey);
    if (targetId !== agreementId) {
      const [link] = agreementWriteRows([{ rows, agreementId, implementsId: targetId }]).implements;
      await run(CREATE_IMPLEMENTS, { rows: [link] });
    } else {
      notes.push('the agreement names its own numbers as the MoU it implements; link not stored');
    }
  }
  await step('implements');

  // Every institution this load touched gets its Agency/Unit label re-derived, old ones too.
  await sweepOrphans(
    tx,
    touched,
    rows.institutions.map((i) => i.id),
  );
  await step('sweep');
  await tx.run(GRAPH_VERSION_BUMP);
  await step('graph-version');
  return { status: match.status, agreementId, notes };
}

/** A write statement with its parameters (null: nothing to write), named after the load step it completes. */
export type WriteBatch = readonly [step: LoadStep, query: string, params: Record<string, unknown> | null];

const rowsParam = (rows: readonly unknown[]) => (rows.length ? { rows } : null);

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

/**
 * The IMPLEMENTS links (target ids already resolved) and the Agency/Unit labels of every
 * institution written: the end of a bulk write, where nothing was removed.
 */
export function linkBatches(params: AgreementWriteRows): WriteBatch[] {
  return [
    ['implements', CREATE_IMPLEMENTS, rowsParam(params.implements)],
    [
      'sweep',
      REFRESH_INSTITUTION_LABELS,
      params.institutionIds.length ? { institutionIds: params.institutionIds } : null,
    ],
  ];
}

/**
 * Sends the batches together so the driver pipelines them (one round trip instead of one per
 * batch), then awaits them in order: a failing batch still rejects, and the hook still runs
 * between batches.
 */
export async function runPipelined(
  tx: ManagedTransaction,
  batches: readonly WriteBatch[],
  step: (name: LoadStep) => Promise<void>,
): Promise<void> {
  const pending = batches.map(([name, query, params]) => ({
    name,
    result: params ? tx.run(query, toNeo4jParams(params) as Record<string, unknown>) : null,
  }));
  try {
    for (const { name, result } of pending) {
      if (result) await result;
      await step(name);
    }
  } finally {
    // Nothing may be left unobserved when the hook or a batch fails: the transaction rolls back anyway.
    await Promise.allSettled(pending.map((p) => p.result));
  }
}
