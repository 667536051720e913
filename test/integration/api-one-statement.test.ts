import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverForToolsAndTests, observeReads } from '../../src/graph/driver.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { startSeededApi, type TestApi } from '../helpers/api-server.js';

// The agreement page with its parties and a full-text search each cost one read statement: the
// nested fields are served from loaders primed with what that statement returned. Expected
// values are read from the five texts in seed/ (see the comments).
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

/** The reads one operation runs, with its data. */
async function counted(query: string, variables?: Record<string, unknown>): Promise<[Json, number]> {
  reads = [];
  const d = await data(query, variables);
  return [d, reads.length];
}

const PARTY_FIELDS = `ordinal label position institution { name } agency { name } signatory { name honorifics }
  appointment { kind number year }`;

describe('agreements page with parties', () => {
  it('is one read statement, with the parties as the seed texts print them', async () => {
    const [d, statements] = await counted(`{ agreements(first: 50) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id signedOn parties { ${PARTY_FIELDS} } } } } }`);
    expect(statements).toBe(1);
    expect(d.agreements.totalCount).toBe(5);
    expect(d.agreements.pageInfo.hasNextPage).toBe(false);
    const nodes = d.agreements.edges.map((e: Json) => e.node);
    expect(nodes.map((n: Json) => n.signedOn)).toEqual([
      '2025-09-10',
      '2025-01-24',
      '2023-05-15',
      '2022-10-03',
      '2022-08-24',
    ]);
    // 000 (03-10-2022): "1. Imas Sukmariah : Sekretaris Utama Badan Kepegawaian Negara diangkat
    // berdasarkan Keputusan Presiden … Nomor 171/TPA Tahun 2020 …" and "2. Dono Indarto : Deputi
    // Bidang Strategi dan Kebijakan Keamanan Siber dan Sandi Badan Siber dan Sandi Negara".
    const [bkn, bssn] = nodes[3].parties;
    expect([bkn.ordinal, bkn.label]).toEqual([1, 'PIHAK KESATU']);
    expect(bkn.signatory.name).toBe('Imas Sukmariah');
    expect(bkn.agency.name).toBe('Badan Kepegawaian Negara');
    expect(bkn.appointment).toMatchObject({ number: '171/TPA', year: 2020 });
    expect([bssn.ordinal, bssn.label]).toEqual([2, 'PIHAK KEDUA']);
    expect(bssn.signatory.name).toBe('Dono Indarto');
    expect(bssn.agency.name).toBe('Badan Siber dan Sandi Negara');
    // 001 (10-09-2025): "1. TONNY AGUNG ARIFIANTO" for PIHAK KESATU, "2. Y.B. SUSILO WIBOWO" for BSSN.
    expect(nodes[0].parties.map((p: Json) => p.signatory.name)).toEqual([
      'TONNY AGUNG ARIFIANTO',
      'Y.B. SUSILO WIBOWO',
    ]);
    expect(nodes[0].parties[1].agency.name).toBe('Badan Siber dan Sandi Negara');
  });

  it('answers exactly what the per-agreement loaders answer', async () => {
    const page = await data(`{ agreements(first: 5) { edges { node { id parties { ${PARTY_FIELDS} } } } } }`);
    for (const { node } of page.agreements.edges as { node: Json }[]) {
      const one = await data(`query($id: ID!) { agreement(id: $id) { parties { ${PARTY_FIELDS} } } }`, {
        id: node.id,
      });
      expect(node.parties).toEqual(one.agreement.parties);
    }
  });

  it('answers every field the page carries as the loaders do, and keeps the per-party fields', async () => {
    // The page's parties travel on the agreement objects (carried-fields.ts); every field they
    // answer, and the fields beside them that still go to loaders, must match agreement(id).
    const ALL = `ordinal label signatoryName position address contact { unit person address phone email }
      span { start end page }
      institution { id name acronym aliases isAgency } agency { id name acronym aliases isAgency }
      actsFor { id name } signatory { id name honorifics }
      appointment { id kind issuer number year date title gazette text }
      obligations { label text } rights { label }`;
    const page = await data(`{ agreements(first: 5) { edges { node { id parties { ${ALL} } } } } }`);
    const nodes = page.agreements.edges.map((e: Json) => e.node) as Json[];
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      const one = await data(`query($id: ID!) { agreement(id: $id) { parties { ${ALL} } } }`, {
        id: node.id,
      });
      expect(node.parties).toEqual(one.agreement.parties);
    }
    // 000: "Imas Sukmariah … diangkat berdasarkan Keputusan Presiden … Nomor 171/TPA Tahun 2020".
    const bkn = nodes.flatMap((n) => n.parties).find((p: Json) => p.signatory?.name === 'Imas Sukmariah');
    expect(bkn.appointment).toMatchObject({ kind: 'KEPUTUSAN_PRESIDEN', number: '171/TPA', year: 2020 });
    expect(bkn.obligations.length).toBeGreaterThan(0);
  });

  it('answers GraphQL with Cache-Control: no-store, as Apollo did before its cache hints were turned off', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agreements(first: 1) { totalCount } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sees parties asked for through fragments and aliases', async () => {
    const [d, statements] = await counted(`
      query { page: agreements(first: 2) { ...Page } }
      fragment Page on AgreementConnection { edges { node { ... on Agreement { sides: parties { ...Side } } } } }
      fragment Side on Party { signatory { name } agency { name } }`);
    expect(statements).toBe(1);
    expect(d.page.edges[0].node.sides.map((p: Json) => p.signatory.name)).toEqual([
      'TONNY AGUNG ARIFIANTO',
      'Y.B. SUSILO WIBOWO',
    ]);
  });

  it('falls back to the loaders for party fields it does not read in the page', async () => {
    const [d, statements] =
      await counted(`{ agreements(first: 5, filter: {signedFrom: "2022-10-03", signedTo: "2022-10-03"}) {
      edges { node { parties { signatory { name } obligations { label } } } } } }`);
    // The page (with parties) and one batch of provisions for every party of the page.
    expect(statements).toBe(2);
    expect(d.agreements.edges[0].node.parties[0].signatory.name).toBe('Imas Sukmariah');
    expect(d.agreements.edges[0].node.parties[0].obligations[0].label).toBe('a.'); // Pasal 4 (1) a.
  });
});

describe('agreements without the date they are ordered by', () => {
  // The date's range index holds no nulls; the page must still put such agreements first when
  // descending and last when ascending, ties by id, as it always has.
  it('orders, counts and pages them as before', async () => {
    const ids = await data(
      '{ agreements(first: 5, orderBy: {field: SIGNED_ON, direction: ASC}) { edges { node { id signedOn } } } }',
    );
    const byDate = ids.agreements.edges.map((e: Json) => e.node) as { id: string; signedOn: string }[];
    const undated = [byDate[1]!, byDate[3]!]; // 000 (2022-10-03) and 003 (2025-01-24)
    const write = (cypher: string, params: Record<string, unknown>) =>
      driverForToolsAndTests(api.db).executeQuery(cypher, params, { database: api.db.database });
    await write('UNWIND $ids AS id MATCH (a:Agreement {id: id}) REMOVE a.signedOn', {
      ids: undated.map((a) => a.id),
    });
    try {
      const undatedIds = undated.map((a) => a.id).sort();
      const dated = byDate.filter((a) => !undatedIds.includes(a.id));
      const desc = await data('{ agreements(first: 5) { totalCount edges { node { id signedOn } } } }');
      expect(desc.agreements.totalCount).toBe(5);
      expect(desc.agreements.edges.map((e: Json) => e.node.id)).toEqual([
        ...undatedIds,
        ...dated.map((a) => a.id).reverse(),
      ]);
      const asc = await data(
        '{ agreements(first: 5, orderBy: {field: SIGNED_ON, direction: ASC}) { edges { node { id } } } }',
      );
      expect(asc.agreements.edges.map((e: Json) => e.node.id)).toEqual([
        ...dated.map((a) => a.id),
        ...undatedIds,
      ]);
      // Pages of two across the boundary between undated and dated agreements.
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page: Json = await data(
          `query($after: String) { agreements(first: 2, after: $after) {
             totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(page.agreements.totalCount).toBe(5);
        seen.push(...page.agreements.edges.map((e: Json) => e.node.id));
        if (!page.agreements.pageInfo.hasNextPage) break;
        after = page.agreements.pageInfo.endCursor;
      }
      expect(seen).toEqual(desc.agreements.edges.map((e: Json) => e.node.id));
    } finally {
      await write(
        'UNWIND $rows AS row MATCH (a:Agreement {id: row.id}) SET a.signedOn = date(row.signedOn)',
        {
          rows: undated,
        },
      );
    }
  });
});

describe('full-text search', () => {
  it('is one read statement, with the agreement and article of each hit', async () => {
    const [d, statements] = await counted(`{ search(text: "Keadaan Kahar", first: 10) {
      score type id snippet agreement { id title signedOn } clause { id number heading topic } } }`);
    expect(statements).toBe(1);
    // Every seed has an article headed KEADAAN KAHAR (FORCE_MAJEURE).
    const clauseHits = d.search.filter((h: Json) => h.type === 'Clause');
    expect(clauseHits.length).toBeGreaterThan(0);
    for (const hit of clauseHits) {
      expect(hit.clause.id).toBe(hit.id);
      expect(hit.clause.topic).toBe('FORCE_MAJEURE');
      expect(hit.clause.heading.toUpperCase()).toContain('KEADAAN KAHAR');
      expect(hit.agreement.id).toMatch(/^agreement:/);
    }
  });

  it('answers exactly what the loaders answer', async () => {
    const hits = await data(
      '{ search(text: "Keadaan Kahar", first: 10) { id agreement { id title signedOn } clause { id number heading text } } }',
    );
    for (const hit of hits.search as Json[]) {
      if (!hit.agreement || !hit.clause) continue;
      const one = await data(
        `query($id: ID!) { agreement(id: $id) { id title signedOn clauses { id number heading text } } }`,
        { id: hit.agreement.id },
      );
      expect(hit.agreement).toEqual({
        id: one.agreement.id,
        title: one.agreement.title,
        signedOn: one.agreement.signedOn,
      });
      expect(one.agreement.clauses).toContainEqual(hit.clause);
    }
  });

  it('finds an official by name in one statement, with no agreement or article', async () => {
    // 000: "Imas Sukmariah : Sekretaris Utama Badan Kepegawaian Negara".
    const [d, statements] = await counted(
      '{ search(text: "Sukmariah") { type snippet agreement { id } clause { id } } }',
    );
    expect(statements).toBe(1);
    const official = d.search.find((h: Json) => h.type === 'Official');
    expect(official).toMatchObject({ snippet: 'Imas Sukmariah', agreement: null, clause: null });
  });
});

describe('agreements page: only the selected agreement fields', () => {
  const EVERY_FIELD = `id kind kindName isDraft title numbers signedOn signedDay place effectiveFrom
    durationMonths expiresOn terminationNoticeDays renewable loaded`;

  it('reads only what is selected, and answers each field as agreement(id) does', async () => {
    reads = [];
    const few = await data(`{ agreements(first: 5) { edges { node { title signedOn expiresOn } } } }`);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain('{agreement: a { .id, .title, signedOn: toString(a.signedOn), expiresOn:');
    expect(reads[0]).not.toContain('.kindName');
    const all = await data(`{ agreements(first: 5) { edges { node { ${EVERY_FIELD} } } } }`);
    const nodes = all.agreements.edges.map((e: Json) => e.node) as Json[];
    expect(nodes).toHaveLength(5);
    for (const [i, node] of nodes.entries()) {
      const one = await data(`query($id: ID!) { agreement(id: $id) { ${EVERY_FIELD} } }`, { id: node.id });
      expect(node).toEqual(one.agreement);
      expect(few.agreements.edges[i].node).toEqual({
        title: node.title,
        signedOn: node.signedOn,
        expiresOn: node.expiresOn,
      });
    }
    // 001 is the newest seed text: signed "10 September 2025".
    expect(nodes[0]!.signedOn).toBe('2025-09-10');
  });

  it('still answers fields resolved from the id beside a partial agreement', async () => {
    const [d, statements] = await counted(`{ agreements(first: 5) { edges { node { title
      parties { signatory { name } } warnings { code } source { name } } } } }`);
    // The page, then the warnings and the sources of its agreements, one batch each.
    expect(statements).toBe(3);
    const nodes = d.agreements.edges.map((e: Json) => e.node) as Json[];
    expect(nodes[0]!.parties.map((p: Json) => p.signatory.name)).toEqual([
      'TONNY AGUNG ARIFIANTO',
      'Y.B. SUSILO WIBOWO',
    ]);
    expect(nodes.every((n) => Array.isArray(n.warnings) && n.source !== undefined)).toBe(true);
  });
});

describe('agreement lists: only the selected agreement fields', () => {
  const EVERY_FIELD = `id kind kindName isDraft title numbers signedOn signedDay place effectiveFrom
    durationMonths expiresOn terminationNoticeDays renewable loaded`;
  // Expiries are start + 48 months (Pasal 7; Pasal 6 in 002): 004 2026-08-24, 000 2026-10-03,
  // 002 2026-10-26 (from 26 Oktober 2022). 002 is the one between BSSN and Kementerian Perdagangan.
  const LISTS = [
    {
      field: 'expiringAgreements',
      args: 'asOf: "2026-08-01", withinDays: 90',
      expires: ['2026-08-24', '2026-10-03', '2026-10-26'],
    },
    {
      field: 'expiredAgreements',
      args: 'asOf: "2026-11-01", withinDays: 365',
      expires: ['2026-10-26', '2026-10-03', '2026-08-24'],
    },
    {
      field: 'agreementsBetween',
      args: 'agencyA: "institution:badan-siber-dan-sandi-negara", agencyB: "institution:kementerian-perdagangan"',
      expires: ['2026-10-26'],
    },
  ];

  it.each(LISTS)(
    '$field reads only what is selected, and answers each field as agreement(id) does',
    async (list) => {
      reads = [];
      const few = await data(`{ ${list.field}(${list.args}) { title ends: expiresOn } }`);
      expect(reads).toHaveLength(1);
      expect(reads[0]).toContain('RETURN a { .id, .title, expiresOn: toString(a.expiresOn) } AS agreement');
      expect(reads[0]).not.toContain('.kindName');
      const all = (await data(`{ ${list.field}(${list.args}) { ${EVERY_FIELD} } }`))[list.field] as Json[];
      expect(all.map((a) => a.expiresOn)).toEqual(list.expires);
      for (const [i, node] of all.entries()) {
        const one = await data(`query($id: ID!) { agreement(id: $id) { ${EVERY_FIELD} } }`, { id: node.id });
        expect(node).toEqual(one.agreement);
        expect(few[list.field][i]).toEqual({ title: node.title, ends: node.expiresOn });
      }
    },
  );

  it('still answers fields resolved from the id beside a partial agreement', async () => {
    const [d, statements] = await counted(`{ expiringAgreements(asOf: "2026-08-01", withinDays: 90) {
      expiresOn parties { signatory { name } } } }`);
    // The list, then one batch each: the parties of its agreements, their links, the officials.
    expect(statements).toBe(4);
    expect(d.expiringAgreements.map((a: Json) => a.parties.map((p: Json) => p.signatory.name))).toEqual([
      // 004: "1. Abubakar : Kepala Dinas …", "2. Jonathan Gerhard Tarigan : Kepala Balai …".
      ['Abubakar', 'Jonathan Gerhard Tarigan'],
      // 000: "1. Imas Sukmariah : Sekretaris Utama …", "2. Dono Indarto : Deputi …".
      ['Imas Sukmariah', 'Dono Indarto'],
      // 002: "1. SUHANTO : selaku Sekretaris Jenderal …", "2. Y.B. SUSILO WIBOWO …".
      ['SUHANTO', 'Y.B. SUSILO WIBOWO'],
    ]);
  });
});
