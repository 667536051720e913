/**
 * The write side's look-ups (FIND_*) carry `CYPHER replan=skip`, so the plan Neo4j makes the
 * first time one runs is kept for as long as the database runs. In a first build that first time
 * is on an empty graph, where a label scan costs as little as an index seek. Each look-up names
 * its index (`USING INDEX`, or the id constraint), so the kept plan must seek the key it is
 * given, on an empty graph as on a full one: planned here on an empty graph, by a real Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import { driverForToolsAndTests, type GraphDatabase } from '../../src/graph/driver.js';
import {
  FIND_AGREEMENTS_BY_CONTENT_HASHES,
  FIND_AGREEMENT_BY_CONTENT_HASH,
  FIND_AGREEMENT_BY_NUMBERS,
  FIND_AGREEMENT_CANDIDATES,
  FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES,
  FIND_AGREEMENT_LOADED,
  FIND_BATCH_CANDIDATE_KEYS,
} from '../../src/graph/write/write-statements.js';
import { wipeGraph } from '../fixtures/graph/graph-snapshot.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

let db: GraphDatabase;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeGraph(db);
  await applySchema(db);
});

afterAll(async () => {
  await db.close();
});

/** Every operator that finds Agreement nodes, with what it reads ("NodeIndexSeek a:Agreement(contentHash) …"). */
async function agreementReads(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const { summary } = await driverForToolsAndTests(db).executeQuery(`EXPLAIN ${cypher}`, params);
  const reads: string[] = [];
  const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    const operator = plan.operatorType.replace(/@.*/, '');
    if (/Scan|Seek/.test(operator)) reads.push(`${operator} ${String(plan.arguments.Details ?? '')}`);
    for (const child of plan.children) walk(child as typeof plan);
  };
  walk(summary.plan as never);
  return reads;
}

describe('the write look-ups planned on an empty graph', () => {
  it('the graph is empty, so a label scan would look as cheap as a seek', async () => {
    const [row] = await db.read<{ n: number }>('MATCH (a:Agreement) RETURN count(a) AS n');
    expect(row!.n).toBe(0);
  });

  it.each([
    ['FIND_AGREEMENT_BY_CONTENT_HASH', FIND_AGREEMENT_BY_CONTENT_HASH, { contentHash: 'h' }, ['contentHash']],
    [
      'FIND_AGREEMENTS_BY_CONTENT_HASHES',
      FIND_AGREEMENTS_BY_CONTENT_HASHES,
      { contentHashes: ['h'] },
      ['contentHash'],
    ],
    [
      'FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES',
      FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES,
      { contentHashes: ['h'] },
      ['contentHash'],
    ],
    ['FIND_AGREEMENT_BY_NUMBERS', FIND_AGREEMENT_BY_NUMBERS, { numbersKey: 'k' }, ['numbersKey']],
    [
      'FIND_AGREEMENT_CANDIDATES',
      FIND_AGREEMENT_CANDIDATES,
      { numbersKey: 'k', partiesDateKey: 'p' },
      ['numbersKey', 'partiesDateKey'],
    ],
    [
      'FIND_BATCH_CANDIDATE_KEYS',
      FIND_BATCH_CANDIDATE_KEYS,
      { numbersKeys: ['k'], partiesDateKeys: ['p'], targetNumbersKeys: ['k'] },
      ['numbersKey', 'partiesDateKey', 'numbersKey'],
    ],
    ['FIND_AGREEMENT_LOADED', FIND_AGREEMENT_LOADED, { agreementId: 'a' }, ['id']],
  ] as const)('%s seeks the key it is given', async (_name, cypher, params, keys) => {
    expect(cypher).toMatch(/^\s*CYPHER replan=skip\n/);
    const reads = await agreementReads(cypher, params);
    expect(reads).toHaveLength(keys.length);
    for (const [i, key] of keys.entries()) {
      expect(reads[i]).toMatch(new RegExp(`^Node(?:Unique)?IndexSeek .*a:Agreement\\(${key}\\)`));
    }
  });
});
