/**
 * Find by number, phrase search and search text as data, over real HTTP on the five seeds.
 * Numbers as printed in the texts (seed/*.txt, the "Nomor :" lines under the title):
 *
 *   001 BPIP / BSSN      PKS.14/BPIP/SU/09/2025 and PERJ.2372/BSSN/SU/KJ.01.02/09/2025   signed 2025-09-10
 *   002 Kemendag / BSSN  70/SJ-DAG/MoU/05/2023 and PERJ.206/BSSN/SU/HK.07.02/05/2023      signed 2023-05-15
 *   003 Kemenkum / BSSN  SEK-29.HH.04.02 Tahun 2025 and PERJ.26/BSSN/SU/KJ.01.02/01/2025  signed 2025-01-24
 *   004 Aceh Besar / BSrE 046/218/PKS/2022 and PERJ.609/BSSN/BS/HK.07.02/08/2022         signed 2022-08-24
 *   000 BKN / BSSN prints no number. 003 implements an MoU numbered PERJ.9/KABSSN/KJ.01.01/01/2025,
 *   which is only referenced (not loaded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/corpus/random.js';
import { agreementPageCypher } from '../../src/graph/read/list-queries.js';
import { projectRoot } from '../../src/server/config.js';
import { startSeededApi, type GraphQLResponse, type TestApi } from '../helpers/api-server.js';
import { driverForToolsAndTests } from '../../src/graph/driver.js';

let api: TestApi;

beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(async () => {
  await api?.close();
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.gql<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

const BY_NUMBER = `query ($number: String) {
  agreements(filter: { number: $number }) { totalCount edges { node { signedOn numbers } } }
}`;
type ByNumber = {
  agreements: { totalCount: number; edges: { node: { signedOn: string; numbers: string[] } }[] };
};

async function signedOnByNumber(number: string): Promise<string[]> {
  const d = await data<ByNumber>(BY_NUMBER, { number });
  return d.agreements.edges.map((e) => e.node.signedOn);
}

describe('agreements(filter: { number })', () => {
  it('finds the agreement of either party number, exactly as printed', async () => {
    expect(await signedOnByNumber('PERJ.206/BSSN/SU/HK.07.02/05/2023')).toEqual(['2023-05-15']);
    expect(await signedOnByNumber('70/SJ-DAG/MoU/05/2023')).toEqual(['2023-05-15']);
    expect(await signedOnByNumber('046/218/PKS/2022')).toEqual(['2022-08-24']);
  });

  it('ignores whitespace and case, as a number copied from a PDF comes', async () => {
    expect(await signedOnByNumber('  perj.206 / bssn / su / hk.07.02 / 05 / 2023 ')).toEqual(['2023-05-15']);
    expect(await signedOnByNumber('SEK-29.HH.04.02 Tahun 2025')).toEqual(['2025-01-24']);
    expect(await signedOnByNumber('SEK-29.HH.04.02  tahun  2025')).toEqual(['2025-01-24']);
  });

  it('matches whole numbers only, loaded agreements only', async () => {
    expect(await signedOnByNumber('PERJ.206')).toEqual([]); // a prefix is not the number
    expect(await signedOnByNumber('PERJ.206/BSSN/SU/HK.07.02/05/2024')).toEqual([]);
    expect(await signedOnByNumber('PERJ.9/KABSSN/KJ.01.01/01/2025')).toEqual([]); // the MoU, not loaded
  });

  it('combines with the other filters', async () => {
    const q = `query ($number: String, $from: Date) {
      agreements(filter: { number: $number, signedFrom: $from }) { totalCount } }`;
    const number = 'PERJ.2372/BSSN/SU/KJ.01.02/09/2025';
    expect((await data<ByNumber>(q, { number, from: '2025-09-10' })).agreements.totalCount).toBe(1);
    expect((await data<ByNumber>(q, { number, from: '2025-09-11' })).agreements.totalCount).toBe(0);
  });

  it('is answered through indexes: the number keyword index, then the agreements by id', async () => {
    const operators: string[] = [];
    for (const field of ['SIGNED_ON', 'TITLE'] as const) {
      const cypher = agreementPageCypher(
        { number: 'x' },
        { field, descending: true },
        { withParties: false },
      );
      const { summary } = await driverForToolsAndTests(api.db).executeQuery(`EXPLAIN ${cypher}`, {
        number: '"X"',
        offset: 0,
        limit: 20,
      });
      const walk = (plan: {
        operatorType: string;
        arguments: Record<string, unknown>;
        children: unknown[];
      }) => {
        operators.push(`${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments.Details ?? '')}`);
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.plan as never);
    }
    const reads = operators.filter((o) => /Scan|Seek|ProcedureCall/.test(o));
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read).toMatch(
        /^(ProcedureCall db\.index\.fulltext\.queryNodes|NodeUniqueIndexSeek UNIQUE a:Agreement\(id\))/,
      );
    }
  });

  it('examples/lookups/agreement-by-number.graphql finds 002 as written', async () => {
    const example = fs.readFileSync(
      path.join(projectRoot(), 'examples/lookups/agreement-by-number.graphql'),
      'utf8',
    );
    const d = await data<ByNumber>(example);
    expect(d.agreements.totalCount).toBe(1);
    expect(d.agreements.edges[0]!.node).toMatchObject({
      numbers: ['70/SJ-DAG/MoU/05/2023', 'PERJ.206/BSSN/SU/HK.07.02/05/2023'],
      signedOn: '2023-05-15',
    });
  });

  it('refuses an empty number with BAD_USER_INPUT', async () => {
    const response = await api.gql(BY_NUMBER, { number: '   ' });
    expect(response.status).toBe(400);
    expect(response.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/^filter\.number: document number is empty/);
  });
});

const SEARCH = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) { type id snippet agreement { id signedOn } }
}`;
type Hit = { type: string; id: string; snippet: string; agreement: { id: string; signedOn: string } | null };

async function search(text: string, first = 20): Promise<Hit[]> {
  return (await data<{ search: Hit[] }>(SEARCH, { text, first })).search;
}

/** The whole indexed text of a hit, read from the graph itself. */
async function textOf(id: string): Promise<string> {
  const [row] = await api.db.read<{ text: string }>(
    'MATCH (n {id: $id}) RETURN coalesce(n.text, "") + " " + coalesce(n.heading, "") + " " + coalesce(n.meaning, "") + " " + coalesce(n.name, "") + " " + coalesce(n.title, "") AS text',
    { id },
  );
  return (row?.text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
}

describe('search ranking', () => {
  it('puts the agreement with that document number first', async () => {
    const hits = await search('046/218/PKS/2022');
    expect(hits[0]).toMatchObject({ type: 'Agreement', agreement: { signedOn: '2022-08-24' } });
    const spaced = await search('PERJ.206 / BSSN / SU / HK.07.02 / 05 / 2023');
    expect(spaced[0]).toMatchObject({ type: 'Agreement', agreement: { signedOn: '2023-05-15' } });
    // A number among other words: still first.
    const among = await search('perjanjian kerja sama PKS.14/BPIP/SU/09/2025');
    expect(among[0]).toMatchObject({ type: 'Agreement', agreement: { signedOn: '2025-09-10' } });
  });

  it('searches a quoted phrase as a phrase; loose words also find the words apart', async () => {
    const phrase = await search('"jangka waktu"', 50);
    expect(phrase.length).toBeGreaterThan(0);
    for (const hit of phrase) expect(await textOf(hit.id), hit.id).toContain('jangka waktu');
    // Unquoted, "waktu" alone matches too (e.g. "dalam waktu …"): some hit lacks the phrase.
    const loose = await search('jangka waktu', 50);
    const apart = [];
    for (const hit of loose) if (!(await textOf(hit.id)).includes('jangka waktu')) apart.push(hit.id);
    expect(apart.length).toBeGreaterThan(0);
  });

  it('requires the phrase and ranks the other words among its hits', async () => {
    const hits = await search('"keadaan kahar" bencana', 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(await textOf(hit.id), hit.id).toContain('keadaan kahar');
    // examples/search/search-phrase.graphql asks the same: the same first hits.
    const example = fs.readFileSync(
      path.join(projectRoot(), 'examples/search/search-phrase.graphql'),
      'utf8',
    );
    const d = await data<{ search: { type: string; snippet: string }[] }>(example);
    expect(d.search.map((h) => h.snippet)).toEqual(hits.slice(0, 10).map((h) => h.snippet));
  });
});

/** Errors that are not the client's fault: anything but BAD_USER_INPUT (and validation). */
function unexpected(response: GraphQLResponse): string[] {
  return (response.errors ?? [])
    .map((e) => `${e.extensions?.code}: ${e.message}`)
    .filter((e) => !e.startsWith('BAD_USER_INPUT:'));
}

describe('search text is data, never query syntax', () => {
  it('answers search(text: "AND") and other bare operators without an internal error', async () => {
    for (const text of [
      'AND',
      'OR',
      'NOT',
      '&&',
      '"',
      '(',
      '[',
      'kahar AND',
      'a:b',
      '\\',
      '*',
      '?',
      '~',
      'TO',
    ]) {
      const response = await api.gql(SEARCH, { text });
      expect(unexpected(response), text).toEqual([]);
      expect([200, 400], text).toContain(response.status);
    }
    expect(await search('AND')).toBeInstanceOf(Array);
  });

  it('refuses more than 32 words, or over 1,000 characters, with BAD_USER_INPUT and a plain message', async () => {
    const many = await api.gql(SEARCH, { text: Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' ') });
    expect(many.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(many.errors![0]!.message).toMatch(/^text: search text is \d+ characters long; at most 1000/);
    const words = await api.gql(SEARCH, { text: Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') });
    expect(words.errors![0]!.message).toBe(
      'text: search text has 40 words; at most 32 are searched, so leave some out',
    );
    const filter = await api.gql('query ($t: String) { agreements(filter: { text: $t }) { totalCount } }', {
      t: '*** ((( ]]]',
    });
    expect(filter.status).toBe(400);
    expect(filter.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(filter.errors![0]!.message).toMatch(/^filter\.text: search text .* has no letters or digits/);
  });

  it('property: 150 random operator texts at search and at agreements(filter: { text }), zero internal errors', async () => {
    const random = createRandom(20261130);
    // Lucene's operators and specials, words, numbers, and characters its analyzer drops.
    const pieces = [
      ...'AND OR NOT TO && || ! " " ( ) [ ] { } ~ ~2 ^ ^3 * ? \\ / : + -'.split(' '),
      ...'kahar Pasal 1266 PERJ.206/BSSN text: é 日本 ʰ \u200b 🙂'.split(' '),
      ' ',
      ' ',
    ];
    const AGREEMENTS = 'query ($t: String) { agreements(filter: { text: $t }, first: 5) { totalCount } }';
    const failures: string[] = [];
    let answered = 0;
    let refused = 0;
    for (let n = 0; n < 150; n++) {
      const text = Array.from({ length: random.int(1, 40) }, () => random.pick(pieces)).join(
        random.chance(0.5) ? ' ' : '',
      );
      for (const [query, variables] of [
        [SEARCH, { text, first: 5 }],
        [AGREEMENTS, { t: text }],
      ] as const) {
        const response = await api.gql(query, variables);
        const bad = unexpected(response);
        if (bad.length || ![200, 400].includes(response.status)) {
          failures.push(`${JSON.stringify(text)} -> ${response.status} ${bad.join('; ')}`);
        } else if (response.errors) refused++;
        else answered++;
      }
    }
    expect(failures).toEqual([]);
    // Both outcomes occur: texts searched, and texts refused as unsearchable (too many words, …).
    expect(answered).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(10);
  });
});
