import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReads } from '../../src/graph/driver.js';
import { projectRoot } from '../../src/server/config.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { createServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';

// Every expected value below is read from the five texts in seed/ (see the comments).
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let api: TestApi;
let reads: string[] = [];

beforeAll(async () => {
  const db = observeReads(await connectTestDatabase(), (cypher) => reads.push(cypher));
  api = await startSeededApi({ db });
});
afterAll(async () => {
  await api?.close();
  await api?.db.close();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const res = await api.gql<Json>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function idOf(kind: 'institutions' | 'officials' | 'decrees', search: string): Promise<string> {
  const d = await data(`query($s: String) { ${kind}(search: $s, first: 5) { edges { node { id } } } }`, {
    s: search,
  });
  const edges = d[kind].edges as { node: { id: string } }[];
  expect(edges, `${kind} matching ${search}`).toHaveLength(1);
  return edges[0]!.node.id;
}

describe('agreements: lists, order, filters, pages', () => {
  it('lists the five seeds newest first with totalCount', async () => {
    const d = await data('{ agreements(first: 10) { totalCount edges { node { signedOn kind } } } }');
    expect(d.agreements.totalCount).toBe(5);
    // Opening dates: 001 10-09-2025, 003 24-01-2025, 002 15-05-2023, 000 03-10-2022, 004 24-08-2022.
    expect(d.agreements.edges.map((e: Json) => e.node.signedOn)).toEqual([
      '2025-09-10',
      '2025-01-24',
      '2023-05-15',
      '2022-10-03',
      '2022-08-24',
    ]);
    expect(new Set(d.agreements.edges.map((e: Json) => e.node.kind))).toEqual(new Set(['PKS']));
  });

  it('pages with cursors until hasNextPage is false', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const d: Json = await data(
        `query($after: String) { agreements(first: 2, after: $after, orderBy: {field: SIGNED_ON, direction: ASC}) {
           totalCount edges { cursor node { signedOn } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      seen.push(...d.agreements.edges.map((e: Json) => e.node.signedOn));
      // Each edge's cursor is its offset (read when selected), the last one the page's endCursor.
      expect(
        d.agreements.edges.map((e: Json) => Buffer.from(e.cursor, 'base64url').toString('utf8')),
      ).toEqual(d.agreements.edges.map((_: Json, j: number) => `offset:${2 * i + j}`));
      expect(d.agreements.edges.at(-1).cursor).toBe(d.agreements.pageInfo.endCursor);
      expect(d.agreements.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!d.agreements.pageInfo.hasNextPage) break;
      after = d.agreements.pageInfo.endCursor;
    }
    expect(seen).toEqual(['2022-08-24', '2022-10-03', '2023-05-15', '2025-01-24', '2025-09-10']);
  });

  it('filters by signing range, agency, official, decree and text', async () => {
    const signed2025 = await data(
      '{ agreements(filter: {signedFrom: "2025-01-01", signedTo: "2025-12-31"}) { totalCount } }',
    );
    expect(signed2025.agreements.totalCount).toBe(2); // 001 and 003

    const bkn = await idOf('institutions', 'Badan Kepegawaian Negara');
    const byAgency = await data(
      'query($id: ID) { agreements(filter: {agencyId: $id}) { edges { node { signedOn } } } }',
      {
        id: bkn,
      },
    );
    expect(byAgency.agreements.edges.map((e: Json) => e.node.signedOn)).toEqual(['2022-10-03']); // 000

    const susilo = await idOf('officials', 'SUSILO WIBOWO');
    const byOfficial = await data('query($id: ID) { agreements(filter: {officialId: $id}) { totalCount } }', {
      id: susilo,
    });
    expect(byOfficial.agreements.totalCount).toBe(3); // BSSN's signatory in 001, 002 and 003

    const keppres171 = await idOf('decrees', '171/TPA');
    const byDecree = await data(
      'query($id: ID) { agreements(filter: {decreeId: $id}) { edges { node { signedOn } } } }',
      {
        id: keppres171,
      },
    );
    expect(byDecree.agreements.edges.map((e: Json) => e.node.signedOn)).toEqual(['2022-10-03']); // appoints Imas Sukmariah in 000

    // Only 001 and 003 oblige PIHAK KESATU to appoint staff "untuk menjadi verifikator" / "Verifikator".
    const byText = await data(
      '{ agreements(filter: {text: "verifikator"}) { edges { node { signedOn } } } }',
    );
    expect(byText.agreements.edges.map((e: Json) => e.node.signedOn)).toEqual(['2025-09-10', '2025-01-24']);
    const byTermText = await data('{ agreements(filter: {text: "Pasal 1266"}) { totalCount } }');
    expect(byTermText.agreements.totalCount).toBe(5); // every term article cites Pasal 1266 KUHPerdata
  });
});

describe('one agreement with its parties, clauses and provenance', () => {
  it('reads seed 002 (Kementerian Perdagangan) as printed', async () => {
    const list = await data(
      '{ agreements(filter: {signedFrom: "2023-05-15", signedTo: "2023-05-15"}) { edges { node { id } } } }',
    );
    const id = list.agreements.edges[0].node.id as string;
    const d = await data(
      `query($id: ID!) { agreement(id: $id) {
        numbers signedDay durationMonths terminationNoticeDays renewable
        parties { ordinal label institution { name isAgency parent { name } } agency { name isAgency }
                  signatory { name } appointment { number } obligations { label } rights { label } }
        clauses { number heading topic }
        citations { article clauseNumber decree { kind } }
        source { name sha256 loadedAt }
      } }`,
      { id },
    );
    const a = d.agreement;
    expect(a.numbers).toEqual(['70/SJ-DAG/MoU/05/2023', 'PERJ.206/BSSN/SU/HK.07.02/05/2023']);
    expect(a.signedDay).toBe('Senin');
    expect([a.durationMonths, a.terminationNoticeDays, a.renewable]).toEqual([48, 30, true]);
    const [kemendag, bssn] = a.parties;
    // "SUHANTO … Sekretaris Jenderal Kementerian Perdagangan": the Sekretariat Jenderal is a unit of the ministry.
    expect(kemendag.signatory.name).toBe('SUHANTO');
    expect(kemendag.agency).toEqual({ name: 'Kementerian Perdagangan', isAgency: true });
    expect(kemendag.institution.isAgency).toBe(false);
    expect(kemendag.institution.parent.name).toBe('Kementerian Perdagangan');
    expect(kemendag.appointment).toBeNull();
    expect(bssn.signatory.name).toBe('Y.B. SUSILO WIBOWO');
    expect(bssn.agency.name).toBe('Badan Siber dan Sandi Negara');
    expect(a.clauses).toHaveLength(14);
    expect(a.clauses[0]).toEqual({ number: '1', heading: 'DEFINISI', topic: 'DEFINITIONS' });
    expect(a.citations).toEqual([{ article: 'Pasal 1266', clauseNumber: '6', decree: { kind: 'KITAB' } }]);
    expect(a.source.name).toMatch(/002_937a1dba0e293d21\.txt$/);
    const text = fs.readFileSync(path.join(projectRoot(), 'seed', '002_937a1dba0e293d21.txt'), 'utf8');
    const { createHash } = await import('node:crypto');
    expect(a.source.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(Number.isNaN(Date.parse(a.source.loadedAt))).toBe(false);
  });

  it('traces a provision to its sentence through its span', async () => {
    const d = await data(
      `{ agreements(filter: {signedFrom: "2022-10-03", signedTo: "2022-10-03"}) { edges { node {
          source { name } parties { obligations { label text span { start end } } } } } } }`,
    );
    const node = d.agreements.edges[0].node;
    const first = node.parties[0].obligations[0];
    const text = fs.readFileSync(path.join(projectRoot(), 'seed', '000_c1085a28d48a1dcb.txt'), 'utf8');
    const source = text.slice(first.span.start, first.span.end).replace(/\s+/g, ' ');
    // Pasal 4 (1) a.: "menyediakan infrastruktur yang dibutuhkan pada pemanfaatan Sertifikat Elektronik;"
    expect(first.label).toBe('a.');
    expect(source).toContain('menyediakan infrastruktur yang dibutuhkan pada pemanfaatan');
  });

  it('answers null for an id that does not exist', async () => {
    const d = await data(
      '{ agreement(id: "agreement:nope") { id } institution(id: "x") { id } official(id: "y") { id } decree(id: "z") { id } }',
    );
    expect(d).toEqual({ agreement: null, institution: null, official: null, decree: null });
  });
});

describe('institutions, officials and decrees', () => {
  it('rolls BSSN and its units into one agency that is party to all five', async () => {
    const bssn = await idOf('institutions', 'BSSN');
    const d = await data(
      'query($id: ID!) { institution(id: $id) { name acronym isAgency units { name } agreements { id } signatories { name } } }',
      { id: bssn },
    );
    const i = d.institution;
    expect(i.name).toBe('Badan Siber dan Sandi Negara');
    expect(i.isAgency).toBe(true);
    expect(i.agreements).toHaveLength(5);
    // 004 is signed for the Balai Sertifikasi Elektronik "dalam jabatannya": a unit of BSSN.
    expect(i.units.map((u: Json) => u.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Balai Sertifikasi Elektronik/i)]),
    );
    // BSSN signatories: Dono Indarto (000), Y.B. SUSILO WIBOWO (001-003), Jonathan Gerhard Tarigan (004).
    expect(i.signatories.map((o: Json) => o.name).sort()).toEqual(
      ['Dono Indarto', 'Jonathan Gerhard Tarigan', 'Y.B. SUSILO WIBOWO'].sort(),
    );
  });

  it('gives one official across documents with each position and decree', async () => {
    const id = await idOf('officials', 'SUSILO');
    const d = await data(
      `query($id: ID!) { official(id: $id) { name honorifics agreements { signedOn }
          positions { title signedOn agency { name } appointment { number year } }
          decrees { kind number year } institutions { name } } }`,
      { id },
    );
    const o = d.official;
    expect(o.name).toBe('Y.B. SUSILO WIBOWO');
    expect(o.honorifics).toEqual(expect.arrayContaining(['S.E.', 'M.M.']));
    expect(o.positions.map((p: Json) => p.signedOn)).toEqual(['2023-05-15', '2025-01-24', '2025-09-10']);
    expect(new Set(o.positions.map((p: Json) => p.agency.name))).toEqual(
      new Set(['Badan Siber dan Sandi Negara']),
    );
    // 001: "berdasarkan Keputusan Presiden Nomor 56/P Tahun 2019".
    expect(o.decrees).toEqual(
      expect.arrayContaining([{ kind: 'KEPUTUSAN_PRESIDEN', number: '56/P', year: 2019 }]),
    );
  });

  it('links a decree to whom it appoints and an amended law to its amendment', async () => {
    const keppres = await idOf('decrees', '171/TPA');
    const d = await data(
      'query($id: ID!) { decree(id: $id) { kind year appoints { name } basisOf { id } } }',
      {
        id: keppres,
      },
    );
    expect(d.decree).toEqual({
      kind: 'KEPUTUSAN_PRESIDEN',
      year: 2020,
      appoints: [{ name: 'Imas Sukmariah' }],
      basisOf: [],
    });

    // 003: "Undang-Undang Nomor 39 Tahun 2008 … sebagaimana telah diubah dengan Undang-Undang Nomor 61 Tahun 2024".
    const laws = await data(
      '{ decrees(kind: UNDANG_UNDANG, year: 2008, first: 10) { edges { node { number amendedBy { number year } basisOf { signedOn } } } } }',
    );
    const uu39 = laws.decrees.edges.map((e: Json) => e.node).find((n: Json) => n.number === '39');
    expect(uu39.amendedBy).toEqual([{ number: '61', year: 2024 }]);
    expect(uu39.basisOf).toEqual([{ signedOn: '2025-01-24' }]);
  });
});

describe('full-text search', () => {
  it('finds clause text and names, with the agreement, clause and a snippet', async () => {
    const d = await data(
      '{ search(text: "Keadaan Kahar", first: 10) { score type snippet agreement { id } clause { topic } } }',
    );
    expect(d.search.length).toBeGreaterThan(0);
    const clauseHit = d.search.find((h: Json) => h.type === 'Clause');
    expect(clauseHit.agreement.id).toMatch(/^agreement:/);
    expect(clauseHit.snippet.toLowerCase()).toContain('kahar');
    const names = await data('{ search(text: "Sukmariah") { type id } }');
    expect(names.search.map((h: Json) => h.type)).toContain('Official');
  });

  it('takes Lucene syntax characters as plain words', async () => {
    const res = await api.gql('{ search(text: "kahar) AND (\\"") { type } }');
    expect(res.errors).toBeUndefined();
  });
});

describe('cost of a request', () => {
  const NESTED = `query($n: Int!) { agreements(first: $n) { edges { node {
    parties { agency { name } signatory { name } } clauses { heading } } } } }`;

  it('runs a fixed number of Cypher queries whatever the page size (no N+1)', async () => {
    reads = [];
    await data(NESTED, { n: 1 });
    const forOne = reads.length;
    reads = [];
    await data(NESTED, { n: 5 });
    const forFive = reads.length;
    expect(forFive).toBe(forOne);
    // page, parties, party links, institutions, officials, clauses
    expect(forFive).toBeLessThanOrEqual(6);
  });

  it('refuses oversized pages, deep and complex requests before any Cypher runs', async () => {
    reads = [];
    const big = await api.gql('{ agreements(first: 1000) { totalCount } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    const deep = await api.gql(
      '{ agreements { edges { node { parties { institution { parent { units { agreements { parties { signatory { agreements { id } } } } } } } } } } } }',
    );
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const wide = await api.gql(
      '{ a: agreements(first: 100) { edges { node { parties { obligations { text } rights { text } } clauses { provisions { text } } } } } }',
    );
    expect(wide.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(reads).toEqual([]);
  });
});

describe('ingestion through the API', () => {
  const seed = (name: string) => fs.readFileSync(path.join(projectRoot(), 'seed', name), 'utf8');
  const INGEST = `mutation($text: String!, $name: String) { ingestAgreement(text: $text, sourceName: $name) {
    status warnings agreement { id numbers } } }`;
  const count = async () => (await data('{ agreements { totalCount } }')).agreements.totalCount as number;

  it('refuses mutations without the bearer token', async () => {
    const res = await api.gql(INGEST, { text: seed('001_66609aa826267f0e.txt') });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await api.gql(INGEST, { text: seed('001_66609aa826267f0e.txt') }, { token: 'wrong' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports the same text as UNCHANGED', async () => {
    const res = await api.gql<Json>(
      INGEST,
      { text: seed('001_66609aa826267f0e.txt') },
      { token: TEST_API_TOKEN },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestAgreement.status).toBe('UNCHANGED');
    expect(res.data!.ingestAgreement.agreement.numbers).toEqual([
      'PKS.14/BPIP/SU/09/2025',
      'PERJ.2372/BSSN/SU/KJ.01.02/09/2025',
    ]);
    expect(await count()).toBe(5);
  });

  it('refuses a text that is not an agreement with the parser reason, changing nothing', async () => {
    const res = await api.gql(
      INGEST,
      { text: 'Daftar belanja: beras, gula, kopi.' },
      { token: TEST_API_TOKEN },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_AGREEMENT_TEXT');
    expect(res.errors?.[0]?.message).toMatch(/agreement/i);
    expect(await count()).toBe(5);
  });

  it('updates an edited version and deletes an agreement', async () => {
    const edited = seed('001_66609aa826267f0e.txt').replace('jangka waktu', 'jangka waktu ');
    expect(edited).not.toBe(seed('001_66609aa826267f0e.txt'));
    const updated = await api.gql<Json>(
      INGEST,
      { text: edited, name: 'edited-001.txt' },
      { token: TEST_API_TOKEN },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.ingestAgreement.status).toBe('UPDATED');
    expect(await count()).toBe(5);

    const id = updated.data!.ingestAgreement.agreement.id as string;
    const del = await api.gql<Json>(
      'mutation($id: ID!) { deleteAgreement(id: $id) }',
      { id },
      { token: TEST_API_TOKEN },
    );
    expect(del.data!.deleteAgreement).toBe(true);
    expect(await count()).toBe(4);
    const again = await api.gql<Json>(
      'mutation($id: ID!) { deleteAgreement(id: $id) }',
      { id },
      { token: TEST_API_TOKEN },
    );
    expect(again.data!.deleteAgreement).toBe(false);
  });

  it('makes an ingested text searchable when the mutation returns, and a deleted one unsearchable', async () => {
    // 002's force majeure article, with a word no seed has (the full-text indexes are eventually
    // consistent; the write paths wait for them before they answer).
    const SEARCH = 'query($t: String!) { search(text: $t) { type id } }';
    const original = seed('002_937a1dba0e293d21.txt');
    const marked = original.replace('meliputi bencana alam', 'meliputi bencana alam, gerhana kenariwangi');
    expect(marked).not.toBe(original);
    expect((await data(SEARCH, { t: 'kenariwangi' })).search).toEqual([]);

    const res = await api.gql<Json>(
      INGEST,
      { text: marked, name: 'marked-002.txt' },
      { token: TEST_API_TOKEN },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestAgreement.status).toBe('UPDATED');
    const id = res.data!.ingestAgreement.agreement.id as string;
    const hits = (await data(SEARCH, { t: 'kenariwangi' })).search as { type: string; id: string }[];
    expect(hits.map((h) => h.type)).toContain('Clause');
    expect(hits.every((h) => h.id.startsWith(`${id}/`))).toBe(true);

    const del = await api.gql<Json>(
      'mutation($id: ID!) { deleteAgreement(id: $id) }',
      { id },
      { token: TEST_API_TOKEN },
    );
    expect(del.data!.deleteAgreement).toBe(true);
    expect((await data(SEARCH, { t: 'kenariwangi' })).search).toEqual([]);

    // Back to the seed as it was, for the tests after this one.
    const restored = await api.gql<Json>(
      INGEST,
      { text: original, name: '002_937a1dba0e293d21.txt' },
      { token: TEST_API_TOKEN },
    );
    expect(restored.data!.ingestAgreement.status).toBe('CREATED');
  });
});

describe('production mode', () => {
  it('turns introspection off and keeps stack traces out of errors', async () => {
    const server = await createServer({
      config: { nodeEnv: 'production', apiToken: null, maxBodyBytes: 100_000 },
      db: api.db,
      schema: await buildGraphQLSchema(),
      log: silentLogger,
    });
    const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    const post = async (query: string) =>
      (await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json()) as Json;
    try {
      const introspection = await post('{ __schema { types { name } } }');
      expect(introspection.errors[0].message).toMatch(/introspection/i);
      const bad = await post('{ agreements(after: "not-a-cursor") { totalCount } }');
      expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.errors[0].extensions.stacktrace).toBeUndefined();
      const mutation = await post('mutation { deleteAgreement(id: "x") }');
      // No API_TOKEN on this server: mutations are refused with the way to enable them.
      expect(mutation.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(mutation.errors[0].message).toContain('set API_TOKEN');
    } finally {
      await server.close();
    }
  });
});

describe('examples/lookups, examples/search and examples/ingest', () => {
  const read = (dir: string, file: string) =>
    fs.readFileSync(path.join(projectRoot(), 'examples', dir, file), 'utf8');
  const files = (dir: string) =>
    fs.readdirSync(path.join(projectRoot(), 'examples', dir)).filter((f) => f.endsWith('.graphql'));

  it.each([...files('lookups').map((f) => ['lookups', f]), ...files('search').map((f) => ['search', f])])(
    '%s/%s runs as written and answers something',
    async (dir, file) => {
      const answer = await data(read(dir!, file!));
      const [value] = Object.values(answer);
      expect(value).not.toBeNull();
      const list = Array.isArray(value) ? value : ((value as Json).edges ?? [value]);
      expect(list.length).toBeGreaterThan(0);
    },
  );

  it('ingest examples run with a token: a seed text is UNCHANGED, an unknown id is not deleted', async () => {
    const text = fs.readFileSync(path.join(projectRoot(), 'seed', '004_0485f73840a29589.txt'), 'utf8');
    const ingest = await api.gql<Json>(
      read('ingest', 'ingest-agreement.graphql'),
      { text },
      { token: TEST_API_TOKEN },
    );
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data!.ingestAgreement.status).toBe('UNCHANGED');
    // The example's placeholder is a title with no parties: refused, and nothing is stored.
    const placeholder = await api.gql(
      read('ingest', 'ingest-agreement.graphql'),
      {},
      { token: TEST_API_TOKEN },
    );
    expect(placeholder.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_AGREEMENT_TEXT',
      reason: 'NO_PARTIES',
    });
    expect((await data('{ agreements { totalCount } }')).agreements.totalCount).toBe(4);
    const del = await api.gql<Json>(
      read('ingest', 'delete-agreement.graphql'),
      {},
      { token: TEST_API_TOKEN },
    );
    expect(del.errors).toBeUndefined();
    expect(del.data).toEqual({ deleteAgreement: false });
  });
});
