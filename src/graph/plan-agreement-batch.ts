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
 * note: chooseAgreementMatch decides), or when it shares its numbers, parties and date, text or
 * id with a document handed over earlier in this run (`earlierKeys`: their writes may not be
 * visible to `lookups` yet, and a repeated text must come out UNCHANGED), or with an MoU an
 * earlier document implements.
 *
 * Implementing an agreement loaded earlier in the run is a plain create: a new agreement's id
 * is minted from its numbers, exactly as the MoU stub's id is, so the link lands on the same
 * node whether the MoU was written before, in the same transaction, or failed and left a stub.
 * Only when that earlier document took the single path (its id is decided when it is written)
 * does the implementing one take it too. Every document's keys go into `earlierKeys`.
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
    const sharesEarlier =
      keys.some((k) => earlierKeys.has(k) || earlierKeys.has(`${TARGET}${k}`)) ||
      targetKeys.some((k) => earlierKeys.has(`${SINGLE}${k}`));
    const single = known || sharesEarlier;
    for (const k of keys) earlierKeys.add(single ? `${SINGLE}${k}` : k).add(k);
    for (const k of targetKeys) earlierKeys.add(`${TARGET}${k}`);
    if (single) {
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

/** Prefix of the keys of the MoUs earlier documents implement. */
const TARGET = 'implements>';
/** Prefix of the keys of earlier documents that took the single path: their ids are decided when written. */
const SINGLE = 'single>';

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
