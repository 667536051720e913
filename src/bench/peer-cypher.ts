import {
  CLAUSE_VARIANTS,
  CONNECTION_PATH_BY_HOPS,
  MAX_ITEMS_PER_ROW,
  SHARED_LEGAL_BASES,
  SHARED_SIGNATORIES as OUR_SHARED_SIGNATORIES,
} from '../graph/read/relationship-queries.js';
import { AGREEMENT_STATS as OUR_AGREEMENT_STATS } from '../graph/read/stats-queries.js';

/**
 * The Cypher behind the peer's `@cypher` fields (see peer-server.ts) and, for search and the
 * nested page, the hand-written lower bound. Where our API already has the statement, the peer
 * runs that same statement, wrapped to return one column (`@cypher` needs `columnName`) with the
 * values our resolvers would pass written in: a user of the peer who needs grouping would paste
 * the same Cypher, so the comparison measures the layers, not two different queries.
 */

/** The connection path bound both APIs are asked for (the example's 8). */
export const PATH_MAX_HOPS = 8;

/** A statement with named parameters replaced by fixed literals (constants only, never input). */
function fix(statement: string, literals: Record<string, string>): string {
  let out = statement;
  // Longest names first, so `$first` never rewrites part of `$firstX`.
  for (const name of Object.keys(literals).sort((a, b) => b.length - a.length)) {
    out = out.replaceAll(`$${name}`, literals[name]!);
  }
  // GraphQL Int arguments may reach Neo4j as floats; LIMIT refuses those.
  return out.replaceAll('LIMIT $first', 'LIMIT toInteger($first)');
}

export const SHARED_SIGNATORIES = `CALL () {
${fix(OUR_SHARED_SIGNATORIES, { maxItems: String(MAX_ITEMS_PER_ROW) })}
}
RETURN {official: official, agreementCount: agreementCount, signedFor: signedFor,
  counterparts: counterparts, agreements: agreements} AS row`;

export const SHARED_LEGAL_BASES_ANY = `CALL () {
${fix(SHARED_LEGAL_BASES, { maxItems: String(MAX_ITEMS_PER_ROW), scope: "'ANY'" })}
}
RETURN {decree: decree, agreementCount: agreementCount, agencies: agencies, agreements: agreements} AS row`;

export const CLAUSE_VARIANTS_TERM = `CALL () {
${fix(CLAUSE_VARIANTS, { maxItems: String(MAX_ITEMS_PER_ROW), topic: "'TERM'" })}
}
RETURN {present: present, heading: heading, durationMonths: durationMonths,
  terminationNoticeDays: terminationNoticeDays, agreementCount: agreementCount, agreements: agreements} AS row`;

export const CONNECTION_PATH = `CALL () {
${CONNECTION_PATH_BY_HOPS.get(PATH_MAX_HOPS)!}
}
RETURN {nodes: nodes, relationships: relationships, length: length} AS row`;

export const AGREEMENT_STATS = `CALL () {
${fix(OUR_AGREEMENT_STATS.YEAR, {
  kind: 'null',
  signedFrom: 'null',
  signedTo: 'null',
  agencyId: 'null',
  institutionId: 'null',
  officialId: 'null',
  activeOn: 'null',
})}
}
RETURN {key: key, count: count} AS row`;

/**
 * Full text over both indexes, as our search reads it (src/graph/read/search-queries.ts keeps
 * its statement private, so it is restated here), plus the agreement title and article the
 * peer's single `@cypher` field has to return itself.
 */
export const SEARCH_ROWS = `
CALL () {
  CALL db.index.fulltext.queryNodes('clause_text', $text, {limit: toInteger($first)}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: toInteger($first)}) YIELD node, score
  RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
WITH node, score,
  CASE WHEN node:Agreement THEN node.id ELSE node.agreementId END AS agreementId,
  CASE WHEN node:Clause THEN node
       WHEN node:Provision THEN head(COLLECT { MATCH (c:Clause)-[:HAS_PROVISION]->(node) RETURN c })
       ELSE null END AS clause
OPTIONAL MATCH (a:Agreement {id: agreementId})
RETURN score,
  head([l IN labels(node) WHERE l IN ['Clause', 'Provision', 'Definition', 'Agreement', 'Institution', 'Official', 'Decree']]) AS type,
  node.id AS id,
  coalesce(node.text, node.meaning, node.name, node.title, '') AS text,
  a.title AS agreementTitle, clause.number AS clauseNumber, clause.heading AS clauseHeading`;

export const SEARCH = `CALL () {
${SEARCH_ROWS}
}
RETURN {score: score, type: type, id: id, text: text, agreementTitle: agreementTitle,
  clauseNumber: clauseNumber, clauseHeading: clauseHeading} AS row`;

/**
 * The nested page in one statement: what a developer writing Cypher by hand for "50 newest
 * loaded agreements with their parties, bodies, signatories and appointing decrees, and the total"
 * would send. The lower bound for our `agreements` connection (page query plus batched loaders).
 */
export const AGREEMENT_PAGE = `
CALL () { MATCH (a:Agreement) WHERE a.loaded = true RETURN count(a) AS totalCount }
MATCH (a:Agreement) WHERE a.loaded = true
WITH totalCount, a ORDER BY a.signedOn DESC, a.id LIMIT $first
RETURN totalCount, a { .id, .title, .numbers, signedOn: toString(a.signedOn), expiresOn: toString(a.expiresOn),
  parties: COLLECT {
    MATCH (a)-[:HAS_PARTY]->(p:Party)
    WITH p ORDER BY p.ordinal
    RETURN p { .ordinal, .label, .position,
      institution: head(COLLECT { MATCH (p)-[:ACTS_FOR]->(i:Institution) RETURN i { .name } }),
      agency: head(COLLECT { MATCH (p)-[:OF_AGENCY]->(g:Institution) RETURN g { .name } }),
      signatory: head(COLLECT { MATCH (p)-[:SIGNED_BY]->(o:Official) RETURN o { .name, .honorifics } }),
      appointment: head(COLLECT { MATCH (p)-[:APPOINTED_UNDER]->(d:Decree) RETURN d { .kind, .number, .year } }) }
  } } AS node`;
