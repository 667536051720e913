import type { GraphDatabase } from '../driver.js';
import { sourceDocumentId } from '../graph-ids.js';
import type { AgreementGraphRows } from './agreement-rows.js';
import { deleteAgreementIn } from './delete-agreement.js';
import {
  findAgreementIdByContentHash,
  findAgreementIdsByContentHashes,
  lookupBatchKeys,
} from './find-loaded-agreements.js';
import { planAgreementBatch } from './plan-agreement-batch.js';
import { prepareAgreementRows } from './prepare-agreement-rows.js';
import { saveAgreementRows, writeAgreement } from './save-agreement.js';
import { startBulkRun, writePlannedBatch, type AgreementToSave } from './save-agreements.js';

/**
 * Rehearsals of the write path for the start-up warm-up (issue 13: the first ingest after start
 * took 8.5-12 s, cold JVM and cold plans). Each one runs the real writers (saveAgreementRows,
 * writeAgreement, deleteAgreementIn, the bulk planner and writePlannedBatch) on real parsed
 * agreements, so every write statement runs with the parameter types a real ingest sends, and
 * then rolls back (db.write's `rollback`): nothing is committed, the graph version stays, no
 * cached answer is dropped.
 *
 * The agreements are rehearsal copies (rehearsalCopy): their identity keys and content hash
 * carry a prefix no real document has, so each is a new agreement whatever the graph holds, and
 * the create path runs (an agreement already in the graph would be UNCHANGED and write nothing).
 * Shared entities (institutions, officials, decrees) keep their keys: they merge into the ones
 * the graph has, as a real ingest's would, and that too is rolled back.
 */

/** What one rehearsal did before it was rolled back (the warm-up throws when it went another way). */
export interface RehearsalReport {
  /** Statuses in the order the writers answered them ("CREATED", "UPDATED", "DELETED"). */
  readonly statuses: readonly string[];
  /** The rehearsal copies' agreement ids: none of them exists after the rollback. */
  readonly agreementIds: readonly string[];
  /** Write transactions run (each rolled back). */
  readonly transactions: number;
}

const PREFIX = 'warm-up-rehearsal';

/**
 * The same document as a new agreement: identity keys, implemented MoU keys and content hash
 * prefixed with `tag`; `version` changes only the content hash, so two copies with one tag and
 * different versions are an agreement and its edited version.
 */
export function rehearsalCopy(rows: AgreementGraphRows, tag: string, version = 1): AgreementGraphRows {
  const key = (k: string) => `${PREFIX}/${tag}:${k}`;
  const maybe = (k: string | null) => (k === null ? null : key(k));
  const contentHash = `${PREFIX}/${tag}/v${version}:${rows.source.contentHash}`;
  return {
    ...rows,
    source: { ...rows.source, id: sourceDocumentId(contentHash), contentHash },
    agreement: {
      ...rows.agreement,
      identityKey: key(rows.agreement.identityKey),
      numbersKey: maybe(rows.agreement.numbersKey),
      numberKeys: rows.agreement.numberKeys.map(key),
      partiesDateKey: maybe(rows.agreement.partiesDateKey),
      properties: { ...rows.agreement.properties, contentHash },
    },
    implements: rows.implements && {
      ...rows.implements,
      identityKey: key(rows.implements.identityKey),
      numbersKey: maybe(rows.implements.numbersKey),
      numberKeys: rows.implements.numberKeys.map(key),
    },
  };
}

/** The database with every write rolled back, counting the write transactions it ran. */
function rollingBack(db: GraphDatabase): { db: GraphDatabase; transactions: () => number } {
  let transactions = 0;
  return {
    db: {
      ...db,
      write: (work, options) => {
        transactions++;
        return db.write(work, { ...options, rollback: true });
      },
    },
    transactions: () => transactions,
  };
}

/** Throws unless the rehearsal went the way a real load of new agreements goes. */
function expectWent(
  what: string,
  report: RehearsalReport,
  statuses: readonly string[],
  transactions: number,
) {
  const same =
    report.transactions === transactions &&
    report.statuses.length === statuses.length &&
    report.statuses.every((s, i) => s === statuses[i]);
  if (!same) {
    throw new Error(
      `rehearsal of ${what} went another way: ${report.statuses.join(', ')} in ${report.transactions} transaction(s), expected ${statuses.join(', ')} in ${transactions}`,
    );
  }
  return report;
}

/**
 * The first ingest of a text (loadAgreement after parsing): the content-hash look-up, then
 * saveAgreementRows of a new agreement in its own transaction (the write lock, the candidates,
 * every content batch, the IMPLEMENTS look-up and link, the relabelling, the version renewal),
 * rolled back.
 */
export async function rehearseIngest(db: GraphDatabase, item: AgreementToSave): Promise<RehearsalReport> {
  const rows = rehearsalCopy(prepareAgreementRows(item.agreement, item.source), 'ingest');
  const rehearsal = rollingBack(db);
  await findAgreementIdByContentHash(db, rows.source.contentHash);
  const saved = await saveAgreementRows(rehearsal.db, rows);
  return expectWent(
    'an ingest',
    { statuses: [saved.status], agreementIds: [saved.agreementId], transactions: rehearsal.transactions() },
    ['CREATED'],
    1,
  );
}

/**
 * An edited version and a delete, in one transaction rolled back: the document as a new
 * agreement, then its edited version (which removes the first one's content and sweeps
 * orphans), then deleteAgreement of it. Needs a document with numbers, or parties and a date
 * (by which its edited version is recognised).
 */
export async function rehearseNewVersionAndDelete(
  db: GraphDatabase,
  item: AgreementToSave,
): Promise<RehearsalReport> {
  const rows = prepareAgreementRows(item.agreement, item.source);
  const noHook = () => undefined;
  const rehearsal = rollingBack(db);
  const report = await rehearsal.db.write(
    async (tx) => {
      const created = await writeAgreement(tx, rehearsalCopy(rows, 'versions', 1), noHook);
      const updated = await writeAgreement(tx, rehearsalCopy(rows, 'versions', 2), noHook);
      const deleted = await deleteAgreementIn(tx, updated.agreementId);
      return {
        statuses: [created.status, updated.status, deleted ? 'DELETED' : 'NOT_DELETED'],
        agreementIds: [...new Set([created.agreementId, updated.agreementId])],
        transactions: 1,
      };
    },
    { lock: true },
  );
  return expectWent('a new version and a delete', report, ['CREATED', 'UPDATED', 'DELETED'], 1);
}

/**
 * A bulk load of new agreements (loadAgreementsInBulk after parsing): the content-hash and
 * identity-key look-ups of a batch, its plan (one run of new agreements), and writePlannedBatch
 * writing them in one transaction, rolled back. Needs at least two documents.
 */
export async function rehearseBulkIngest(
  db: GraphDatabase,
  items: readonly AgreementToSave[],
): Promise<RehearsalReport> {
  if (items.length < 2) throw new Error('a bulk rehearsal needs at least two agreements');
  const docs = items.map((item, i) =>
    rehearsalCopy(prepareAgreementRows(item.agreement, item.source), `bulk-${i}`),
  );
  await findAgreementIdsByContentHashes(
    db,
    docs.map((d) => d.source.contentHash),
  );
  const steps = planAgreementBatch(docs, await lookupBatchKeys(db, docs), startBulkRun());
  const rehearsal = rollingBack(db);
  const outcomes = await writePlannedBatch(rehearsal.db, { docs, steps });
  return expectWent(
    'a bulk load',
    {
      statuses: outcomes.map((o) => (o.ok ? o.result.status : `FAILED (${String(o.error)})`)),
      agreementIds: outcomes.flatMap((o) => (o.ok ? [o.result.agreementId] : [])),
      transactions: rehearsal.transactions(),
    },
    docs.map(() => 'CREATED'),
    1,
  );
}

/**
 * The sample whose document gives the most write statements something to write (parties,
 * decrees, unit links, legal bases, amendments, an implemented MoU, …), the first of equals:
 * the single-document rehearsals use it, so they run as many statements as one document can.
 */
export function richestSample(items: readonly AgreementToSave[]): AgreementToSave {
  let best: AgreementToSave | undefined;
  let bestScore = -1;
  for (const item of items) {
    const rows = prepareAgreementRows(item.agreement, item.source);
    const lists = [
      rows.institutions,
      rows.unitLinks,
      rows.officials,
      rows.decrees,
      rows.parties,
      rows.clauses,
      rows.provisions,
      rows.legalBases,
      rows.citations,
      rows.amendments,
      rows.definitions,
    ];
    const score =
      lists.filter((l) => l.length > 0).length +
      (rows.implements ? 1 : 0) +
      (rows.parties.some((p) => p.decreeKey !== null) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [item, score];
  }
  if (!best) throw new Error('no sample agreement to rehearse with');
  return best;
}
