import { agreementId as mintAgreementId } from '../graph-ids.js';
import type { AgreementGraphRows } from './agreement-rows.js';
import type { AgreementToWrite } from './statement-rows.js';
import { implementsTarget } from './write-pipeline.js';

/** What the graph already holds for a batch's keys (FIND_BATCH_CANDIDATE_KEYS). */
export interface BatchLookups {
  /** Numbers keys some agreement already has. */
  readonly numbersKeys: ReadonlySet<string>;
  /** Parties-and-date keys some agreement already has. */
  readonly partiesDateKeys: ReadonlySet<string>;
  /** Implemented MoU numbers key -> the agreement it leads to. */
  readonly targets: ReadonlyMap<string, string>;
}

/** A new agreement of a bulk run, with its position in the batch and the notes to report for it. */
export type PlannedAgreement = AgreementToWrite & {
  readonly index: number;
  readonly notes: readonly string[];
};

/** A document of the batch, by its position in the batch. */
export type BatchStep =
  /** New agreements, nothing in the graph or earlier in the run shares their identity: one transaction. */
  | { readonly kind: 'bulk'; readonly docs: readonly PlannedAgreement[] }
  /** Maybe a version of something already loaded: the single-document path decides, in its own transaction. */
  | { readonly kind: 'single'; readonly index: number };

/** Everything by which a later document could turn out to be an earlier one (or a version of it). */
class IdentitySet {
  readonly agreementIds = new Set<string>();
  readonly contentHashes = new Set<string>();
  readonly numbersKeys = new Set<string>();
  readonly partiesDateKeys = new Set<string>();

  add(identity: DocumentIdentity): void {
    this.agreementIds.add(identity.agreementId);
    this.contentHashes.add(identity.contentHash);
    if (identity.numbersKey !== null) this.numbersKeys.add(identity.numbersKey);
    if (identity.partiesDateKey !== null) this.partiesDateKeys.add(identity.partiesDateKey);
  }

  shares(identity: DocumentIdentity): boolean {
    return (
      this.agreementIds.has(identity.agreementId) ||
      this.contentHashes.has(identity.contentHash) ||
      (identity.numbersKey !== null && this.numbersKeys.has(identity.numbersKey)) ||
      (identity.partiesDateKey !== null && this.partiesDateKeys.has(identity.partiesDateKey))
    );
  }

  /** Whether an MoU with this id or numbers is one of these documents. */
  isAgreement(id: string, numbersKey: string | null): boolean {
    return this.agreementIds.has(id) || (numbersKey !== null && this.numbersKeys.has(numbersKey));
  }
}

interface DocumentIdentity {
  readonly agreementId: string;
  readonly contentHash: string;
  readonly numbersKey: string | null;
  readonly partiesDateKey: string | null;
}

/**
 * What one bulk run has handed to the writer so far, across its batches: later documents are
 * planned against it because earlier writes may not be visible to a look-up yet.
 */
export class BulkRunMemory {
  /** Every document handed over. */
  private readonly handedOver = new IdentitySet();
  /** The documents that took the single path: their ids are decided only when they are written. */
  private readonly tookSinglePath = new IdentitySet();
  /** The MoUs earlier documents implement (their ids and numbers). */
  private readonly implementedIds = new Set<string>();
  private readonly implementedNumbersKeys = new Set<string>();

  /** Whether a text with this sha256 was handed over earlier in the run (the single path will find it). */
  hasText(contentHash: string): boolean {
    return this.handedOver.contentHashes.has(contentHash);
  }

  /** Whether a document shares its identity with one handed over before (see planAgreementBatch). */
  sharesEarlier(
    identity: DocumentIdentity,
    target: { id: string; numbersKey: string | null } | null,
  ): boolean {
    return (
      this.handedOver.shares(identity) ||
      this.implementedIds.has(identity.agreementId) ||
      (identity.numbersKey !== null && this.implementedNumbersKeys.has(identity.numbersKey)) ||
      (target !== null && this.tookSinglePath.isAgreement(target.id, target.numbersKey))
    );
  }

  remember(
    identity: DocumentIdentity,
    single: boolean,
    target: { id: string; numbersKey: string | null } | null,
  ): void {
    this.handedOver.add(identity);
    if (single) this.tookSinglePath.add(identity);
    if (target) {
      this.implementedIds.add(target.id);
      if (target.numbersKey !== null) this.implementedNumbersKeys.add(target.numbersKey);
    }
  }
}

/**
 * Splits a batch into runs of plain creates (written many per transaction) and documents that
 * need the single-document path, keeping document order so the graph is the same as loading
 * one document at a time.
 *
 * A document takes the single path when the graph has an agreement with its numbers or its
 * parties and date (an edited version, an MoU known by reference, or one to keep apart with a
 * note: chooseAgreementMatch decides), or when it shares its numbers, parties and date, text or
 * id with a document handed over earlier in this run (`run`: their writes may not be visible
 * to `lookups` yet, and a repeated text must come out UNCHANGED), or with an MoU an earlier
 * document implements.
 *
 * Implementing an agreement loaded earlier in the run is a plain create: a new agreement's id
 * is minted from its numbers, exactly as the MoU stub's id is, so the link lands on the same
 * node whether the MoU was written before, in the same transaction, or failed and left a stub.
 * Only when that earlier document took the single path (its id is decided when it is written)
 * does the implementing one take it too. Every document is remembered in `run`.
 */
export function planAgreementBatch(
  docs: readonly AgreementGraphRows[],
  lookups: BatchLookups,
  run: BulkRunMemory,
): BatchStep[] {
  const steps: BatchStep[] = [];
  let creates: PlannedAgreement[] = [];
  const flush = () => {
    if (creates.length) steps.push({ kind: 'bulk', docs: creates });
    creates = [];
  };
  docs.forEach((rows, index) => {
    const { agreement, implements: mou } = rows;
    const identity: DocumentIdentity = {
      agreementId: mintAgreementId(agreement.identityKey),
      contentHash: rows.source.contentHash,
      numbersKey: agreement.numbersKey,
      partiesDateKey: agreement.partiesDateKey,
    };
    const existingTarget = mou?.numbersKey ? lookups.targets.get(mou.numbersKey) : undefined;
    const { targetId, implementsId, notes } = implementsTarget(rows, identity.agreementId, existingTarget);
    const target = mou && targetId ? { id: targetId, numbersKey: mou.numbersKey } : null;
    const known =
      (agreement.numbersKey !== null && lookups.numbersKeys.has(agreement.numbersKey)) ||
      (agreement.partiesDateKey !== null && lookups.partiesDateKeys.has(agreement.partiesDateKey));
    const single = known || run.sharesEarlier(identity, target);
    run.remember(identity, single, target);
    if (single) {
      flush();
      steps.push({ kind: 'single', index });
      return;
    }
    creates.push({
      index,
      rows,
      agreementId: identity.agreementId,
      implementsId,
      notes: [...rows.notes, ...notes],
    });
  });
  flush();
  return steps;
}
