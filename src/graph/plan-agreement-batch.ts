import type { AgreementGraphRows } from './agreement-graph-rows.js';
import type { AgreementToWrite } from './agreement-write-rows.js';
import { agreementId as mintAgreementId } from './graph-ids.js';

/** What the graph already holds for a batch's keys (FIND_BATCH_CANDIDATE_KEYS). */
export interface BatchLookups {
  /** Numbers keys some agreement already has. */
  readonly numbersKeys: ReadonlySet<string>;
  /** Parties-and-date keys some agreement already has. */
  readonly partiesDateKeys: ReadonlySet<string>;
  /** Implemented MoU numbers key -> the agreement it leads to. */
  readonly targets: ReadonlyMap<string, string>;
}

/** A document of the batch, by its position in the batch. */
export type BatchStep =
  /** New agreements, nothing in the graph or earlier in the run shares their identity: one transaction. */
  | { readonly kind: 'bulk'; readonly docs: readonly (AgreementToWrite & { readonly index: number })[] }
  /** Maybe a version of something already loaded: the single-document path decides, in its own transaction. */
  | { readonly kind: 'single'; readonly index: number };

export const SELF_IMPLEMENTS_NOTE =
  'the agreement names its own numbers as the MoU it implements; link not stored';

/**
 * Splits a batch into runs of plain creates (written many per transaction) and documents that
 * need the single-document path, keeping document order so the graph is the same as loading
 * one document at a time.
 *
 * A document takes the single path when the graph has an agreement with its numbers or its
 * parties and date (an edited version, an MoU known by reference, or one to keep apart with a
 * note: chooseAgreementMatch decides), or when it shares a key with a document handed over
 * earlier in this run (`earlierKeys`: their writes may not be visible to `lookups` yet, and a
 * repeated text must come out UNCHANGED). The keys of every document are added to
 * `earlierKeys`, whichever path it takes.
 */
export function planAgreementBatch(
  docs: readonly AgreementGraphRows[],
  lookups: BatchLookups,
  earlierKeys: Set<string>,
): BatchStep[] {
  const steps: BatchStep[] = [];
  let run: (AgreementToWrite & { index: number })[] = [];
  const flush = () => {
    if (run.length) steps.push({ kind: 'bulk', docs: run });
    run = [];
  };
  docs.forEach((rows, index) => {
    const { agreement, implements: target } = rows;
    const agreementId = mintAgreementId(agreement.identityKey);
    const targetId = target
      ? ((target.numbersKey ? lookups.targets.get(target.numbersKey) : undefined) ??
        mintAgreementId(target.identityKey))
      : null;
    const keys = identityKeys(rows, agreementId);
    const targetKeys =
      target && targetId ? [`id:${targetId}`, ...nullable('numbers', target.numbersKey)] : [];
    const known =
      (agreement.numbersKey !== null && lookups.numbersKeys.has(agreement.numbersKey)) ||
      (agreement.partiesDateKey !== null && lookups.partiesDateKeys.has(agreement.partiesDateKey));
    // Two documents implementing the same MoU are fine together (the second link MERGEs onto
    // the first one's stub, as it would one load later); a document that is, or links to,
    // an agreement an earlier document is or links to is not.
    const sharesEarlier =
      keys.some((k) => earlierKeys.has(k) || earlierKeys.has(`${TARGET}${k}`)) ||
      targetKeys.some((k) => earlierKeys.has(k));
    for (const k of keys) earlierKeys.add(k);
    for (const k of targetKeys) earlierKeys.add(`${TARGET}${k}`);
    if (known || sharesEarlier) {
      flush();
      steps.push({ kind: 'single', index });
      return;
    }
    run.push({ index, rows, agreementId, implementsId: targetId === agreementId ? null : targetId });
  });
  flush();
  return steps;
}

/** Notes the bulk path adds to a document's own (the single path adds chooseAgreementMatch's). */
export function bulkNotes(doc: AgreementToWrite): string[] {
  const selfLink = doc.rows.implements !== null && doc.implementsId === null;
  return [...doc.rows.notes, ...(selfLink ? [SELF_IMPLEMENTS_NOTE] : [])];
}

const TARGET = 'implements>';

/** Everything by which a later document could turn out to be this one (or a version of it). */
function identityKeys(rows: AgreementGraphRows, agreementId: string): string[] {
  return [
    `id:${agreementId}`,
    `hash:${rows.source.contentHash}`,
    ...nullable('numbers', rows.agreement.numbersKey),
    ...nullable('parties-date', rows.agreement.partiesDateKey),
  ];
}

function nullable(kind: string, key: string | null): string[] {
  return key === null ? [] : [`${kind}:${key}`];
}
