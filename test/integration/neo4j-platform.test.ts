import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverForToolsAndTests, type GraphDatabase } from '../../src/graph/driver.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

describe('the database under the integration tests', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('is a real Neo4j 5.26', async () => {
    const { records } = await driverForToolsAndTests(db).executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      {},
      { database: db.database },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('name')).toBe('Neo4j Kernel');
    expect(records[0]!.get('version')).toMatch(/^5\.26\.\d+$/);
    expect(await db.serverVersion()).toBe(records[0]!.get('version'));
  });

  it('runs Cypher with parameters and rolls back what it is told to', async () => {
    const session = driverForToolsAndTests(db).session({ database: db.database });
    try {
      const tx = await session.beginTransaction();
      const result = await tx.run('CREATE (n:PlatformProbe {name: $name}) RETURN n.name AS name', {
        name: 'BSSN',
      });
      expect(result.records[0]!.get('name')).toBe('BSSN');
      await tx.rollback();
      const after = await session.run('MATCH (n:PlatformProbe) RETURN count(n) AS n');
      expect(after.records[0]!.get('n')).toBe(0);
    } finally {
      await session.close();
    }
  });
});
