import neo4j from 'neo4j-driver';

/**
 * Query parameters with every whole JS number sent as a Neo4j Integer. The driver sends plain
 * numbers as floats, which would store ordinals, spans and years as 1.0 and make
 * `duration({months: a.durationMonths})` and equality with integer literals surprising.
 * The rows hold no fractional numbers, so every number here is whole.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = v === undefined ? null : toNeo4jParams(v);
    return out;
  }
  return value;
}
