import type { GraphDatabase } from '../graph/driver.js';
import { toNeo4jParams } from '../graph/neo4j-params.js';
import {
  agreementsBetweenCypher,
  CLAUSE_VARIANTS,
  CONNECTION_PATH_BY_HOPS,
  expiringAgreementsCypher,
  MAX_ITEMS_PER_ROW,
  SHARED_LEGAL_BASES,
  SHARED_SIGNATORIES,
} from '../graph/read/relationship-queries.js';
import { AGREEMENT_STATS, filterParams } from '../graph/read/stats-queries.js';
import { AGREEMENT_PAGE, PATH_MAX_HOPS, SEARCH_ROWS } from './peer-cypher.js';

/**
 * The fixed query set: for each question, our GraphQL operation, the hand-written Cypher that
 * answers it (the lower bound, run through neo4j-driver) and the peer's GraphQL operation. Each
 * side selects the same fields. Variables are read from the loaded graph (the busiest agency,
 * its most frequent partner, …) so the questions stay meaningful at every size.
 */

export interface GraphQLOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface BenchQuery {
  /** Short stable name, used as the row label in BENCHMARKS.md. */
  readonly name: string;
  /** True for the relationship queries the p99 target applies to. */
  readonly relationship: boolean;
  readonly ours: GraphQLOperation;
  readonly raw: { readonly cypher: string; readonly params: Record<string, unknown> };
  readonly peer: GraphQLOperation;
  /** How the peer expresses it: generated from type definitions, or a `@cypher` field. */
  readonly peerForm: 'generated' | '@cypher';
}

/** The values the questions are asked about, read from the graph once after loading. */
export interface BenchVariables {
  /** The agency party to the most agreements. */
  readonly agencyA: string;
  /** The agency most often on the other side of agencyA's agreements. */
  readonly agencyB: string;
  /** The agency party to the fewest agreements: the connection path runs from it to agencyA. */
  readonly farAgency: string;
  /** A date with expiring agreements after it: the median expiresOn of loaded agreements. */
  readonly asOf: string;
  readonly searchText: string;
}

const FIRST = 20;
const PAGE_SIZE = 50;
const EXPIRY_WINDOW_DAYS = 90;
const MIN_AGREEMENTS = 2;

/** Reads the variables from the loaded graph; throws when it holds no two connected agencies. */
export async function chooseVariables(db: GraphDatabase): Promise<BenchVariables> {
  const [busiest] = await db.read<{ id: string }>(`
    MATCH (g:Agency)<-[:OF_AGENCY]-(:Party)<-[:HAS_PARTY]-(a:Agreement) WHERE a.loaded = true
    WITH g, count(DISTINCT a) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN g.id AS id`);
  if (!busiest) throw new Error('the graph has no agency with a loaded agreement; load agreements first');
  const [partner] = await db.read<{ id: string }>(
    `
    MATCH (:Agency {id: $id})<-[:OF_AGENCY]-(p:Party)<-[:HAS_PARTY]-(a:Agreement)-[:HAS_PARTY]->(q:Party)-[:OF_AGENCY]->(g:Agency)
    WHERE a.loaded = true AND q <> p AND g.id <> $id
    WITH g, count(DISTINCT a) AS n ORDER BY n DESC, g.id LIMIT 1
    RETURN g.id AS id`,
    { id: busiest.id },
  );
  if (!partner) throw new Error(`agency ${busiest.id} has no partner agency; the graph is too small`);
  const [far] = await db.read<{ id: string }>(`
    MATCH (g:Agency)<-[:OF_AGENCY]-(:Party)<-[:HAS_PARTY]-(a:Agreement) WHERE a.loaded = true
    WITH g, count(DISTINCT a) AS n ORDER BY n, g.id LIMIT 1
    RETURN g.id AS id`);
  const [expiry] = await db.read<{ asOf: string | null }>(`
    MATCH (a:Agreement) WHERE a.loaded = true AND a.expiresOn IS NOT NULL
    WITH a.expiresOn AS d ORDER BY d
    WITH collect(d) AS ds
    RETURN toString(ds[size(ds) / 2]) AS asOf`);
  return {
    agencyA: busiest.id,
    agencyB: partner.id,
    farAgency: far?.id ?? partner.id,
    asOf: expiry?.asOf ?? '2026-01-01',
    searchText: 'keadaan kahar',
  };
}

const AGREEMENT_LINE = 'id title numbers signedOn expiresOn';
const EXPIRING_FIELDS = 'id title signedOn effectiveFrom durationMonths expiresOn terminationNoticeDays';
const PAGE_PARTY = `ordinal label position institution { name } agency { name } signatory { name honorifics }
  appointment { kind number year }`;

/** ISO date `days` after `iso`. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole numbers as Neo4j integers, as our read functions send them. */
function params(values: Record<string, unknown>): Record<string, unknown> {
  return toNeo4jParams(values) as Record<string, unknown>;
}

export function benchQueries(v: BenchVariables): BenchQuery[] {
  return [
    {
      name: 'sharedSignatories',
      relationship: true,
      ours: {
        query: `query($min: Int!, $first: Int!) { sharedSignatories(minAgreements: $min, first: $first) {
          official { id name } agreementCount signedFor { id name } counterparts { id name }
          agreements { id title signedOn } } }`,
        variables: { min: MIN_AGREEMENTS, first: FIRST },
      },
      raw: {
        cypher: SHARED_SIGNATORIES,
        params: params({ minAgreements: MIN_AGREEMENTS, first: FIRST, maxItems: MAX_ITEMS_PER_ROW }),
      },
      peer: {
        query: `query($min: Int!, $first: Int!) { sharedSignatories(minAgreements: $min, first: $first) {
          official { id name } agreementCount signedFor { id name } counterparts { id name }
          agreements { id title signedOn } } }`,
        variables: { min: MIN_AGREEMENTS, first: FIRST },
      },
      peerForm: '@cypher',
    },
    {
      name: 'sharedLegalBases',
      relationship: true,
      ours: {
        query: `query($min: Int!, $first: Int!) { sharedLegalBases(minAgreements: $min, scope: ANY, first: $first) {
          decree { id kind text } agreementCount agencies { id name } agreements { id title signedOn } } }`,
        variables: { min: MIN_AGREEMENTS, first: FIRST },
      },
      raw: {
        cypher: SHARED_LEGAL_BASES,
        params: params({
          minAgreements: MIN_AGREEMENTS,
          scope: 'ANY',
          first: FIRST,
          maxItems: MAX_ITEMS_PER_ROW,
        }),
      },
      peer: {
        query: `query($min: Int!, $first: Int!) { sharedLegalBases(minAgreements: $min, first: $first) {
          decree { id kind text } agreementCount agencies { id name } agreements { id title signedOn } } }`,
        variables: { min: MIN_AGREEMENTS, first: FIRST },
      },
      peerForm: '@cypher',
    },
    {
      name: 'agreementsBetween',
      relationship: true,
      ours: {
        query: `query($a: ID!, $b: ID!, $first: Int!) { agreementsBetween(agencyA: $a, agencyB: $b, first: $first) {
          ${AGREEMENT_LINE} } }`,
        variables: { a: v.agencyA, b: v.agencyB, first: FIRST },
      },
      raw: {
        // The statement our API runs for this selection: raw reads the same fields, no more.
        cypher: agreementsBetweenCypher(AGREEMENT_LINE.split(' ')),
        params: params({ agencyA: v.agencyA, agencyB: v.agencyB, first: FIRST }),
      },
      peer: {
        // Generated: "a party under A and a party under B". Our statement also requires the two
        // parties to differ; in this corpus no agreement has both under one party, so the
        // answers agree (the smoke test compares them).
        query: `query($a: ID!, $b: ID!, $first: Int!) {
          agreements(
            where: { loaded: { eq: true }, AND: [
              { parties: { some: { agency: { some: { id: { eq: $a } } } } } },
              { parties: { some: { agency: { some: { id: { eq: $b } } } } } } ] }
            sort: [{ signedOn: ASC }, { id: ASC }]
            limit: $first
          ) { ${AGREEMENT_LINE} } }`,
        variables: { a: v.agencyA, b: v.agencyB, first: FIRST },
      },
      peerForm: 'generated',
    },
    {
      name: 'connectionPath',
      relationship: true,
      ours: {
        query: `query($from: ID!, $to: ID!) { connectionPath(fromId: $from, toId: $to, maxHops: ${PATH_MAX_HOPS}) {
          length nodes { id type label } relationships { type from to } } }`,
        variables: { from: v.farAgency, to: v.agencyA },
      },
      raw: {
        cypher: CONNECTION_PATH_BY_HOPS.get(PATH_MAX_HOPS)!,
        params: { fromId: v.farAgency, toId: v.agencyA },
      },
      peer: {
        query: `query($from: ID!, $to: ID!) { connectionPath(fromId: $from, toId: $to) {
          length nodes { id type label } relationships { type from to } } }`,
        variables: { from: v.farAgency, to: v.agencyA },
      },
      peerForm: '@cypher',
    },
    {
      name: 'expiringAgreements',
      relationship: true,
      ours: {
        query: `query($asOf: Date!, $days: Int!, $first: Int!) {
          expiringAgreements(asOf: $asOf, withinDays: $days, first: $first) { ${EXPIRING_FIELDS} } }`,
        variables: { asOf: v.asOf, days: EXPIRY_WINDOW_DAYS, first: FIRST },
      },
      raw: {
        cypher: expiringAgreementsCypher(EXPIRING_FIELDS.split(' ')),
        params: params({ asOf: v.asOf, withinDays: EXPIRY_WINDOW_DAYS, first: FIRST }),
      },
      peer: {
        query: `query($from: Date!, $to: Date!, $first: Int!) {
          agreements(
            where: { loaded: { eq: true }, expiresOn: { gte: $from, lte: $to } }
            sort: [{ expiresOn: ASC }, { id: ASC }]
            limit: $first
          ) { ${EXPIRING_FIELDS} } }`,
        variables: { from: v.asOf, to: addDays(v.asOf, EXPIRY_WINDOW_DAYS), first: FIRST },
      },
      peerForm: 'generated',
    },
    {
      name: 'clauseVariants',
      relationship: true,
      ours: {
        query: `query($first: Int!) { clauseVariants(topic: TERM, first: $first) {
          present heading durationMonths terminationNoticeDays agreementCount agreements { id title signedOn } } }`,
        variables: { first: FIRST },
      },
      raw: {
        cypher: CLAUSE_VARIANTS,
        params: params({ topic: 'TERM', first: FIRST, maxItems: MAX_ITEMS_PER_ROW }),
      },
      peer: {
        query: `query($first: Int!) { clauseVariantsTerm(first: $first) {
          present heading durationMonths terminationNoticeDays agreementCount agreements { id title signedOn } } }`,
        variables: { first: FIRST },
      },
      peerForm: '@cypher',
    },
    {
      name: 'agreementsPage50',
      relationship: false,
      ours: {
        query: `query($first: Int!) {
          agreements(first: $first, orderBy: { field: SIGNED_ON, direction: DESC }) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { ${AGREEMENT_LINE} parties { ${PAGE_PARTY} } } } } }`,
        variables: { first: PAGE_SIZE },
      },
      raw: { cypher: AGREEMENT_PAGE, params: params({ first: PAGE_SIZE }) },
      peer: {
        query: `query($first: Int!) {
          agreementsConnection(first: $first, where: { loaded: { eq: true } }, sort: [{ signedOn: DESC }, { id: ASC }]) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { ${AGREEMENT_LINE} parties(sort: [{ ordinal: ASC }]) { ${PAGE_PARTY} } } } } }`,
        variables: { first: PAGE_SIZE },
      },
      peerForm: 'generated',
    },
    {
      name: 'statsByYear',
      relationship: false,
      ours: {
        query: `query { agreementStats(groupBy: YEAR, first: 100) { key id count } }`,
        variables: {},
      },
      raw: {
        cypher: AGREEMENT_STATS.YEAR,
        params: params({ ...filterParams({}), first: 100 }),
      },
      peer: { query: `query { agreementStatsByYear(first: 100) { key count } }`, variables: {} },
      peerForm: '@cypher',
    },
    {
      name: 'fullTextSearch',
      relationship: false,
      ours: {
        query: `query($text: String!, $first: Int!) { search(text: $text, first: $first) {
          score type id snippet agreement { title } clause { number heading } } }`,
        variables: { text: v.searchText, first: FIRST },
      },
      raw: { cypher: SEARCH_ROWS, params: params({ text: v.searchText, first: FIRST }) },
      peer: {
        query: `query($text: String!, $first: Int!) { search(text: $text, first: $first) {
          score type id text agreementTitle clauseNumber clauseHeading } }`,
        variables: { text: v.searchText, first: FIRST },
      },
      peerForm: '@cypher',
    },
  ];
}
