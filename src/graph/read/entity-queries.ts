import type { ClauseTopic, ProvisionSource } from '../../domain/agreement.js';
import type { GraphDatabase } from '../driver.js';
import { readGrouped, readOnePerKey } from './batch.js';
import {
  agreementProjection,
  decreeProjection,
  institutionProjection,
  officialProjection,
  spanProjection,
  type AgreementRecord,
  type FieldEntries,
  type DecreeRecord,
  type InstitutionRecord,
  type OfficialRecord,
  type SpanRecord,
} from './records.js';

/**
 * Batched reads of entities and their relations: each function answers for a whole list of
 * ids in one query, so a GraphQL request costs one round trip per relation it touches, never
 * one per row (the DataLoaders in src/graphql/loaders call these).
 */

export interface PartyRecord {
  readonly id: string;
  readonly agreementId: string;
  readonly ordinal: number;
  readonly label: string | null;
  /** As read, also when it links to no Official (a weak read). */
  readonly signatoryName: string | null;
  readonly position: string | null;
  readonly address: string | null;
  readonly contact: {
    unit: string | null;
    person: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
  } | null;
  readonly span: SpanRecord | null;
}

export interface ClauseRecord {
  readonly id: string;
  readonly number: string;
  readonly heading: string;
  readonly topic: ClauseTopic;
  readonly text: string;
  readonly span: SpanRecord | null;
}

export interface ProvisionRecord {
  readonly id: string;
  readonly kind: 'OBLIGATION' | 'RIGHT';
  readonly source: ProvisionSource;
  readonly label: string | null;
  readonly text: string;
  readonly clauseNumber: string;
  readonly partyId: string | null;
  readonly span: SpanRecord | null;
}

export interface DefinitionRecord {
  readonly term: string;
  readonly meaning: string;
  readonly span: SpanRecord | null;
}

export interface CitationRecord {
  readonly agreementId: string;
  readonly decreeId: string;
  readonly article: string | null;
  readonly clauseNumber: string | null;
  readonly text: string | null;
  readonly span: SpanRecord | null;
}

export interface LegalBasisRecord {
  readonly agreementId: string;
  readonly decreeId: string;
  readonly text: string | null;
  readonly span: SpanRecord | null;
}

export interface SourceDocumentRecord {
  readonly id: string;
  readonly name: string;
  readonly sha256: string;
  readonly textSha256: string | null;
  readonly mediaType: string;
  readonly pageCount: number | null;
  readonly ocr: boolean;
  readonly ocrPages: number[];
  readonly length: number | null;
  /** ISO 8601 date-time (UTC). */
  readonly loadedAt: string;
}

export interface PositionRecord {
  readonly title: string | null;
  readonly agreementId: string;
  readonly institutionId: string | null;
  readonly agencyId: string | null;
  readonly appointmentId: string | null;
  readonly signedOn: string | null;
}

/** Each field of a party `p` as a map entry (records.ts, FieldEntries). */
export const PARTY_ENTRIES: FieldEntries<PartyRecord> = {
  id: '.id',
  agreementId: '.agreementId',
  ordinal: '.ordinal',
  label: '.label',
  signatoryName: '.signatoryName',
  position: '.position',
  address: '.address',
  contact: `contact: CASE WHEN coalesce(p.contactUnit, p.contactPerson, p.contactAddress, p.contactPhone, p.contactEmail) IS NULL THEN null
    ELSE {unit: p.contactUnit, person: p.contactPerson, address: p.contactAddress, phone: p.contactPhone, email: p.contactEmail} END`,
  span: `span: ${spanProjection('p')}`,
};
/**
 * A party `p` as a PartyRecord; shared with the page prefetch so both return the same shape.
 * Its text is kept as it was; it reads exactly PARTY_ENTRIES (test/unit/graph/read/records.test.ts).
 */
export const PARTY = `p { .id, .agreementId, .ordinal, .label, .signatoryName, .position, .address,
  contact: CASE WHEN coalesce(p.contactUnit, p.contactPerson, p.contactAddress, p.contactPhone, p.contactEmail) IS NULL THEN null
    ELSE {unit: p.contactUnit, person: p.contactPerson, address: p.contactAddress, phone: p.contactPhone, email: p.contactEmail} END,
  span: ${spanProjection('p')} }`;
/** Each field of a clause `c` as a map entry (records.ts, FieldEntries). */
export const CLAUSE_ENTRIES: FieldEntries<ClauseRecord> = {
  id: '.id',
  number: '.number',
  heading: '.heading',
  topic: '.topic',
  text: '.text',
  span: `span: ${spanProjection('c')}`,
};
/** A clause `c` as a ClauseRecord; shared with the search statement. */
export const CLAUSE = `c { .id, .number, .heading, .topic, .text, span: ${spanProjection('c')} }`;
const PROVISION = `pr { .id, .kind, .source, .label, .text, .clauseNumber,
  partyId: head(COLLECT { MATCH (party:Party)-[:HAS_OBLIGATION|HAS_RIGHT]->(pr) RETURN party.id }),
  span: ${spanProjection('pr')} }`;

export const AGREEMENTS_BY_ID = `
UNWIND $keys AS key
MATCH (a:Agreement {id: key})
RETURN key, ${agreementProjection('a')} AS value`;

export const INSTITUTIONS_BY_ID = `
UNWIND $keys AS key
MATCH (i:Institution {id: key})
RETURN key, ${institutionProjection('i')} AS value`;

export const OFFICIALS_BY_ID = `
UNWIND $keys AS key
MATCH (o:Official {id: key})
RETURN key, ${officialProjection('o')} AS value`;

export const DECREES_BY_ID = `
UNWIND $keys AS key
MATCH (d:Decree {id: key})
RETURN key, ${decreeProjection('d')} AS value`;

export const CLAUSES_BY_ID = `
UNWIND $keys AS key
MATCH (c:Clause {id: key})
RETURN key, ${CLAUSE} AS value`;

export const PARTIES_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[:HAS_PARTY]->(p:Party)
WITH key, p ORDER BY p.ordinal
RETURN key, ${PARTY} AS value`;

/** The body a party acts for, its agency, its signatory and the appointing decree, in one batch. */
export const PARTY_LINKS = `
UNWIND $keys AS key
MATCH (p:Party {id: key})
RETURN key, {
  institutionId: head(COLLECT { MATCH (p)-[:ACTS_FOR]->(i) RETURN i.id }),
  agencyId: head(COLLECT { MATCH (p)-[:OF_AGENCY]->(i) RETURN i.id }),
  actsForId: head(COLLECT { MATCH (p)-[:ON_BEHALF_OF]->(i) RETURN i.id }),
  signatoryId: head(COLLECT { MATCH (p)-[:SIGNED_BY]->(o) RETURN o.id }),
  appointmentId: head(COLLECT { MATCH (p)-[:APPOINTED_UNDER]->(d) RETURN d.id })
} AS value`;

export const PROVISIONS_OF_PARTIES = `
UNWIND $keys AS key
MATCH (:Party {id: key})-[:HAS_OBLIGATION|HAS_RIGHT]->(pr:Provision)
WITH key, pr ORDER BY pr.ordinal
RETURN key, ${PROVISION} AS value`;

export const CLAUSES_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[r:HAS_CLAUSE]->(c:Clause)
WITH key, c ORDER BY c.ordinal
RETURN key, ${CLAUSE} AS value`;

export const PROVISIONS_OF_CLAUSES = `
UNWIND $keys AS key
MATCH (:Clause {id: key})-[:HAS_PROVISION]->(pr:Provision)
WITH key, pr ORDER BY pr.ordinal
RETURN key, ${PROVISION} AS value`;

export const DEFINITIONS_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[:DEFINES]->(d:Definition)
WITH key, d ORDER BY d.ordinal
RETURN key, d { .term, .meaning, span: ${spanProjection('d')} } AS value`;

export const LEGAL_BASES_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[r:LEGAL_BASIS]->(d:Decree)
WITH key, r, d ORDER BY r.ordinal
RETURN key, {agreementId: key, decreeId: d.id, text: r.text, span: ${spanProjection('r')}} AS value`;

export const CITATIONS_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[r:CITES]->(d:Decree)
WITH key, r, d ORDER BY r.ordinal
RETURN key, {agreementId: key, decreeId: d.id, article: r.article, clauseNumber: r.clauseNumber, text: r.text,
             span: ${spanProjection('r')}} AS value`;

export const IMPLEMENTED_BY_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[:IMPLEMENTS]->(m:Agreement)
RETURN key, m.id AS value`;

export const IMPLEMENTERS_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (a:Agreement)-[:IMPLEMENTS]->(:Agreement {id: key})
WITH key, a ORDER BY a.signedOn, a.id
RETURN key, a.id AS value`;

export const SOURCES_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (:Agreement {id: key})-[:FROM_SOURCE]->(s:SourceDocument)
RETURN key, {id: s.id, name: s.name, sha256: s.contentHash, textSha256: s.textHash,
             mediaType: coalesce(s.mediaType, 'text/plain'), pageCount: s.pageCount,
             ocr: size(coalesce(s.ocrPages, [])) > 0, ocrPages: coalesce(s.ocrPages, []), length: s.length, loadedAt: toString(s.loadedAt)} AS value`;

/** The agency a unit belongs to (one hop: the model links units straight to top-level agencies). */
export const PARENTS_OF_INSTITUTIONS = `
UNWIND $keys AS key
MATCH (:Institution {id: key})-[:PART_OF]->(ag:Institution)
WITH DISTINCT key, ag
RETURN key, ag.id AS value`;

export const UNITS_OF_INSTITUTIONS = `
UNWIND $keys AS key
MATCH (u:Institution)-[:PART_OF]->(:Institution {id: key})
WITH DISTINCT key, u ORDER BY u.name
RETURN key, u.id AS value`;

/** Agreements a body (or, for an agency, any of its units) is party to, newest first. */
export const AGREEMENTS_OF_INSTITUTIONS = `
UNWIND $keys AS key
MATCH (i:Institution {id: key})<-[:ACTS_FOR|OF_AGENCY]-(:Party)<-[:HAS_PARTY]-(a:Agreement)
WITH DISTINCT key, a ORDER BY a.signedOn DESC, a.id
RETURN key, a.id AS value`;

export const SIGNATORIES_OF_INSTITUTIONS = `
UNWIND $keys AS key
MATCH (:Institution {id: key})<-[:ACTS_FOR|OF_AGENCY]-(:Party)-[:SIGNED_BY]->(o:Official)
WITH DISTINCT key, o ORDER BY o.name
RETURN key, o.id AS value`;

/** Every signing of an official: position, body, agency, agreement, date, appointing decree. */
export const POSITIONS_OF_OFFICIALS = `
UNWIND $keys AS key
MATCH (:Official {id: key})<-[:SIGNED_BY]-(p:Party)<-[:HAS_PARTY]-(a:Agreement)
WITH key, p, a ORDER BY a.signedOn, a.id
RETURN key, {
  title: p.position,
  agreementId: a.id,
  signedOn: toString(a.signedOn),
  institutionId: head(COLLECT { MATCH (p)-[:ACTS_FOR]->(i) RETURN i.id }),
  agencyId: head(COLLECT { MATCH (p)-[:OF_AGENCY]->(i) RETURN i.id }),
  appointmentId: head(COLLECT { MATCH (p)-[:APPOINTED_UNDER]->(d) RETURN d.id })
} AS value`;

export const DECREES_OF_OFFICIALS = `
UNWIND $keys AS key
MATCH (:Official {id: key})-[:APPOINTED_BY]->(d:Decree)
WITH DISTINCT key, d ORDER BY d.year, d.id
RETURN key, d.id AS value`;

export const AMENDMENTS_OF_DECREES = `
UNWIND $keys AS key
MATCH (:Decree {id: key})-[:AMENDS]->(d:Decree)
WITH DISTINCT key, d ORDER BY d.year, d.id
RETURN key, d.id AS value`;

export const AMENDERS_OF_DECREES = `
UNWIND $keys AS key
MATCH (d:Decree)-[:AMENDS]->(:Decree {id: key})
WITH DISTINCT key, d ORDER BY d.year, d.id
RETURN key, d.id AS value`;

export const CITATIONS_OF_DECREES = `
UNWIND $keys AS key
MATCH (a:Agreement)-[r:CITES]->(:Decree {id: key})
WITH key, r, a ORDER BY a.signedOn, a.id, r.ordinal
RETURN key, {agreementId: a.id, decreeId: key, article: r.article, clauseNumber: r.clauseNumber, text: r.text,
             span: ${spanProjection('r')}} AS value`;

export const BASIS_OF_DECREES = `
UNWIND $keys AS key
MATCH (a:Agreement)-[:LEGAL_BASIS]->(:Decree {id: key})
WITH DISTINCT key, a ORDER BY a.signedOn, a.id
RETURN key, a.id AS value`;

export const APPOINTEES_OF_DECREES = `
UNWIND $keys AS key
MATCH (o:Official)-[:APPOINTED_BY]->(:Decree {id: key})
WITH DISTINCT key, o ORDER BY o.name
RETURN key, o.id AS value`;

/**
 * A party with everything its nested fields `institution`, `agency`, `signatory` and
 * `appointment` resolve to: what one read returns so those fields need no further query.
 */
export interface LinkedPartyRecord {
  readonly party: PartyRecord;
  readonly institution: InstitutionRecord | null;
  readonly agency: InstitutionRecord | null;
  readonly actsFor: InstitutionRecord | null;
  readonly signatory: OfficialRecord | null;
  readonly appointment: DecreeRecord | null;
}

/**
 * The parties of agreement `a` (ordered as PARTIES_OF_AGREEMENTS orders them) as
 * LinkedPartyRecords: a Cypher expression for a projection, one nested COLLECT per link, the
 * same links PARTY_LINKS follows.
 */
export const LINKED_PARTIES_OF_A = `COLLECT {
  MATCH (a)-[:HAS_PARTY]->(p:Party)
  WITH p ORDER BY p.ordinal
  RETURN {
    party: ${PARTY},
    institution: head(COLLECT { MATCH (p)-[:ACTS_FOR]->(i:Institution) RETURN ${institutionProjection('i')} }),
    agency: head(COLLECT { MATCH (p)-[:OF_AGENCY]->(i:Institution) RETURN ${institutionProjection('i')} }),
    actsFor: head(COLLECT { MATCH (p)-[:ON_BEHALF_OF]->(i:Institution) RETURN ${institutionProjection('i')} }),
    signatory: head(COLLECT { MATCH (p)-[:SIGNED_BY]->(o:Official) RETURN ${officialProjection('o')} }),
    appointment: head(COLLECT { MATCH (p)-[:APPOINTED_UNDER]->(d:Decree) RETURN ${decreeProjection('d')} })
  }
}`;

export interface PartyLinks {
  readonly institutionId: string | null;
  readonly agencyId: string | null;
  readonly actsForId: string | null;
  readonly signatoryId: string | null;
  readonly appointmentId: string | null;
}

export const agreementsById = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<AgreementRecord>(db, AGREEMENTS_BY_ID, ids);
export const institutionsById = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<InstitutionRecord>(db, INSTITUTIONS_BY_ID, ids);
export const officialsById = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<OfficialRecord>(db, OFFICIALS_BY_ID, ids);
export const decreesById = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<DecreeRecord>(db, DECREES_BY_ID, ids);
export const clausesById = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<ClauseRecord>(db, CLAUSES_BY_ID, ids);
export const partiesOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<PartyRecord>(db, PARTIES_OF_AGREEMENTS, ids);
export const partyLinks = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<PartyLinks>(db, PARTY_LINKS, ids);
export const provisionsOfParties = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<ProvisionRecord>(db, PROVISIONS_OF_PARTIES, ids);
export const clausesOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<ClauseRecord>(db, CLAUSES_OF_AGREEMENTS, ids);
export const provisionsOfClauses = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<ProvisionRecord>(db, PROVISIONS_OF_CLAUSES, ids);
export const definitionsOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<DefinitionRecord>(db, DEFINITIONS_OF_AGREEMENTS, ids);
export const legalBasesOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<LegalBasisRecord>(db, LEGAL_BASES_OF_AGREEMENTS, ids);
export const citationsOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<CitationRecord>(db, CITATIONS_OF_AGREEMENTS, ids);
export const implementedByAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<string>(db, IMPLEMENTED_BY_AGREEMENTS, ids);
export const implementersOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, IMPLEMENTERS_OF_AGREEMENTS, ids);
export const sourcesOfAgreements = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<SourceDocumentRecord>(db, SOURCES_OF_AGREEMENTS, ids);
export const parentsOfInstitutions = (db: GraphDatabase, ids: readonly string[]) =>
  readOnePerKey<string>(db, PARENTS_OF_INSTITUTIONS, ids);
export const unitsOfInstitutions = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, UNITS_OF_INSTITUTIONS, ids);
export const agreementsOfInstitutions = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, AGREEMENTS_OF_INSTITUTIONS, ids);
export const signatoriesOfInstitutions = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, SIGNATORIES_OF_INSTITUTIONS, ids);
export const positionsOfOfficials = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<PositionRecord>(db, POSITIONS_OF_OFFICIALS, ids);
export const decreesOfOfficials = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, DECREES_OF_OFFICIALS, ids);
export const amendmentsOfDecrees = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, AMENDMENTS_OF_DECREES, ids);
export const amendersOfDecrees = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, AMENDERS_OF_DECREES, ids);
export const citationsOfDecrees = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<CitationRecord>(db, CITATIONS_OF_DECREES, ids);
export const basisOfDecrees = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, BASIS_OF_DECREES, ids);
export const appointeesOfDecrees = (db: GraphDatabase, ids: readonly string[]) =>
  readGrouped<string>(db, APPOINTEES_OF_DECREES, ids);
