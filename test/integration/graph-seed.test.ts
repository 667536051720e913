/**
 * The five seed agreements, parsed and loaded into a real Neo4j. Every expected count is
 * derived below from what the texts say (seed/*.txt), not from loader output:
 *
 *   000 BKN (Imas Sukmariah, Keppres 171/TPA/2020)    / BSSN (Dono Indarto, Keppres 22/TPA/2022)
 *   001 BPIP (Tonny Agung Arifianto, Keppres 178/TPA/2023) / BSSN (Y.B. Susilo Wibowo, Keppres 56/P/2019)
 *   002 Sekretariat Jenderal Kemendag (Suhanto)         / BSSN (Y.B. Susilo Wibowo)
 *   003 Kementerian Hukum (Nico Afinta)                 / BSSN (Y.B. Susilo Wibowo); 13 legal bases; an MoU
 *   004 Pemerintah Kabupaten Aceh Besar (Abubakar)      / Balai Sertifikasi Elektronik BSSN (Jonathan Gerhard Tarigan)
 */
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import { countGraph } from '../../src/graph/count-graph.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { AgreementLoadError, loadAgreement } from '../../src/ingest/load-agreement.js';
import { prepareGraphOnStart } from '../../src/ingest/seed-on-start.js';
import { seedPaths } from '../../src/ingest/seed-paths.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { countIsolatedNodes, graphSnapshot, rows, wipeGraph } from '../fixtures/graph/graph-snapshot.js';

const SEED_DIR = path.resolve('seed');
const SEED_004 = path.join(SEED_DIR, '004_0485f73840a29589.txt');

let db: GraphDatabase;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeGraph(db);
  await applySchema(db);
  const summary = await seedPaths(db, [SEED_DIR]);
  expect(summary).toMatchObject({ created: 5, updated: 0, unchanged: 0, failed: 0 });
});
afterAll(async () => {
  await db?.close();
});

async function count(query: string): Promise<number> {
  const [row] = await rows(db, query);
  return Number(row!.n);
}

describe('the graph of the five seeds', () => {
  it('has 6 agencies: BKN, BSSN, BPIP, Kementerian Perdagangan, Kementerian Hukum, Pemkab Aceh Besar', async () => {
    const agencies = await rows(db, 'MATCH (a:Agency) RETURN a.key AS key ORDER BY key');
    expect(agencies.map((a) => a.key)).toEqual([
      'badan kepegawaian negara',
      'badan pembinaan ideologi pancasila',
      'badan siber dan sandi negara',
      'kementerian hukum',
      'kementerian perdagangan',
      'pemerintah kabupaten aceh besar',
    ]);
  });

  it('has 2 units, each linked to its agency: Setjen Kemendag (002) and the Balai of BSSN (004)', async () => {
    const units = await rows(
      db,
      'MATCH (u:Unit)-[:PART_OF]->(a:Agency) RETURN DISTINCT u.key AS unit, a.key AS agency ORDER BY unit',
    );
    expect(units).toEqual([
      {
        unit: 'balai sertifikasi elektronik badan siber dan sandi negara',
        agency: 'badan siber dan sandi negara',
      },
      { unit: 'sekretariat jenderal kementerian perdagangan', agency: 'kementerian perdagangan' },
    ]);
    expect(await count('MATCH (u:Unit) RETURN count(u) AS n')).toBe(2);
    // Every institution is exactly one of the two.
    expect(await count('MATCH (i:Institution) WHERE i:Agency = i:Unit RETURN count(i) AS n')).toBe(0);
  });

  it('has 8 officials: ten signatures, Y.B. Susilo Wibowo signing three of them', async () => {
    // 10 signatures (2 per agreement) - 2 repeats of Susilo Wibowo (001, 002, 003) = 8 people.
    expect(await count('MATCH (o:Official) RETURN count(o) AS n')).toBe(8);
    expect(await count('MATCH (p:Party) RETURN count(p) AS n')).toBe(10);
  });

  it('has 20 decrees: 4 appointing, 13 legal bases, 2 amending laws, and KUHPerdata', async () => {
    // Appointments: Keppres 171/TPA/2020 (000), 22/TPA/2022 (000), 178/TPA/2023 (001), 56/P/2019 (001).
    // 003's "Dengan memperhatikan" lists 13 instruments, two amended: UU 39/2008 by UU 61/2024 and
    // UU 11/2008 by UU 1/2024. Every seed cites Pasal 1266 KUHPerdata in its term article.
    expect(await count('MATCH (d:Decree) RETURN count(d) AS n')).toBe(4 + 13 + 2 + 1);
    expect(await count("MATCH (d:Decree {kind: 'KEPUTUSAN_PRESIDEN'}) RETURN count(d) AS n")).toBe(4);
  });

  it('has 5 loaded agreements and 1 referenced-only MoU (the one 003 implements)', async () => {
    expect(await count('MATCH (a:Agreement {loaded: true}) RETURN count(a) AS n')).toBe(5);
    const mou = await rows(
      db,
      `MATCH (a:Agreement)-[:IMPLEMENTS]->(m:Agreement)
       RETURN a.numbers AS pks, m.kind AS kind, m.loaded AS loaded, m.numbers AS numbers, m.title AS title`,
    );
    expect(mou).toEqual([
      {
        pks: ['SEK-29.HH.04.02 Tahun 2025', 'PERJ.26/BSSN/SU/KJ.01.02/01/2025'],
        kind: 'MOU',
        loaded: false,
        numbers: ['M.HH-5.HH.04.02 Tahun 2025', 'PERJ.9/KABSSN/KJ.01.01/01/2025'],
        title: 'Pelindungan Informasi dan Transaksi Elektronik',
      },
    ]);
  });

  it('has 76 clauses: 15 + 16 + 14 + 16 + 15 articles', async () => {
    expect(await count('MATCH (c:Clause) RETURN count(c) AS n')).toBe(15 + 16 + 14 + 16 + 15);
  });

  it('has 162 obligations and rights, each on its party and in its clause', async () => {
    // Per seed, obligations and rights of party 1 then party 2 (as the texts list them):
    // 000: 12+10+11+7, 001: 12+6+6+6, 002: 11+6+6+8, 003: 12+7+7+5, 004: 11+6+6+7.
    expect(await count('MATCH (p:Provision) RETURN count(p) AS n')).toBe(40 + 30 + 31 + 31 + 30);
    expect(
      await count(
        'MATCH (p:Provision) WHERE NOT (:Party)-[:HAS_OBLIGATION|HAS_RIGHT]->(p) OR NOT (:Clause)-[:HAS_PROVISION]->(p) RETURN count(p) AS n',
      ),
    ).toBe(0);
    // 002 has one HAK DAN KEWAJIBAN article (Pasal 4) holding all 31 of its provisions.
    const hdk = await rows(
      db,
      `MATCH (a:Agreement)-[:HAS_CLAUSE]->(c:Clause {topic: 'RIGHTS_AND_OBLIGATIONS'})-[:HAS_PROVISION]->(p)
       RETURN a.numbers[1] AS pks, c.number AS pasal, count(p) AS n`,
    );
    expect(hdk).toEqual([{ pks: 'PERJ.206/BSSN/SU/HK.07.02/05/2023', pasal: '4', n: 31 }]);
  });

  it('has BSSN as one node, party to all five agreements (through the Balai in 004)', async () => {
    const bssn = await rows(
      db,
      `MATCH (b:Agency {key: 'badan siber dan sandi negara'})
       RETURN b.id AS id, COUNT { (b)<-[:OF_AGENCY]-(:Party)<-[:HAS_PARTY]-(:Agreement) } AS agreements`,
    );
    expect(bssn).toEqual([{ id: 'institution:badan-siber-dan-sandi-negara', agreements: 5 }]);
    const viaUnit = await rows(
      db,
      `MATCH (:Agreement)-[:HAS_PARTY]->(p:Party)-[:ACTS_FOR]->(u:Unit)-[:PART_OF]->(:Agency {acronym: 'BSSN'})
       RETURN u.name AS unit, p.position AS position`,
    );
    expect(viaUnit).toEqual([
      {
        unit: 'Balai Sertifikasi Elektronik Badan Siber dan Sandi Negara',
        position: 'Kepala Balai Sertifikasi Elektronik Badan Siber dan Sandi Negara',
      },
    ]);
  });

  it('has the signatory of three BSSN agreements as one node linked to all three (001, 002, 003)', async () => {
    const susilo = await rows(
      db,
      `MATCH (o:Official)<-[:SIGNED_BY]-(p:Party)-[:OF_AGENCY]->(:Agency {key: 'badan siber dan sandi negara'}),
             (a:Agreement)-[:HAS_PARTY]->(p)
       WITH o, collect(a.numbers[1]) AS agreements WHERE size(agreements) = 3
       RETURN o.id AS id, agreements`,
    );
    expect(susilo).toHaveLength(1);
    expect(susilo[0]!.id).toBe('official:yb-susilo-wibowo');
    expect([...(susilo[0]!.agreements as string[])].sort()).toEqual([
      'PERJ.206/BSSN/SU/HK.07.02/05/2023',
      'PERJ.2372/BSSN/SU/KJ.01.02/09/2025',
      'PERJ.26/BSSN/SU/KJ.01.02/01/2025',
    ]);
    // Only 001 names the decree he signed under: Keppres 56/P/2019, kept on the person with 001 as evidence.
    const appointed = await rows(
      db,
      `MATCH (:Official {id: 'official:yb-susilo-wibowo'})-[r:APPOINTED_BY]->(d:Decree)
       RETURN d.id AS decree, r.position AS position`,
    );
    expect(appointed).toEqual([
      {
        decree: 'decree:KEPUTUSAN_PRESIDEN||56/P|2019',
        position: 'Sekretaris Utama Badan Siber dan Sandi Negara',
      },
    ]);
  });

  it('keeps legal bases and citations apart: 13 bases in 003, KUHPerdata cited by all five and basis of none', async () => {
    const bases = await rows(
      db,
      'MATCH (a:Agreement)-[:LEGAL_BASIS]->(d:Decree) RETURN a.numbers[1] AS pks, count(d) AS n',
    );
    expect(bases).toEqual([{ pks: 'PERJ.26/BSSN/SU/KJ.01.02/01/2025', n: 13 }]);
    const kuh = await rows(
      db,
      `MATCH (d:Decree {key: 'KITAB|||kuhperdata'})
       RETURN COUNT { (:Agreement)-[:CITES {article: 'Pasal 1266'}]->(d) } AS citedBy,
              COUNT { (:Agreement)-[:LEGAL_BASIS]->(d) } AS basisOf`,
    );
    expect(kuh).toEqual([{ citedBy: 5, basisOf: 0 }]);
  });

  it('links amending laws to the laws they amend', async () => {
    const amends = await rows(
      db,
      'MATCH (x:Decree)-[:AMENDS]->(y:Decree) RETURN x.id AS amending, y.id AS amended ORDER BY amended',
    );
    expect(amends).toEqual([
      { amending: 'decree:UNDANG_UNDANG||1|2024', amended: 'decree:UNDANG_UNDANG||11|2008' },
      { amending: 'decree:UNDANG_UNDANG||61|2024', amended: 'decree:UNDANG_UNDANG||39|2008' },
    ]);
  });

  it('traces a signature to the sentence: the span of SIGNED_BY quotes the name in the source text', async () => {
    const spans = await rows(
      db,
      `MATCH (s:SourceDocument)<-[:FROM_SOURCE]-(:Agreement)-[:HAS_PARTY]->(:Party)-[r:SIGNED_BY]->(:Official {id: 'official:yb-susilo-wibowo'})
       RETURN s.name AS source, substring(s.text, r.spanStart, r.spanEnd - r.spanStart) AS quoted ORDER BY source`,
    );
    expect(spans.map((s) => s.source)).toEqual([
      '001_66609aa826267f0e.txt',
      '002_937a1dba0e293d21.txt',
      '003_7f176659f24afaf2.txt',
    ]);
    // 002 breaks the name over two lines ("Y.B. SUSILO" / "WIBOWO").
    for (const s of spans) expect((s.quoted as string).replace(/\s+/g, ' ')).toContain('Y.B. SUSILO WIBOWO');
  });

  it('finds clauses by full-text search: Keadaan Kahar is an article of every seed', async () => {
    const hits = await rows(
      db,
      `CALL db.index.fulltext.queryNodes('clause_text', 'kahar') YIELD node
       WHERE node:Clause AND node.topic = 'FORCE_MAJEURE'
       RETURN count(DISTINCT node.agreementId) AS n`,
    );
    expect(hits).toEqual([{ n: 5 }]);
  });

  it('leaves no node without a relationship', async () => {
    expect(await countIsolatedNodes(db)).toBe(0);
  });
});

describe('seeding again', () => {
  it('reports every file UNCHANGED and leaves the graph exactly as it was', async () => {
    const before = await graphSnapshot(db);
    const counts = await countGraph(db);
    const again = await seedPaths(db, [SEED_DIR]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await countGraph(db)).toEqual(counts);
    expect(await graphSnapshot(db)).toBe(before);
  });
});

describe('the start-up step (schema, then seed)', () => {
  it('is idempotent on a seeded graph: every seed UNCHANGED, nothing written', async () => {
    const before = await graphSnapshot(db);
    const summary = await prepareGraphOnStart(db, { seedDir: SEED_DIR, seed: true }, silentLogger);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await prepareGraphOnStart(db, { seedDir: SEED_DIR, seed: false }, silentLogger)).toBeNull();
    expect(await graphSnapshot(db)).toBe(before);
  });
});

describe('a failure in the middle of loading a seed', () => {
  it('leaves the graph unchanged, whether the load was an update or a create', async () => {
    const before = await graphSnapshot(db);
    const edited = readFileSync(SEED_004, 'utf8').replace('Depok', 'Jakarta');
    const failing = {
      afterStep: (step: string) => {
        if (step === 'provisions') throw new Error('induced failure after the provisions batch');
      },
    };
    await expect(loadAgreement(db, { text: edited, sourceName: 'edited.txt' }, failing)).rejects.toThrow(
      /induced failure/,
    );
    expect(await graphSnapshot(db)).toBe(before);
    // A new agreement (other numbers) failing half-way leaves no trace either.
    const fresh = readFileSync(SEED_004, 'utf8').replace('046/218/PKS/2022', '999/999/PKS/2022');
    await expect(loadAgreement(db, { text: fresh, sourceName: 'fresh.txt' }, failing)).rejects.toThrow(
      /induced failure/,
    );
    expect(await graphSnapshot(db)).toBe(before);
  });
});

describe('a text that is not an agreement', () => {
  it('fails with the parser code, writes nothing, and does not stop the other files', async () => {
    const before = await graphSnapshot(db);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'graph-seed-bad-'));
    try {
      const bad = path.join(dir, 'shopping-list.txt');
      writeFileSync(bad, 'Beli beras, telur dan minyak goreng.\n');
      await expect(
        loadAgreement(db, { text: readFileSync(bad, 'utf8'), sourceName: 'x' }),
      ).rejects.toBeInstanceOf(AgreementLoadError);
      const summary = await seedPaths(db, [bad, SEED_DIR]);
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 1 });
      expect(summary.files[0]).toMatchObject({ file: bad, status: 'FAILED' });
      expect(summary.files[0]!.reason).toMatch(/^[A-Z_]+: /);
      expect(await graphSnapshot(db)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an edited seed', () => {
  it('is UPDATED in place: clauses and provisions replaced, the old signatory gone, no orphans', async () => {
    const [before] = await rows(
      db,
      "MATCH (a:Agreement) WHERE 'PERJ.609/BSSN/BS/HK.07.02/08/2022' IN a.numbers RETURN a.id AS id",
    );
    const edited = readFileSync(SEED_004, 'utf8')
      // PIHAK KEDUA loses its last obligation, "f. Melakukan penilaian kepatuhan …".
      .replace(/\n {2}- f\. Melakukan penilaian kepatuhan pelaksanaan \*Certificate Policy\*\.\n/, '\n')
      // And another person signs for the Balai.
      .replace('Jonathan Gerhard Tarigan', 'Rina Kartika Sari');
    const result = await loadAgreement(db, { text: edited, sourceName: '004-edited.txt' });
    expect(result).toMatchObject({ status: 'UPDATED', agreementId: before!.id });

    const { nodes } = await countGraph(db);
    expect(nodes).toMatchObject({
      Agreement: 6, // 5 loaded + the MoU of 003, as before
      Clause: 76, // same 15 articles in 004
      Provision: 161, // one obligation fewer
      Party: 10,
      Official: 8, // Jonathan Gerhard Tarigan (only in 004) out, Rina Kartika Sari in
      SourceDocument: 5, // the old text of 004 replaced, not kept beside the new one
    });
    const officials = await rows(
      db,
      "MATCH (o:Official) WHERE o.name IN ['Jonathan Gerhard Tarigan', 'Rina Kartika Sari'] RETURN o.name AS name",
    );
    expect(officials).toEqual([{ name: 'Rina Kartika Sari' }]);
    const party2 = await rows(
      db,
      `MATCH (:Agreement {id: $id})-[:HAS_PARTY]->(p:Party {ordinal: 2})-[:HAS_OBLIGATION]->(o)
       RETURN count(o) AS n`,
      { id: before!.id },
    );
    expect(party2).toEqual([{ n: 5 }]);
    expect(await countIsolatedNodes(db)).toBe(0);
    expect(
      await count(
        'MATCH (n) WHERE (n:Clause OR n:Party OR n:Provision) AND NOT ()-->(n) RETURN count(n) AS n',
      ),
    ).toBe(0);
  });
});
