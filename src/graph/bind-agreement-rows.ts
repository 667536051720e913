import type { AgreementGraphRows } from './agreement-graph-rows.js';

/** The batches of one agreement with graph ids in place of local ids, as the write queries take them. */
export interface BoundAgreementBatches {
  readonly parties: readonly Record<string, unknown>[];
  readonly clauses: readonly Record<string, unknown>[];
  readonly provisions: readonly Record<string, unknown>[];
  readonly definitions: readonly Record<string, unknown>[];
}

/** `<agreementId>/<localId>`: ids of the nodes an agreement owns, stable across reloads of it. */
export function ownedId(agreementId: string, localId: string): string {
  return `${agreementId}/${localId}`;
}

/** Binds an agreement's id into its rows (pure, so the ids are testable without a database). */
export function bindAgreementRows(rows: AgreementGraphRows, agreementId: string): BoundAgreementBatches {
  const id = (localId: string) => ownedId(agreementId, localId);
  return {
    parties: rows.parties.map(({ localId, ...rest }) => ({ ...rest, id: id(localId) })),
    clauses: rows.clauses.map(({ localId, ...rest }) => ({ ...rest, id: id(localId) })),
    provisions: rows.provisions.map(({ localId, partyLocalId, clauseLocalId, ...rest }) => ({
      ...rest,
      id: id(localId),
      partyId: id(partyLocalId),
      clauseId: clauseLocalId === null ? null : id(clauseLocalId),
    })),
    definitions: rows.definitions.map(({ localId, ...rest }) => ({ ...rest, id: id(localId) })),
  };
}
