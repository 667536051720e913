import DataLoader from 'dataloader';
import type { GraphDatabase } from '../../graph/driver.js';
import { warningsOfAgreements } from '../../graph/read/agreement-warnings.js';
import * as read from '../../graph/read/entity-queries.js';

type Batch<V> = (db: GraphDatabase, keys: readonly string[]) => Promise<V[]>;

/**
 * One DataLoader per relation, built fresh for every request: all the parents a level of the
 * response asks about are answered by one query, so the number of Cypher round trips depends
 * on the shape of the request, never on the size of its pages (no N+1). Per request, because a
 * loader's cache must never serve one client another request's (or an older) view.
 */
export function createLoaders(db: GraphDatabase) {
  const loader = <V>(batch: Batch<V>) =>
    new DataLoader<string, V>((keys) => batch(db, keys), { maxBatchSize: 1000 });
  return {
    agreement: loader(read.agreementsById),
    institution: loader(read.institutionsById),
    official: loader(read.officialsById),
    decree: loader(read.decreesById),
    clause: loader(read.clausesById),
    partiesOfAgreement: loader(read.partiesOfAgreements),
    partyLinks: loader(read.partyLinks),
    provisionsOfParty: loader(read.provisionsOfParties),
    clausesOfAgreement: loader(read.clausesOfAgreements),
    provisionsOfClause: loader(read.provisionsOfClauses),
    definitionsOfAgreement: loader(read.definitionsOfAgreements),
    legalBasesOfAgreement: loader(read.legalBasesOfAgreements),
    citationsOfAgreement: loader(read.citationsOfAgreements),
    implementedBy: loader(read.implementedByAgreements),
    implementersOf: loader(read.implementersOfAgreements),
    sourceOfAgreement: loader(read.sourcesOfAgreements),
    warningsOfAgreement: loader(warningsOfAgreements),
    parentOfInstitution: loader(read.parentsOfInstitutions),
    unitsOfInstitution: loader(read.unitsOfInstitutions),
    agreementsOfInstitution: loader(read.agreementsOfInstitutions),
    signatoriesOfInstitution: loader(read.signatoriesOfInstitutions),
    positionsOfOfficial: loader(read.positionsOfOfficials),
    decreesOfOfficial: loader(read.decreesOfOfficials),
    amendmentsOfDecree: loader(read.amendmentsOfDecrees),
    amendersOfDecree: loader(read.amendersOfDecrees),
    citationsOfDecree: loader(read.citationsOfDecrees),
    basisOfDecree: loader(read.basisOfDecrees),
    appointeesOfDecree: loader(read.appointeesOfDecrees),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads entities by id, dropping ids that no longer resolve (deleted between two reads). */
export async function loadAll<V>(loader: DataLoader<string, V | null>, ids: readonly string[]): Promise<V[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is V => v !== null && !(v instanceof Error));
}
