import { describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../../../src/graph/driver.js';
import {
  AGREEMENTS_BETWEEN,
  CONNECTION_PATH_BY_HOPS,
  EXPIRED_AGREEMENTS,
  EXPIRING_AGREEMENTS,
  agreementsBetweenCypher,
  expiredAgreementsCypher,
  expiringAgreementsCypher,
  findAgreementsBetween,
  MAX_PATH_HOPS,
  MIN_PATH_HOPS,
  PATH_RELATIONSHIP_TYPES,
  findConnectionPath,
  findExpiredAgreements,
  findExpiringAgreements,
} from '../../../../src/graph/read/relationship-queries.js';
import { agreementEntries, agreementProjection } from '../../../../src/graph/read/records.js';
import {
  AGREEMENT_STATS,
  agreementStatsByTwoCypher,
  type StatsGroupBy,
} from '../../../../src/graph/read/stats-queries.js';

/** A database that records what it is asked and answers no rows. */
function recordingDb(): { db: GraphDatabase; calls: { cypher: string; params: Record<string, unknown> }[] } {
  const calls: { cypher: string; params: Record<string, unknown> }[] = [];
  const db = {
    read: async (cypher: string, params: Record<string, unknown> = {}) => {
      calls.push({ cypher, params });
      return [];
    },
  } as unknown as GraphDatabase;
  return { db, calls };
}

describe('connection path statements', () => {
  it('exist for exactly the hop bounds 1..8, each bounding its pattern', () => {
    expect([...CONNECTION_PATH_BY_HOPS.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [hops, cypher] of CONNECTION_PATH_BY_HOPS) {
      expect(cypher).toContain(`*1..${hops}]`);
      expect(cypher).toContain('shortestPath(');
    }
  });

  it('never follow clause content, sources or citations', () => {
    for (const type of [
      'HAS_CLAUSE',
      'HAS_PROVISION',
      'HAS_OBLIGATION',
      'HAS_RIGHT',
      'DEFINES',
      'FROM_SOURCE',
      'CITES',
    ]) {
      expect(PATH_RELATIONSHIP_TYPES).not.toContain(type);
      for (const cypher of CONNECTION_PATH_BY_HOPS.values())
        expect(cypher).not.toMatch(new RegExp(`\\b${type}\\b`));
    }
  });

  it('take the ids as parameters, never as text', async () => {
    const { db, calls } = recordingDb();
    const hostile = "x'}) DETACH DELETE n //";
    expect(await findConnectionPath(db, { fromId: hostile, toId: 'institution:b', maxHops: 3 })).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.cypher).toBe(CONNECTION_PATH_BY_HOPS.get(3));
    expect(calls[0]!.cypher).not.toContain(hostile);
    expect(calls[0]!.params).toEqual({ fromId: hostile, toId: 'institution:b' });
  });

  it.each([MIN_PATH_HOPS - 1, MAX_PATH_HOPS + 1, 2.5])(
    'refuse maxHops %s without a query',
    async (maxHops) => {
      const { db, calls } = recordingDb();
      await expect(findConnectionPath(db, { fromId: 'a', toId: 'b', maxHops })).rejects.toThrow(RangeError);
      expect(calls).toHaveLength(0);
    },
  );
});

describe('parameters', () => {
  it('send whole numbers as Neo4j integers (LIMIT and durations refuse floats)', async () => {
    const { db, calls } = recordingDb();
    await findExpiringAgreements(db, { asOf: '2026-08-01', withinDays: 90, first: 20 });
    const { withinDays, first, asOf } = calls[0]!.params as {
      withinDays: unknown;
      first: unknown;
      asOf: unknown;
    };
    expect(asOf).toBe('2026-08-01');
    expect(String(withinDays)).toBe('90');
    expect(typeof withinDays).toBe('object'); // neo4j.int, not a JS number
    expect(typeof first).toBe('object');
  });
});

describe('expired agreements statement', () => {
  it('is one fixed statement taking asOf, withinDays and first as parameters (integers as Neo4j integers)', async () => {
    const { db, calls } = recordingDb();
    expect(await findExpiredAgreements(db, { asOf: null, withinDays: 365, first: 20 })).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.cypher).toBe(EXPIRED_AGREEMENTS);
    const { asOf, withinDays, first } = calls[0]!.params as Record<string, unknown>;
    expect(asOf).toBeNull();
    expect([String(withinDays), typeof withinDays]).toEqual(['365', 'object']);
    expect([String(first), typeof first]).toEqual(['20', 'object']);
  });

  it('ranges and orders on a.expiresOn alone, so the agreement_expires_on index seeks and orders, and stops at $first', () => {
    // Before asOf (exclusive), back to asOf - withinDays (inclusive): the half-open window
    // that never overlaps expiringAgreements' [asOf, asOf + withinDays].
    expect(EXPIRED_AGREEMENTS).toContain(
      'a.expiresOn < asOf AND a.expiresOn >= asOf - duration({days: $withinDays})',
    );
    expect(EXPIRED_AGREEMENTS).toContain('ORDER BY a.expiresOn DESC, a.id');
    expect(EXPIRED_AGREEMENTS).toContain('LIMIT $first');
    expect(EXPIRED_AGREEMENTS).toContain('a.loaded = true');
  });
});

describe('agreement lists reading the selected fields', () => {
  const LISTS = [
    { name: 'expiringAgreements', whole: EXPIRING_AGREEMENTS, cypher: expiringAgreementsCypher },
    { name: 'expiredAgreements', whole: EXPIRED_AGREEMENTS, cypher: expiredAgreementsCypher },
    { name: 'agreementsBetween', whole: AGREEMENTS_BETWEEN, cypher: agreementsBetweenCypher },
  ];

  it.each(LISTS)('$name: only the projection changes; MATCH, ORDER BY and LIMIT stay as they are', (list) => {
    expect(list.cypher(null)).toBe(list.whole);
    expect(list.whole).toContain(`RETURN ${agreementProjection('a')} AS agreement`);
    expect(list.cypher(['signedOn', 'title'])).toBe(
      list.whole.replace(
        `RETURN ${agreementProjection('a')} AS agreement`,
        'RETURN a { .id, .title, signedOn: toString(a.signedOn) } AS agreement',
      ),
    );
    // Every field selected reads what the whole statement reads, entry for entry.
    const squash = (cypher: string) => cypher.replace(/\s+/g, ' ');
    expect(squash(list.cypher(Object.keys(agreementEntries('a'))))).toBe(squash(list.whole));
  });

  it('send the statement of the selection, and the values as parameters only', async () => {
    const { db, calls } = recordingDb();
    const hostile = "x'}) DETACH DELETE n //";
    await findAgreementsBetween(db, {
      agencyA: hostile,
      agencyB: 'institution:b',
      first: 5,
      fields: ['title'],
    });
    await findExpiringAgreements(db, { asOf: '2026-08-01', withinDays: 90, first: 5, fields: ['expiresOn'] });
    await findExpiredAgreements(db, { asOf: null, withinDays: 365, first: 5 });
    expect(calls.map((c) => c.cypher)).toEqual([
      agreementsBetweenCypher(['title']),
      expiringAgreementsCypher(['expiresOn']),
      EXPIRED_AGREEMENTS,
    ]);
    expect(calls[0]!.cypher).not.toContain(hostile);
    expect(Object.keys(calls[0]!.params).sort()).toEqual(['agencyA', 'agencyB', 'first']);
    expect(calls[0]!.params.agencyA).toBe(hostile);
    expect(Object.keys(calls[1]!.params).sort()).toEqual(['asOf', 'first', 'withinDays']);
  });
});

describe('agreement stats statements', () => {
  it('cover every grouping, each bounded by $first and counting loaded agreements only', () => {
    expect(Object.keys(AGREEMENT_STATS).sort()).toEqual([
      'AGENCY',
      'CLAUSE_TOPIC',
      'INSTITUTION',
      'KIND',
      'MONTH',
      'SIGNATORY',
      'YEAR',
    ]);
    for (const cypher of Object.values(AGREEMENT_STATS)) {
      expect(cypher).toContain('LIMIT $first');
      expect(cypher).toContain('a.loaded = true');
    }
  });

  it('two keys: one CALL per key, counting each agreement once per pair, bounded by $first', () => {
    const keys = Object.keys(AGREEMENT_STATS) as StatsGroupBy[];
    for (const groupBy of keys) {
      for (const thenBy of keys.filter((k) => k !== groupBy)) {
        const cypher = agreementStatsByTwoCypher(groupBy, thenBy);
        expect(cypher).toContain('a.loaded = true');
        expect(cypher).toContain('WITH key, id, thenKey, thenId, count(DISTINCT a) AS count');
        expect(cypher).toContain('LIMIT $first');
        expect(cypher.match(/CALL \(a\) \{/g)).toHaveLength(2);
      }
    }
    expect(agreementStatsByTwoCypher('AGENCY', 'YEAR')).toContain(
      'CALL (a) { WITH a WHERE a.signedOn IS NOT NULL RETURN toString(a.signedOn.year) AS thenKey, null AS thenId }',
    );
  });
});
