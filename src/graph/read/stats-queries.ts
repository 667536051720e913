import type { AgreementKind } from '../../domain/agreement.js';
import type { GraphDatabase } from '../driver.js';
import { toNeo4jParams } from '../neo4j-params.js';
import { fillMonths, type MonthlyCountRecord } from './stats-month-series.js';

/**
 * Counts for dashboards, as flat rows (`{ key, count }`, `{ month, count }`) that Grafana's
 * GraphQL / JSON data sources and notebooks read without reshaping. Only loaded agreements are
 * counted (an MoU known only by reference has no date, parties or clauses of its own).
 */

export type StatsGroupBy =
  'YEAR' | 'MONTH' | 'AGENCY' | 'INSTITUTION' | 'KIND' | 'CLAUSE_TOPIC' | 'SIGNATORY';

export interface StatsFilter {
  /** A top-level agency that is party (through any of its units). */
  readonly agencyId?: string | null;
  /** An institution, agency or unit, that a party acts for (or whose agency it is). */
  readonly institutionId?: string | null;
  /** An official who signed. */
  readonly officialId?: string | null;
  readonly kind?: AgreementKind | null;
  /** Signed on or after, ISO date. */
  readonly signedFrom?: string | null;
  /** Signed on or before, ISO date. */
  readonly signedTo?: string | null;
  /** In force on this ISO date: see ACTIVE_ON. */
  readonly activeOn?: string | null;
}

export interface StatRowRecord {
  readonly key: string;
  /** The agency, institution or official counted, for AGENCY, INSTITUTION and SIGNATORY rows; null otherwise. */
  readonly id: string | null;
  /** With a second grouping (`thenBy`): its key and id; null otherwise. */
  readonly thenKey?: string | null;
  readonly thenId?: string | null;
  readonly count: number;
}

/**
 * In force on `$activeOn`: started on or before it (the start date the term article gives, else
 * the signing date) and expiring on or after it (an agreement is still in force on its expiry
 * date; expiredAgreements lists it from the next day). An agreement whose text gives no expiry
 * is not counted: whether it is still in force cannot be told, and a guess would be a wrong value.
 */
const ACTIVE_ON = `coalesce(a.effectiveFrom, a.signedOn) <= date($activeOn) AND a.expiresOn >= date($activeOn)`;

/** The agreements a statistic counts, as `a`: loaded, and matching every filter given. */
const FILTERED_AGREEMENTS = `
MATCH (a:Agreement)
WHERE a.loaded = true
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($signedFrom IS NULL OR a.signedOn >= date($signedFrom))
  AND ($signedTo IS NULL OR a.signedOn <= date($signedTo))
  AND ($activeOn IS NULL OR (${ACTIVE_ON}))
  AND ($agencyId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(:Institution {id: $agencyId}) })
  AND ($institutionId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:ACTS_FOR|OF_AGENCY]->(:Institution {id: $institutionId}) })
  AND ($officialId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:SIGNED_BY]->(:Official {id: $officialId}) })`;

/**
 * One statement per grouping, chosen by the enum value (never written from input). An agreement
 * counts once per key: under each agency party to it, each official who signed it and each topic
 * of article it has, so those rows can add up to more than the number of agreements.
 */
export const AGREEMENT_STATS: Readonly<Record<StatsGroupBy, string>> = {
  // Agreements without a signing date have no year and are not counted.
  YEAR: `${FILTERED_AGREEMENTS}
  AND a.signedOn IS NOT NULL
WITH toString(a.signedOn.year) AS key, count(*) AS count
RETURN key, null AS id, count
ORDER BY key
LIMIT $first`,
  MONTH: `${FILTERED_AGREEMENTS}
  AND a.signedOn IS NOT NULL
WITH substring(toString(a.signedOn), 0, 7) AS key, count(*) AS count
RETURN key, null AS id, count
ORDER BY key
LIMIT $first`,
  INSTITUTION: `${FILTERED_AGREEMENTS}
MATCH (a)-[:HAS_PARTY]->(:Party)-[:ACTS_FOR]->(i:Institution)
WITH i, count(DISTINCT a) AS count
RETURN i.name AS key, i.id AS id, count
ORDER BY count DESC, key, id
LIMIT $first`,
  AGENCY: `${FILTERED_AGREEMENTS}
MATCH (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(g:Institution)
WITH g, count(DISTINCT a) AS count
RETURN g.name AS key, g.id AS id, count
ORDER BY count DESC, key, id
LIMIT $first`,
  KIND: `${FILTERED_AGREEMENTS}
WITH a.kind AS key, count(*) AS count
RETURN key, null AS id, count
ORDER BY count DESC, key
LIMIT $first`,
  CLAUSE_TOPIC: `${FILTERED_AGREEMENTS}
MATCH (a)-[:HAS_CLAUSE]->(c:Clause)
WITH c.topic AS key, count(DISTINCT a) AS count
RETURN key, null AS id, count
ORDER BY count DESC, key
LIMIT $first`,
  SIGNATORY: `${FILTERED_AGREEMENTS}
MATCH (a)-[:HAS_PARTY]->(:Party)-[:SIGNED_BY]->(o:Official)
WITH o, count(DISTINCT a) AS count
RETURN o.name AS key, o.id AS id, count
ORDER BY count DESC, key, id
LIMIT $first`,
};

/**
 * The key (and id) each agreement `a` has under a grouping, as the body of a `CALL (a) { … }`
 * returning `key` and `id` under the names given: none (no signing date: no YEAR or MONTH), one,
 * or several (each agency party to it, each official who signed, each topic of article).
 */
const KEY_OF_A: Readonly<Record<StatsGroupBy, (key: string, id: string) => string>> = {
  YEAR: (k, i) =>
    `WITH a WHERE a.signedOn IS NOT NULL RETURN toString(a.signedOn.year) AS ${k}, null AS ${i}`,
  MONTH: (k, i) =>
    `WITH a WHERE a.signedOn IS NOT NULL RETURN substring(toString(a.signedOn), 0, 7) AS ${k}, null AS ${i}`,
  KIND: (k, i) => `RETURN a.kind AS ${k}, null AS ${i}`,
  AGENCY: (k, i) =>
    `MATCH (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(g:Institution) RETURN DISTINCT g.name AS ${k}, g.id AS ${i}`,
  INSTITUTION: (k, i) =>
    `MATCH (a)-[:HAS_PARTY]->(:Party)-[:ACTS_FOR]->(g:Institution) RETURN DISTINCT g.name AS ${k}, g.id AS ${i}`,
  CLAUSE_TOPIC: (k, i) => `MATCH (a)-[:HAS_CLAUSE]->(c:Clause) RETURN DISTINCT c.topic AS ${k}, null AS ${i}`,
  SIGNATORY: (k, i) =>
    `MATCH (a)-[:HAS_PARTY]->(:Party)-[:SIGNED_BY]->(o:Official) RETURN DISTINCT o.name AS ${k}, o.id AS ${i}`,
};

/**
 * Agreements counted by two keys at once (AGENCY x YEAR, KIND x MONTH, …) as flat rows
 * `{ key, id, thenKey, thenId, count }`, one per pair that has agreements: what a pivot table or
 * a stacked bar chart reads. An agreement counts once per pair it has. Rows come ordered by the
 * first key, then the second (YEAR and MONTH keys, "2023" and "2023-05", sort oldest first;
 * names alphabetically). Built from the fixed fragments above, chosen by enum value only.
 */
export function agreementStatsByTwoCypher(groupBy: StatsGroupBy, thenBy: StatsGroupBy): string {
  return `${FILTERED_AGREEMENTS}
CALL (a) { ${KEY_OF_A[groupBy]('key', 'id')} }
CALL (a) { ${KEY_OF_A[thenBy]('thenKey', 'thenId')} }
WITH key, id, thenKey, thenId, count(DISTINCT a) AS count
RETURN key, id, thenKey, thenId, count
ORDER BY key, thenKey, id, thenId
LIMIT $first`;
}

/**
 * Rows `{ key, count }`: YEAR keys "2023", MONTH keys "2023-05" (oldest first); AGENCY and
 * INSTITUTION keys body names, SIGNATORY keys official names, KIND keys PKS / MOU / …,
 * CLAUSE_TOPIC keys topics (largest count first). With `thenBy`, rows of two keys
 * (agreementStatsByTwoCypher).
 */
export function countAgreements(
  db: GraphDatabase,
  options: { groupBy: StatsGroupBy; thenBy?: StatsGroupBy | null; filter: StatsFilter; first: number },
): Promise<StatRowRecord[]> {
  const cypher = options.thenBy
    ? agreementStatsByTwoCypher(options.groupBy, options.thenBy)
    : AGREEMENT_STATS[options.groupBy];
  return db.readStable<StatRowRecord>(
    cypher,
    params({ ...filterParams(options.filter), first: options.first }),
  );
}

/** Agreements matching the filter (with `activeOn`: in force that day), as one number. */
export const AGREEMENT_COUNT = `${FILTERED_AGREEMENTS}
RETURN count(a) AS count`;

export async function countMatchingAgreements(db: GraphDatabase, filter: StatsFilter): Promise<number> {
  const [row] = await db.readStable<{ count: number }>(AGREEMENT_COUNT, params(filterParams(filter)));
  return row?.count ?? 0;
}

/** Expiries per month in [from, to] (and the filter), months with none left out. */
export const EXPIRATIONS_BY_MONTH = `${FILTERED_AGREEMENTS}
  AND a.expiresOn >= date($from) AND a.expiresOn <= date($to)
WITH date.truncate('month', a.expiresOn) AS month, count(*) AS count
RETURN toString(month) AS month, count
ORDER BY month`;

/**
 * Agreements expiring per month, expiresOn from `from` through `to` inclusive: one row for every
 * month from `from`'s month through `to`'s month, zero where none expire. Agreements with no
 * expiry are not counted. The caller bounds the range.
 */
export async function countExpirationsByMonth(
  db: GraphDatabase,
  options: { from: string; to: string; filter: StatsFilter },
): Promise<MonthlyCountRecord[]> {
  const rows = await db.readStable<MonthlyCountRecord>(
    EXPIRATIONS_BY_MONTH,
    params({ ...filterParams(options.filter), from: options.from, to: options.to }),
  );
  return fillMonths(options.from, options.to, rows);
}

/** Signings per month in [from, to] (and the filter), months with none left out. */
export const SIGNINGS_BY_MONTH = `${FILTERED_AGREEMENTS}
  AND a.signedOn >= date($from) AND a.signedOn <= date($to)
WITH date.truncate('month', a.signedOn) AS month, count(*) AS count
RETURN toString(month) AS month, count
ORDER BY month`;

/**
 * Agreements signed per month, dated `from` through `to` inclusive: one row for every month from
 * `from`'s month through `to`'s month, zero where none were signed. The caller bounds the range.
 */
export async function countSigningsByMonth(
  db: GraphDatabase,
  options: { from: string; to: string; filter: StatsFilter },
): Promise<MonthlyCountRecord[]> {
  const rows = await db.readStable<MonthlyCountRecord>(
    SIGNINGS_BY_MONTH,
    params({ ...filterParams(options.filter), from: options.from, to: options.to }),
  );
  return fillMonths(options.from, options.to, rows);
}

/** Every filter parameter the statements above take, null where the filter leaves it out. */
export function filterParams(filter: StatsFilter): Record<string, unknown> {
  return {
    agencyId: filter.agencyId ?? null,
    institutionId: filter.institutionId ?? null,
    officialId: filter.officialId ?? null,
    kind: filter.kind ?? null,
    signedFrom: filter.signedFrom ?? null,
    signedTo: filter.signedTo ?? null,
    activeOn: filter.activeOn ?? null,
  };
}

/** Whole numbers as Neo4j integers: LIMIT refuses floats. */
function params(values: Record<string, unknown>): Record<string, unknown> {
  return toNeo4jParams(values) as Record<string, unknown>;
}
