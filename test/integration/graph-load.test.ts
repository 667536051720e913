/**
 * The loader against a real Neo4j, with hand-made agreements (test/fixtures/graph): what one
 * load writes, the same text again, an edited version, a failure half-way, a delete. The seed
 * texts are exercised in graph-seed.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/domain/agreement.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { countGraph } from '../../src/graph/count-graph.js';
import { deleteAgreement } from '../../src/graph/write/delete-agreement.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { LOAD_STEPS, type LoadStep } from '../../src/graph/write/write-pipeline.js';
import { loadParsedAgreement } from '../../src/ingest/load-parsed-agreement.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { countIsolatedNodes, graphSnapshot, rows, wipeGraph } from '../fixtures/graph/graph-snapshot.js';
import { SAMPLE_TEXT, sampleAgreement, sampleParties } from '../fixtures/graph/sample-agreement.js';

let db: GraphDatabase;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeGraph(db);
  await applySchema(db);
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await wipeGraph(db);
});

const load = (agreement: Agreement, text = SAMPLE_TEXT, afterStep?: (s: LoadStep) => void) =>
  loadParsedAgreement(db, agreement, { text, sourceName: 'sample.txt' }, { afterStep });

/** Fails the load on purpose once the named batch is written (inside the transaction). */
const failAfter = (step: LoadStep) => (s: LoadStep) => {
  if (s === step) throw new Error(`induced failure after ${step}`);
};

describe('applySchema', () => {
  it('can run again without error and leaves every constraint and index online', async () => {
    const count = await applySchema(db);
    expect(await applySchema(db)).toBe(count);
    const constraints = await rows(db, 'SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['institution_key', 'official_key', 'decree_key', 'agreement_id']),
    );
    const notOnline = await rows(db, "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name");
    expect(notOnline).toEqual([]);
    const fulltext = await rows(
      db,
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name ORDER BY name",
    );
    expect(fulltext.map((r) => r.name)).toEqual(['agreement_numbers', 'clause_text', 'entity_names']);
  });
});

describe('loading one agreement', () => {
  it('creates the sample as the fixture describes it', async () => {
    const result = await load(sampleAgreement());
    expect(result.status).toBe('CREATED');
    const { nodes, relationships } = await countGraph(db);
    expect(nodes).toEqual({
      // Pemerintah Kota Contoh and BSSN; the Dinas is a unit of the former.
      Agency: 2,
      Unit: 1,
      Institution: 3,
      // The loaded agreement and the MoU it implements (referenced only).
      Agreement: 2,
      Party: 2,
      Official: 2,
      // Keputusan Wali Kota 800/12, UU 11/2008, UU 1/2024 (amends it), Perpres 28/2021, KUHPerdata.
      Decree: 5,
      Clause: 3,
      Provision: 5,
      Definition: 1,
      SourceDocument: 1,
    });
    expect(relationships).toMatchObject({
      HAS_PARTY: 2,
      ACTS_FOR: 2,
      OF_AGENCY: 2,
      SIGNED_BY: 2,
      APPOINTED_UNDER: 1,
      APPOINTED_BY: 1,
      PART_OF: 1,
      LEGAL_BASIS: 2,
      CITES: 1,
      AMENDS: 1,
      IMPLEMENTS: 1,
      HAS_OBLIGATION: 3,
      HAS_RIGHT: 2,
      HAS_PROVISION: 5,
    });
    expect(await countIsolatedNodes(db)).toBe(0);
  });

  it('stores dates as Neo4j dates, so ranges and date arithmetic work in plain Cypher', async () => {
    const { agreementId } = await load(sampleAgreement());
    const [row] = await rows(
      db,
      `MATCH (a:Agreement {id: $id})
       RETURN a.signedOn = date('2024-01-15') AS signed, a.effectiveFrom + duration({months: a.durationMonths}) = a.expiresOn AS term`,
      { id: agreementId },
    );
    expect(row).toEqual({ signed: true, term: true });
  });

  it('answers who signed, for which body, in which position, appointed by which decree', async () => {
    const { agreementId } = await load(sampleAgreement());
    const signings = await rows(
      db,
      `MATCH (a:Agreement {id: $id})-[:HAS_PARTY]->(p:Party)-[:SIGNED_BY]->(o:Official)
       MATCH (p)-[:ACTS_FOR]->(i:Institution), (p)-[:OF_AGENCY]->(ag:Agency)
       OPTIONAL MATCH (p)-[:APPOINTED_UNDER]->(d:Decree)
       RETURN p.ordinal AS ordinal, o.name AS official, i.name AS institution, ag.name AS agency,
              p.position AS position, d.id AS decree ORDER BY ordinal`,
      { id: agreementId },
    );
    expect(signings).toEqual([
      {
        ordinal: 1,
        official: 'BUDI SANTOSO',
        institution: 'Dinas Komunikasi dan Informatika Kota Contoh',
        agency: 'Pemerintah Kota Contoh',
        position: 'Kepala Dinas Komunikasi dan Informatika Kota Contoh',
        decree: 'decree:KEPUTUSAN_KEPALA_DAERAH|wali kota contoh|800/12|2021',
      },
      {
        ordinal: 2,
        official: 'Y.B. Susilo Wibowo',
        institution: 'Badan Siber dan Sandi Negara',
        agency: 'Badan Siber dan Sandi Negara',
        position: 'Sekretaris Utama Badan Siber dan Sandi Negara',
        decree: null,
      },
    ]);
  });

  it('stamps provenance (source document and span) on every node and relationship it derives', async () => {
    await load(sampleAgreement());
    const ownedWithout = await rows(
      db,
      `MATCH (n) WHERE (n:Party OR n:Clause OR n:Provision OR n:Definition)
         AND (n.sourceId IS NULL OR n.spanStart IS NULL OR n.spanEnd IS NULL)
       RETURN labels(n) AS labels`,
    );
    expect(ownedWithout).toEqual([]);
    const relsWithout = await rows(
      db,
      `MATCH ()-[r]->() WHERE type(r) <> 'FROM_SOURCE' AND (r.sourceId IS NULL OR r.spanStart IS NULL)
       RETURN DISTINCT type(r) AS type`,
    );
    expect(relsWithout).toEqual([]);
    const [source] = await rows(
      db,
      `MATCH (a:Agreement {loaded: true})-[:FROM_SOURCE]->(s:SourceDocument)
       RETURN s.name AS name, s.contentHash = a.contentHash AS sameHash, s.loadedAt IS NOT NULL AS stamped`,
    );
    expect(source).toEqual({ name: 'sample.txt', sameHash: true, stamped: true });
  });
});

describe('loading again', () => {
  it('is UNCHANGED for the same text and writes nothing', async () => {
    const first = await load(sampleAgreement());
    const before = await graphSnapshot(db);
    const again = await load(sampleAgreement());
    expect(again).toMatchObject({ status: 'UNCHANGED', agreementId: first.agreementId });
    expect(await graphSnapshot(db)).toBe(before);
  });

  it('replaces the content of an edited version (same numbers) and leaves no orphan', async () => {
    const first = await load(sampleAgreement());
    const [p1, p2] = sampleParties();
    // The edit: a new signatory for party 1, one obligation fewer, and the MoU reference gone.
    const edited = sampleAgreement({
      parties: [
        {
          ...p1!,
          signatory: { name: 'Rina Kartika', honorifics: [], key: 'rina kartika', span: p1!.signatory!.span },
          obligations: p1!.obligations.slice(0, 1),
        },
        p2!,
      ],
      implements: null,
    });
    const result = await load(edited, SAMPLE_TEXT + '\nedited');
    expect(result).toMatchObject({ status: 'UPDATED', agreementId: first.agreementId });
    const { nodes } = await countGraph(db);
    // 5 provisions - 1; Budi Santoso replaced by Rina Kartika; the MoU stub went with its only link.
    expect(nodes).toMatchObject({
      Agreement: 1,
      Provision: 4,
      Official: 2,
      Clause: 3,
      Party: 2,
      SourceDocument: 1,
    });
    const officials = await rows(db, 'MATCH (o:Official) RETURN o.name AS name ORDER BY name');
    expect(officials.map((o) => o.name)).toEqual(['Rina Kartika', 'Y.B. Susilo Wibowo']);
    expect(await countIsolatedNodes(db)).toBe(0);
  });

  it('finds an edited version by parties and date when one document number was corrected', async () => {
    const first = await load(sampleAgreement());
    const corrected = sampleAgreement({ numbers: ['045/PKS/2024', 'PERJ.101/BSSN/SU/HK.07.02/01/2024'] });
    const result = await load(corrected, SAMPLE_TEXT + '\ncorrected');
    expect(result).toMatchObject({ status: 'UPDATED', agreementId: first.agreementId });
  });

  it('keeps apart an agreement with the same parties and date but other numbers, and says why', async () => {
    const first = await load(sampleAgreement());
    const other = sampleAgreement({ numbers: ['046/PKS/2024', 'PERJ.200/BSSN/SU/HK.07.02/01/2024'] });
    const result = await load(other, SAMPLE_TEXT + '\nanother agreement');
    expect(result.status).toBe('CREATED');
    expect(result.agreementId).not.toBe(first.agreementId);
    expect(result.warnings).toEqual([expect.stringContaining('no document number in common')]);
    const loaded = await rows(db, 'MATCH (a:Agreement {loaded: true}) RETURN count(a) AS n');
    expect(loaded).toEqual([{ n: 2 }]);
  });

  it('loads the same new text sent twice at once as one agreement: one CREATED, one UNCHANGED', async () => {
    // Both requests start before either commits; without the write lock both found no earlier
    // version, and the second failed on the first's party ids.
    const results = await Promise.all([load(sampleAgreement()), load(sampleAgreement())]);
    expect(results.map((r) => r.status).sort()).toEqual(['CREATED', 'UNCHANGED']);
    expect(results[0]!.agreementId).toBe(results[1]!.agreementId);
    const loaded = await rows(db, 'MATCH (a:Agreement {loaded: true}) RETURN count(a) AS n');
    expect(loaded).toEqual([{ n: 1 }]);
  });
});

describe('a failure in the middle of a load', () => {
  // Every batch boundary: a failure after any of them must leave no trace.
  it.each(LOAD_STEPS.filter((s) => s !== 'implements'))(
    'after %s leaves an empty graph empty',
    async (step) => {
      await expect(load(sampleAgreement(), SAMPLE_TEXT, failAfter(step))).rejects.toThrow(/induced failure/);
      expect(await graphSnapshot(db)).toBe('');
    },
  );

  it('during an update (after the old content is removed and new provisions written) leaves the old version', async () => {
    await load(sampleAgreement());
    const before = await graphSnapshot(db);
    const edited = sampleAgreement({ title: 'EDITED' });
    for (const step of ['remove-previous', 'provisions', 'sweep'] as const) {
      await expect(load(edited, SAMPLE_TEXT + '\nedited', failAfter(step))).rejects.toThrow(
        /induced failure/,
      );
      expect(await graphSnapshot(db)).toBe(before);
    }
  });
});

describe('identity across documents', () => {
  it('merges BSSN however written and an official across case, spacing and degrees', async () => {
    await load(sampleAgreement());
    const [p1, p2] = sampleParties();
    const shouting = {
      ...p2!,
      institution: { ...p2!.institution, name: 'BADAN SIBER DAN SANDI NEGARA' },
      agency: { ...p2!.agency, name: 'BADAN SIBER DAN SANDI NEGARA' },
      // The parser folds this spelling to the same key.
      signatory: { ...p2!.signatory, name: 'Y. B. SUSILO WIBOWO', honorifics: ['S.E.', 'M.M.'] },
    };
    await load(
      sampleAgreement({ numbers: ['777/PKS/2024'], signedOn: '2024-06-01', parties: [p1!, shouting] }),
      SAMPLE_TEXT + '\nsecond',
    );
    const bssn = await rows(
      db,
      `MATCH (i:Institution {key: 'badan siber dan sandi negara'})<-[:OF_AGENCY]-(:Party)<-[:HAS_PARTY]-(a:Agreement)
       RETURN i.id AS id, i.name AS name, count(DISTINCT a) AS agreements`,
    );
    // The mixed-case spelling stays the display name; both spellings are kept.
    expect(bssn).toEqual([
      { id: 'institution:badan-siber-dan-sandi-negara', name: 'Badan Siber dan Sandi Negara', agreements: 2 },
    ]);
    const susilo = await rows(
      db,
      `MATCH (o:Official {key: 'yb susilo wibowo'})
       RETURN o.name AS name, o.names AS names, o.honorifics AS honorifics,
              COUNT { (o)<-[:SIGNED_BY]-(:Party) } AS signings`,
    );
    expect(susilo).toEqual([
      {
        name: 'Y.B. Susilo Wibowo',
        names: ['Y.B. Susilo Wibowo', 'Y. B. SUSILO WIBOWO'],
        honorifics: ['S.E.', 'M.M.'],
        signings: 2,
      },
    ]);
  });

  it('turns a referenced MoU into a loaded agreement when its own text arrives, keeping its id and link', async () => {
    const pks = await load(sampleAgreement());
    const [stub] = await rows(
      db,
      'MATCH (:Agreement)-[:IMPLEMENTS]->(m:Agreement) RETURN m.id AS id, m.loaded AS loaded',
    );
    expect(stub).toMatchObject({ loaded: false });
    const mou = await load(
      sampleAgreement({
        kind: 'MOU',
        numbers: ['PERJ.9/KABSSN/KJ.01.01/01/2023', 'MOU.1/KOTA/2023'],
        signedOn: '2023-05-01',
        implements: null,
      }),
      SAMPLE_TEXT + '\nthe MoU',
    );
    expect(mou).toMatchObject({ status: 'CREATED', agreementId: stub!.id });
    const link = await rows(
      db,
      'MATCH (a:Agreement {id: $pks})-[:IMPLEMENTS]->(m:Agreement) RETURN m.id AS id, m.loaded AS loaded, m.kind AS kind',
      { pks: pks.agreementId },
    );
    expect(link).toEqual([{ id: stub!.id, loaded: true, kind: 'MOU' }]);
  });
});

describe('deleteAgreement', () => {
  it('removes the agreement and every node only it used', async () => {
    const { agreementId } = await load(sampleAgreement());
    expect(await deleteAgreement(db, agreementId)).toBe(true);
    expect(await graphSnapshot(db)).toBe('');
    expect(await deleteAgreement(db, agreementId)).toBe(false);
  });

  it('keeps shared nodes another agreement still uses', async () => {
    const first = await load(sampleAgreement());
    await load(sampleAgreement({ numbers: ['900/PKS/2024'], signedOn: '2024-09-09' }), SAMPLE_TEXT + '\n2');
    const withBoth = await countGraph(db);
    await deleteAgreement(db, first.agreementId);
    const { nodes } = await countGraph(db);
    expect(nodes).toMatchObject({
      Institution: withBoth.nodes.Institution,
      Official: withBoth.nodes.Official,
      Decree: withBoth.nodes.Decree,
      Party: 2,
      Clause: 3,
      Provision: 5,
    });
    expect(await countIsolatedNodes(db)).toBe(0);
  });
});
