import type { AgreementKind } from '../../domain/agreement.js';
import type { GraphDatabase } from '../driver.js';
import { toNeo4jParams } from '../neo4j-params.js';
import { fillMonths, type MonthlyCountRecord } from './stats-month-series.js';

/**
 * Counts for dashboards, as flat rows (`{ key, count }`, `{ month, count }`) that Grafana's
 * GraphQL / JSON data sources and notebooks read without reshaping. Only loaded agreements are
 * counted (an MoU known only by reference has no date, parties or clauses of its own).
 */

export type StatsGroupBy = 'YEAR' | 'AGENCY' | 'KIND' | 'CLAUSE_TOPIC' | 'SIGNATORY';

export interface StatsFilter {
  /** A top-level agency that is party (through any of its units). */
  readonly agencyId?: string | null;
  readonly kind?: AgreementKind | null;
  /** Signed on or after, ISO date. */
  readonly signedFrom?: string | null;
  /** Signed on or before, ISO date. */
  readonly signedTo?: string | null;
}

export interface StatRowRecord {
  readonly key: string;
  /** The agency or official counted, for AGENCY and SIGNATORY rows; null otherwise. */
  readonly id: string | null;
  readonly count: number;
}

/** The agreements a statistic counts, as `a`: loaded, and matching every filter given. */
const FILTERED_AGREEMENTS = `
MATCH (a:Agreement)
WHERE a.loaded = true
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($signedFrom IS NULL OR a.signedOn >= date($signedFrom))
  AND ($signedTo IS NULL OR a.signedOn <= date($signedTo))
  AND ($agencyId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(:Institution {id: $agencyId}) })`;

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
 * Rows `{ key, count }`: YEAR keys "2023" (oldest first); AGENCY keys agency names, SIGNATORY
 * keys official names, KIND keys PKS / MOU / …, CLAUSE_TOPIC keys topics (largest count first).
 */
export function countAgreements(
  db: GraphDatabase,
  options: { groupBy: StatsGroupBy; filter: StatsFilter; first: number },
): Promise<StatRowRecord[]> {
  return db.readStable<StatRowRecord>(
    AGREEMENT_STATS[options.groupBy],
    params({ ...filterParams(options.filter), first: options.first }),
  );
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

function filterParams(filter: StatsFilter): Record<string, unknown> {
  return {
    agencyId: filter.agencyId ?? null,
    kind: filter.kind ?? null,
    signedFrom: filter.signedFrom ?? null,
    signedTo: filter.signedTo ?? null,
  };
}

/** Whole numbers as Neo4j integers: LIMIT refuses floats. */
function params(values: Record<string, unknown>): Record<string, unknown> {
  return toNeo4jParams(values) as Record<string, unknown>;
}
