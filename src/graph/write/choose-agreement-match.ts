import type { AgreementLoadStatus } from './agreement-rows.js';

/** An agreement already in the graph that an incoming document may be a version of. */
export interface AgreementCandidate {
  readonly id: string;
  /** False for an agreement known only because another one implements it (an MoU not yet loaded). */
  readonly loaded: boolean;
  readonly contentHash: string | null;
  readonly numberKeys: readonly string[];
  readonly via: 'NUMBERS' | 'PARTIES_AND_DATE';
}

export interface AgreementMatch {
  readonly status: AgreementLoadStatus;
  /** The existing agreement's id, or null when a new agreement is to be created. */
  readonly existingId: string | null;
  /** True when the existing agreement's content must be removed before writing (an update). */
  readonly replaces: boolean;
  /** Identity decisions to report ("kept apart because …"). */
  readonly notes: readonly string[];
}

/**
 * Decides whether a document is new, an edited version of an agreement, or the same text again.
 * Same numbers is the strongest evidence. Same parties and signing date also identifies an
 * agreement, unless both versions carry document numbers and share none: two agreements between
 * the same bodies on the same day are possible, so such a pair is kept apart and the reason
 * reported rather than one silently overwriting the other.
 */
export function chooseAgreementMatch(
  candidates: readonly AgreementCandidate[],
  incoming: { readonly contentHash: string; readonly numberKeys: readonly string[] },
): AgreementMatch {
  const notes: string[] = [];
  const byNumbers = candidates.find((c) => c.via === 'NUMBERS');
  let chosen = byNumbers;
  if (!chosen) {
    for (const c of candidates.filter((x) => x.via === 'PARTIES_AND_DATE')) {
      const bothNumbered = c.numberKeys.length > 0 && incoming.numberKeys.length > 0;
      const shareOne = c.numberKeys.some((k) => incoming.numberKeys.includes(k));
      if (c.loaded && bothNumbered && !shareOne) {
        notes.push(
          `same parties and signing date as agreement ${c.id}, but no document number in common (${c.numberKeys.join(', ')} vs ${incoming.numberKeys.join(', ')}): kept as a separate agreement`,
        );
        continue;
      }
      chosen = c;
      break;
    }
  }
  if (!chosen) return { status: 'CREATED', existingId: null, replaces: false, notes };
  if (!chosen.loaded) return { status: 'CREATED', existingId: chosen.id, replaces: false, notes };
  if (chosen.contentHash === incoming.contentHash) {
    return { status: 'UNCHANGED', existingId: chosen.id, replaces: false, notes };
  }
  return { status: 'UPDATED', existingId: chosen.id, replaces: true, notes };
}
