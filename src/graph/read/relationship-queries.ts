import type { ClauseTopic } from '../../domain/agreement.js';
import type { GraphDatabase } from '../driver.js';
import { toNeo4jParams } from '../neo4j-params.js';
import {
  agreementProjection,
  decreeProjection,
  institutionProjection,
  officialProjection,
  selectedAgreementProjection,
  type AgreementRecord,
  type SelectedAgreementRecord,
  type DecreeRecord,
  type InstitutionRecord,
  type OfficialRecord,
} from './records.js';

/**
 * How entities relate across agreements: shared signatories and legal bases, agreements
 * between two agencies, the shortest connection between two entities, expiring and expired
 * agreements and how one kind of article varies. Every statement is a fixed constant; user values
 * travel only as parameters. Only loaded agreements count (an MoU known only by reference has no
 * parties, clauses or dates of its own). The grouped answers (shared signatories and legal bases,
 * clause variants) read the whole graph, so they go through `readStable`: the read cache keeps
 * them until the graph changes (../read-cache.ts).
 */

/**
 * The most agreements (or agencies) one row of a grouped answer lists; the row's count says how
 * many there are in all. Keeps one hub (BSSN signs thousands) from making a response unbounded.
 */
export const MAX_ITEMS_PER_ROW = 100;

/** Bounds of `connectionPath(maxHops)`: raw relationships, so agency–agreement costs 2 (via its Party). */
export const MIN_PATH_HOPS = 1;
export const MAX_PATH_HOPS = 8;

/** Agreement variable `a` ordered oldest first; ties by id so pages are stable. */
const AGREEMENT_ORDER = 'a.signedOn, a.id';

// ---------------------------------------------------------------------------------------------
// Shared signatories

export interface SharedSignatoryRecord {
  readonly official: OfficialRecord;
  readonly signedFor: InstitutionRecord[];
  readonly counterparts: InstitutionRecord[];
  readonly agreements: AgreementRecord[];
  readonly agreementCount: number;
}

/**
 * Officials who signed at least `$minAgreements` agreements. `signedFor`: the top-level agencies
 * of the parties they signed as; `counterparts`: the agencies of the other parties of those
 * agreements.
 */
export const SHARED_SIGNATORIES = `
MATCH (o:Official)<-[:SIGNED_BY]-(:Party)<-[:HAS_PARTY]-(a:Agreement)
WHERE a.loaded = true
WITH o, count(DISTINCT a) AS agreementCount
WHERE agreementCount >= $minAgreements
ORDER BY agreementCount DESC, o.name, o.id
LIMIT $first
RETURN ${officialProjection('o')} AS official,
  agreementCount,
  COLLECT {
    MATCH (o)<-[:SIGNED_BY]-(:Party)-[:OF_AGENCY]->(g:Institution)
    WITH DISTINCT g ORDER BY g.name, g.id LIMIT $maxItems
    RETURN ${institutionProjection('g')}
  } AS signedFor,
  COLLECT {
    MATCH (o)<-[:SIGNED_BY]-(p:Party)<-[:HAS_PARTY]-(:Agreement)-[:HAS_PARTY]->(q:Party)-[:OF_AGENCY]->(g:Institution)
    WHERE q <> p
    WITH DISTINCT g ORDER BY g.name, g.id LIMIT $maxItems
    RETURN ${institutionProjection('g')}
  } AS counterparts,
  COLLECT {
    MATCH (o)<-[:SIGNED_BY]-(:Party)<-[:HAS_PARTY]-(a:Agreement)
    WHERE a.loaded = true
    WITH DISTINCT a ORDER BY ${AGREEMENT_ORDER} LIMIT $maxItems
    RETURN ${agreementProjection('a')}
  } AS agreements`;

export function findSharedSignatories(
  db: GraphDatabase,
  options: { minAgreements: number; first: number },
): Promise<SharedSignatoryRecord[]> {
  return db.readStable<SharedSignatoryRecord>(
    SHARED_SIGNATORIES,
    params({ ...options, maxItems: MAX_ITEMS_PER_ROW }),
  );
}

// ---------------------------------------------------------------------------------------------
// Shared legal bases

export type LegalBasisScope = 'BASIS' | 'CITATION' | 'ANY';

export interface SharedLegalBasisRecord {
  readonly decree: DecreeRecord;
  readonly agencies: InstitutionRecord[];
  readonly agreements: AgreementRecord[];
  readonly agreementCount: number;
}

/** Relationship `r` counts for `$scope`: LEGAL_BASIS is BASIS, CITES is CITATION, ANY takes both. */
const IN_SCOPE = `($scope = 'ANY' OR (type(r) = 'LEGAL_BASIS') = ($scope = 'BASIS'))`;

/** Instruments relied on by at least `$minAgreements` agreements, with the agencies party to them. */
export const SHARED_LEGAL_BASES = `
MATCH (a:Agreement)-[r:LEGAL_BASIS|CITES]->(d:Decree)
WHERE a.loaded = true AND ${IN_SCOPE}
WITH d, count(DISTINCT a) AS agreementCount
WHERE agreementCount >= $minAgreements
ORDER BY agreementCount DESC, d.text, d.id
LIMIT $first
RETURN ${decreeProjection('d')} AS decree,
  agreementCount,
  COLLECT {
    MATCH (a:Agreement)-[r:LEGAL_BASIS|CITES]->(d)
    WHERE a.loaded = true AND ${IN_SCOPE}
    MATCH (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(g:Institution)
    WITH DISTINCT g ORDER BY g.name, g.id LIMIT $maxItems
    RETURN ${institutionProjection('g')}
  } AS agencies,
  COLLECT {
    MATCH (a:Agreement)-[r:LEGAL_BASIS|CITES]->(d)
    WHERE a.loaded = true AND ${IN_SCOPE}
    WITH DISTINCT a ORDER BY ${AGREEMENT_ORDER} LIMIT $maxItems
    RETURN ${agreementProjection('a')}
  } AS agreements`;

export function findSharedLegalBases(
  db: GraphDatabase,
  options: { minAgreements: number; scope: LegalBasisScope; first: number },
): Promise<SharedLegalBasisRecord[]> {
  return db.readStable<SharedLegalBasisRecord>(
    SHARED_LEGAL_BASES,
    params({ ...options, maxItems: MAX_ITEMS_PER_ROW }),
  );
}

// ---------------------------------------------------------------------------------------------
// Agreements between two agencies

/**
 * Agreements with one party under `$agencyA` and another party under `$agencyB` (agencies are
 * matched through OF_AGENCY, so a unit's agreement counts for its agency), oldest first.
 *
 * The condition is symmetric in the two agencies, so the walk starts from whichever has fewer
 * parties (OF_AGENCY degrees are read from the node, not counted by walking) and checks the
 * other from each agreement's own parties. Starting from the busiest agency (BSSN is party to
 * nearly every agreement) expanded all of its parties: 372k db hits at 10,000 agreements for
 * BSSN and BKN, 46k from BKN's side. The other agency is compared by id, not bound as a node:
 * with a bound node the planner walks the EXISTS from it, every party of BSSN per agreement
 * (98M db hits). Same rows, same order: the set does not depend on the side walked, and the
 * order is total (ids are unique); test/integration/relationship-query-rewrites.test.ts.
 */
export function agreementsBetweenCypher(fields: readonly string[] | null = null): string {
  return `
MATCH (x:Institution {id: $agencyA}), (y:Institution {id: $agencyB})
WITH CASE WHEN COUNT { (x)<-[:OF_AGENCY]-() } <= COUNT { (y)<-[:OF_AGENCY]-() } THEN [x, y] ELSE [y, x] END AS pair
WITH pair[0] AS near, pair[1].id AS farId
MATCH (near)<-[:OF_AGENCY]-(p:Party)<-[:HAS_PARTY]-(a:Agreement)
WHERE a.loaded = true
  AND EXISTS { (a)-[:HAS_PARTY]->(q:Party)-[:OF_AGENCY]->(g:Institution) WHERE q <> p AND g.id = farId }
WITH DISTINCT a
ORDER BY ${AGREEMENT_ORDER}
LIMIT $first
RETURN ${selectedAgreementProjection('a', fields)} AS agreement`;
}

/** The statement with every agreement field (the rewrite tests compare it with the statement it replaced). */
export const AGREEMENTS_BETWEEN = agreementsBetweenCypher();

/** `fields`: the agreement fields to read (selectedAgreementProjection); absent or null, all. */
export function findAgreementsBetween(
  db: GraphDatabase,
  options: { agencyA: string; agencyB: string; first: number; fields?: readonly string[] | null },
): Promise<SelectedAgreementRecord[]> {
  const { fields, ...values } = options;
  return readAgreements(db, agreementsBetweenCypher(fields), values);
}

// ---------------------------------------------------------------------------------------------
// Connection path

export interface PathNodeRecord {
  readonly id: string;
  readonly type: string;
  readonly label: string;
}

export interface PathRelationshipRecord {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export interface ConnectionPathRecord {
  readonly nodes: PathNodeRecord[];
  readonly relationships: PathRelationshipRecord[];
  readonly length: number;
}

/**
 * The relationships a connection may follow. Left out: HAS_CLAUSE, HAS_PROVISION, HAS_OBLIGATION,
 * HAS_RIGHT, DEFINES and FROM_SOURCE (clause text, provisions, definitions and sources are
 * per-agreement content, not connections), and CITES: a citation is an article reference read
 * inside a clause, and every agreement of this family waives Pasal 1266 KUHPerdata in its term
 * article, so CITES would join any two agreements through the civil code in two hops.
 */
export const PATH_RELATIONSHIP_TYPES = [
  'HAS_PARTY',
  'ACTS_FOR',
  'OF_AGENCY',
  'SIGNED_BY',
  'APPOINTED_UNDER',
  'APPOINTED_BY',
  'PART_OF',
  'LEGAL_BASIS',
  'AMENDS',
  'IMPLEMENTS',
] as const;

/**
 * Labels a path passes through: the relationship types above only join these (Party is the join
 * between an agreement and who signed it, for which body, under which decree).
 */
export const PATH_NODE_LABELS = ['Agreement', 'Party', 'Institution', 'Official', 'Decree'] as const;

/** The entity with id `$<parameter>` as `<variable>`, through the unique index of each label a path may end at. */
const ENDPOINT = (variable: string, parameter: string) => `
CALL () {
  MATCH (n:Agreement {id: $${parameter}}) RETURN n AS ${variable}
  UNION
  MATCH (n:Institution {id: $${parameter}}) RETURN n AS ${variable}
  UNION
  MATCH (n:Official {id: $${parameter}}) RETURN n AS ${variable}
  UNION
  MATCH (n:Decree {id: $${parameter}}) RETURN n AS ${variable}
}`;

const PATH_NODE = (v: string) => `{
  id: ${v}.id,
  type: head([l IN labels(${v}) WHERE l IN ${cypherList(PATH_NODE_LABELS)}]),
  label: CASE
    WHEN ${v}:Agreement THEN coalesce(${v}.title, head(${v}.numbers), ${v}.id)
    WHEN ${v}:Party THEN coalesce(${v}.label, ${v}.id)
    WHEN ${v}:Decree THEN coalesce(${v}.text, ${v}.id)
    ELSE coalesce(${v}.name, ${v}.id)
  END }`;

/**
 * One statement per hop bound: Cypher takes no parameter in a variable-length bound, so the
 * bound is chosen from these fixed texts by a validated integer, never written from input.
 * `shortestPath` is a bidirectional breadth-first search that stops at the bound.
 */
export const CONNECTION_PATH_BY_HOPS: ReadonlyMap<number, string> = new Map(
  Array.from({ length: MAX_PATH_HOPS - MIN_PATH_HOPS + 1 }, (_, i) => MIN_PATH_HOPS + i).map((hops) => [
    hops,
    `${ENDPOINT('x', 'fromId')}
${ENDPOINT('y', 'toId')}
WITH x, y WHERE x <> y
MATCH p = shortestPath((x)-[:${PATH_RELATIONSHIP_TYPES.join('|')}*1..${hops}]-(y))
RETURN [n IN nodes(p) | ${PATH_NODE('n')}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships,
  length(p) AS length`,
  ]),
);

/** The path from an entity to itself: the entity alone, when it exists. */
export const CONNECTION_PATH_TO_ITSELF = `${ENDPOINT('x', 'fromId')}
RETURN [${PATH_NODE('x')}] AS nodes, [] AS relationships, 0 AS length`;

/**
 * A shortest path between two entities (agreement, institution, official or decree) of at most
 * `maxHops` relationships; null when either id is unknown or nothing connects them that closely.
 */
export async function findConnectionPath(
  db: GraphDatabase,
  options: { fromId: string; toId: string; maxHops: number },
): Promise<ConnectionPathRecord | null> {
  const cypher =
    options.fromId === options.toId
      ? CONNECTION_PATH_TO_ITSELF
      : CONNECTION_PATH_BY_HOPS.get(options.maxHops);
  if (cypher === undefined) {
    throw new RangeError(
      `maxHops must be an integer from ${MIN_PATH_HOPS} to ${MAX_PATH_HOPS}, got ${options.maxHops}`,
    );
  }
  const [row] = await db.read<ConnectionPathRecord>(
    cypher,
    params({ fromId: options.fromId, toId: options.toId }),
  );
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Expiring agreements

/** Loaded agreements whose expiresOn is in [asOf, asOf + withinDays], soonest first. */
export function expiringAgreementsCypher(fields: readonly string[] | null = null): string {
  return `
WITH coalesce(date($asOf), date()) AS asOf
MATCH (a:Agreement)
WHERE a.expiresOn >= asOf AND a.expiresOn <= asOf + duration({days: $withinDays}) AND a.loaded = true
WITH a
ORDER BY a.expiresOn, a.id
LIMIT $first
RETURN ${selectedAgreementProjection('a', fields)} AS agreement`;
}

/** The statement with every agreement field. */
export const EXPIRING_AGREEMENTS = expiringAgreementsCypher();

/** `asOf` null means today (the database's clock); `fields` as for findAgreementsBetween. */
export function findExpiringAgreements(
  db: GraphDatabase,
  options: { asOf: string | null; withinDays: number; first: number; fields?: readonly string[] | null },
): Promise<SelectedAgreementRecord[]> {
  const { fields, ...values } = options;
  return readAgreements(db, expiringAgreementsCypher(fields), values);
}

// ---------------------------------------------------------------------------------------------
// Expired agreements

/**
 * Loaded agreements whose expiresOn is in [asOf - withinDays, asOf), most recently expired
 * first, ties by id. Expiring on asOf is not expired yet (expiringAgreements lists it), so the
 * two queries never both answer one agreement for one asOf. The range on a.expiresOn and the
 * descending order are what the agreement_expires_on range index answers, so the index seek
 * reads the newest expiries first and LIMIT stops it early; an agreement with no expiresOn is
 * not in the index and never matches.
 */
export function expiredAgreementsCypher(fields: readonly string[] | null = null): string {
  return `
WITH coalesce(date($asOf), date()) AS asOf
MATCH (a:Agreement)
WHERE a.expiresOn < asOf AND a.expiresOn >= asOf - duration({days: $withinDays}) AND a.loaded = true
WITH a
ORDER BY a.expiresOn DESC, a.id
LIMIT $first
RETURN ${selectedAgreementProjection('a', fields)} AS agreement`;
}

/** The statement with every agreement field. */
export const EXPIRED_AGREEMENTS = expiredAgreementsCypher();

/** `asOf` null means today (the database's clock); `fields` as for findAgreementsBetween. */
export function findExpiredAgreements(
  db: GraphDatabase,
  options: { asOf: string | null; withinDays: number; first: number; fields?: readonly string[] | null },
): Promise<SelectedAgreementRecord[]> {
  const { fields, ...values } = options;
  return readAgreements(db, expiredAgreementsCypher(fields), values);
}

// ---------------------------------------------------------------------------------------------
// Clause variants

export interface ClauseVariantRecord {
  readonly present: boolean;
  readonly heading: string | null;
  readonly durationMonths: number | null;
  readonly terminationNoticeDays: number | null;
  readonly agreementCount: number;
  readonly agreements: AgreementRecord[];
}

/**
 * How one topic of article varies across loaded agreements. TERM: grouped by the agreement's
 * duration and notice period (what the term article says, as read into the agreement). Any other
 * topic: grouped by the article's heading, upper-cased (an agreement with two such articles
 * appears under each heading). Either way, agreements with no article of the topic form one
 * group with `present = false`: that is where an agreement departs from the usual clause set.
 *
 * The clauses of the topic come from the clause_topic index and are hash-joined to the loaded
 * agreements (the hints name the index and the join), so no agreement's other articles are
 * read: 448k db hits at 10,000 agreements before (every clause of every agreement, its topic
 * read), 123k now. A clause is collected as a map so one with no heading still counts as
 * present, as the per-agreement COLLECT it replaces counted it. Same rows in the same order
 * (test/integration/relationship-query-rewrites.test.ts).
 */
export const CLAUSE_VARIANTS = `
MATCH (a:Agreement)
WHERE a.loaded = true
OPTIONAL MATCH (a)-[:HAS_CLAUSE]->(c:Clause)
USING INDEX c:Clause(topic)
USING JOIN ON a
WHERE c.topic = $topic
WITH a, collect(DISTINCT CASE WHEN c IS NOT NULL THEN {heading: toUpper(trim(c.heading))} END) AS found
WITH a, [f IN found | f.heading] AS headings
UNWIND CASE
  WHEN size(headings) = 0 THEN [{present: false, heading: null, durationMonths: null, terminationNoticeDays: null}]
  WHEN $topic = 'TERM' THEN [{present: true, heading: null, durationMonths: a.durationMonths,
                              terminationNoticeDays: a.terminationNoticeDays}]
  ELSE [h IN headings | {present: true, heading: h, durationMonths: null, terminationNoticeDays: null}]
END AS variant
WITH variant, a ORDER BY ${AGREEMENT_ORDER}
WITH variant, collect(a) AS agreements
RETURN variant.present AS present, variant.heading AS heading, variant.durationMonths AS durationMonths,
  variant.terminationNoticeDays AS terminationNoticeDays, size(agreements) AS agreementCount,
  [a IN agreements[..$maxItems] | ${agreementProjection('a')}] AS agreements
ORDER BY present DESC, agreementCount DESC, heading, durationMonths, terminationNoticeDays
LIMIT $first`;

export function findClauseVariants(
  db: GraphDatabase,
  options: { topic: ClauseTopic; first: number },
): Promise<ClauseVariantRecord[]> {
  return db.readStable<ClauseVariantRecord>(
    CLAUSE_VARIANTS,
    params({ ...options, maxItems: MAX_ITEMS_PER_ROW }),
  );
}

// ---------------------------------------------------------------------------------------------

/** Whole numbers as Neo4j integers: LIMIT, slices and durations refuse floats. */
function params(values: Record<string, unknown>): Record<string, unknown> {
  return toNeo4jParams(values) as Record<string, unknown>;
}

/** A fixed list of identifiers as a Cypher list literal (for constants only, never for input). */
function cypherList(values: readonly string[]): string {
  return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}

/**
 * Runs a statement returning one `agreement` column and unwraps it. Plain `read`, never
 * `readStable`: these rows may hold some fields only, and the read cache keeps whole answers.
 */
async function readAgreements(
  db: GraphDatabase,
  cypher: string,
  values: Record<string, unknown>,
): Promise<SelectedAgreementRecord[]> {
  const rows = await db.read<{ agreement: SelectedAgreementRecord }>(cypher, params(values));
  return rows.map((row) => row.agreement);
}
