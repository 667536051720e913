/**
 * Real-world parties in a real Neo4j: what was read with confidence links to shared nodes,
 * what was not (a placeholder, a redaction, a weak read) stays on its party and links to
 * nothing, and the body an office acts for is its own relationship. Texts from
 * test/fixtures/real-world, whose values are written down in expected.json.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { loadAgreement } from '../../src/ingest/load-agreement.js';
import { countIsolatedNodes, rows, wipeGraph } from '../fixtures/graph/graph-snapshot.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { startSeededApi, TEST_API_TOKEN } from '../helpers/api-server.js';

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

const fixture = (file: string): string =>
  readFileSync(new URL(`../fixtures/real-world/${file}`, import.meta.url), 'utf8');
const load = (file: string, text = fixture(file)) => loadAgreement(db, { text, sourceName: file });

const PARTIES = `
MATCH (a:Agreement {id: $id})-[:HAS_PARTY]->(p:Party)
RETURN p.ordinal AS ordinal, p.label AS label, p.signatoryName AS signatoryName, p.position AS position,
  head(COLLECT { MATCH (p)-[:SIGNED_BY]->(o:Official) RETURN o.name }) AS official,
  head(COLLECT { MATCH (p)-[:ACTS_FOR]->(i:Institution) RETURN i.name }) AS institution,
  head(COLLECT { MATCH (p)-[:ON_BEHALF_OF]->(i:Institution) RETURN i.name }) AS onBehalfOf
ORDER BY ordinal`;

describe('real-world agreements in the graph', () => {
  it('links the office that signs and, apart, the government it acts for', async () => {
    const { status, agreementId } = await load('01-name-colon-acts-for.txt');
    expect(status).toBe('CREATED');
    const parties = await rows(db, PARTIES, { id: agreementId });
    expect(parties[0]).toMatchObject({
      official: 'BUDI SANTOSO',
      institution: 'Dinas Kesehatan Kabupaten Sukamaju',
      onBehalfOf: 'Pemerintah Kabupaten Sukamaju',
    });
    expect(parties[1]).toMatchObject({ institution: 'Rumah Sakit Umum Daerah Sukamaju', onBehalfOf: null });
    const [agreement] = await rows(
      db,
      'MATCH (a:Agreement {id: $id}) RETURN a.kindName AS kindName, a.isDraft AS isDraft, a.kind AS kind',
      { id: agreementId },
    );
    expect(agreement).toEqual({ kindName: 'PERJANJIAN KERJA SAMA', isDraft: false, kind: 'PKS' });
  });

  it('stores a draft whose signatories are blanks with no Official for them', async () => {
    const { agreementId } = await load('18-draft-placeholder-date.txt');
    const parties = await rows(db, PARTIES, { id: agreementId });
    expect(parties.map((p) => [p.signatoryName, p.official])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(parties.map((p) => p.institution)).toEqual([
      'Dinas Sosial Kabupaten Sukamaju',
      'Yayasan Peduli Anak Nusantara',
    ]);
    const [a] = await rows(
      db,
      'MATCH (a:Agreement {id: $id}) RETURN a.isDraft AS isDraft, a.signedOn AS signedOn',
      {
        id: agreementId,
      },
    );
    expect(a).toEqual({ isDraft: true, signedOn: null });
    expect(await rows(db, 'MATCH (o:Official) RETURN o.name AS name')).toEqual([]);
    expect(await countIsolatedNodes(db)).toBe(0);
  });

  it('keeps a redacted party with its position and no office, official or name', async () => {
    const { agreementId } = await load('19-konsep-redacted.txt');
    const parties = await rows(db, PARTIES, { id: agreementId });
    expect(parties[0]).toMatchObject({
      signatoryName: null,
      official: null,
      institution: null,
      position: 'Direktur Utama',
    });
    expect(parties[1]).toMatchObject({ official: null, institution: 'KOPERASI SERBA USAHA TANI MAKMUR' });
    const names = await rows(
      db,
      'MATCH (n) WHERE n:Official OR n:Institution RETURN n.name AS name ORDER BY name',
    );
    expect(names.map((n) => n.name)).not.toContain('PT XXXXXXX');
  });

  it('stores a name read only by a weak rule on its party but merges it with no other document', async () => {
    // No colon, no line break, no "selaku": the name is the text before the position word.
    const weak = (n: string, date: string) =>
      fixture('24-date-slash-digits.txt')
        .replace('BAYU SETIAWAN, S.T. : Kepala', 'BAYU SETIAWAN Kepala')
        .replace(/551\/76\/DISHUB\/2019/, n)
        .replace('07/03/2019', date)
        .replace('tanggal 07 bulan Maret tahun 2019', `tanggal ${date.slice(0, 2)} bulan Maret tahun 2019`);
    const a = await load('weak-a.txt', weak('551/76/DISHUB/2019', '07/03/2019'));
    const b = await load('weak-b.txt', weak('551/99/DISHUB/2019', '08/03/2019'));
    expect(a.warnings.join('\n')).toMatch(/WEAK_VALUE: The parties\[0\]\.signatory was read by a weak rule/);
    for (const id of [a.agreementId, b.agreementId]) {
      const [first] = await rows(db, PARTIES, { id });
      expect(first).toMatchObject({ signatoryName: 'BAYU SETIAWAN', official: null });
    }
    expect(await rows(db, "MATCH (o:Official) WHERE o.name = 'BAYU SETIAWAN' RETURN o.id AS id")).toEqual([]);
  });
});

describe('real-world agreements over GraphQL', () => {
  it('answers actsFor, kindName, isDraft and a blank signatory as null', async () => {
    const api = await startSeededApi({ db });
    try {
      const ingest = async (file: string) => {
        const res = await api.gql<{ ingestAgreement: { agreement: { id: string } } }>(
          'mutation($t: String!, $n: String!) { ingestAgreement(text: $t, sourceName: $n) { agreement { id } } }',
          { t: fixture(file), n: file },
          { token: TEST_API_TOKEN },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.ingestAgreement.agreement.id;
      };
      const query = `query($id: ID!) { agreement(id: $id) { kind kindName isDraft
        parties { label signatoryName signatory { name } position institution { name } agency { name } actsFor { name } } } }`;
      const dinkes = await api.gql<{ agreement: unknown }>(query, {
        id: await ingest('01-name-colon-acts-for.txt'),
      });
      expect(dinkes.errors).toBeUndefined();
      expect(dinkes.data!.agreement).toMatchObject({
        kind: 'PKS',
        kindName: 'PERJANJIAN KERJA SAMA',
        isDraft: false,
        parties: [
          {
            label: 'PIHAK PERTAMA',
            signatoryName: 'BUDI SANTOSO',
            signatory: { name: 'BUDI SANTOSO' },
            institution: { name: 'Dinas Kesehatan Kabupaten Sukamaju' },
            actsFor: { name: 'Pemerintah Kabupaten Sukamaju' },
          },
          { label: 'PIHAK KEDUA', actsFor: null },
        ],
      });
      const draft = await api.gql<{ agreement: unknown }>(query, {
        id: await ingest('06-draft-form-placeholders.txt'),
      });
      expect(draft.errors).toBeUndefined();
      expect(draft.data!.agreement).toMatchObject({
        isDraft: true,
        kindName: 'PERJANJIAN KERJASAMA',
        parties: [
          { signatory: { name: 'NURUL HIDAYAH' }, position: 'Kepala Dinas Kesehatan' },
          {
            label: 'PIHAK KEDUA',
            signatoryName: null,
            signatory: null,
            position: null,
            institution: null,
            agency: null,
          },
        ],
      });
    } finally {
      await api.server.close();
    }
  });
});
