import type { ClauseRecord, LinkedPartyRecord } from '../../graph/read/entity-queries.js';
import type { AgreementRecord } from '../../graph/read/records.js';
import type { Loaders } from './create-loaders.js';

/**
 * Hands what a list statement already read to the loaders the nested field resolvers call, so
 * those fields are answered from memory instead of by another round trip. Each value is exactly
 * what the loader's own batch query would return for its key (the statements share the
 * projections). `prime` never overwrites a key already loaded in this request.
 */
export function primeLinkedParties(
  loaders: Loaders,
  agreementId: string,
  linked: readonly LinkedPartyRecord[],
): void {
  loaders.partiesOfAgreement.prime(
    agreementId,
    linked.map((l) => l.party),
  );
  for (const { party, institution, agency, actsFor, signatory, appointment } of linked) {
    loaders.partyLinks.prime(party.id, {
      institutionId: institution?.id ?? null,
      agencyId: agency?.id ?? null,
      actsForId: actsFor?.id ?? null,
      signatoryId: signatory?.id ?? null,
      appointmentId: appointment?.id ?? null,
    });
    if (institution) loaders.institution.prime(institution.id, institution);
    if (agency) loaders.institution.prime(agency.id, agency);
    if (actsFor) loaders.institution.prime(actsFor.id, actsFor);
    if (signatory) loaders.official.prime(signatory.id, signatory);
    if (appointment) loaders.decree.prime(appointment.id, appointment);
  }
}

/** `agreement` null: the statement found no agreement of that id, as the loader would have. */
export function primeAgreement(loaders: Loaders, id: string, agreement: AgreementRecord | null): void {
  loaders.agreement.prime(id, agreement);
}

export function primeClause(loaders: Loaders, clause: ClauseRecord): void {
  loaders.clause.prime(clause.id, clause);
}
