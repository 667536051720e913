/**
 * POST /documents over real HTTP against the real Neo4j holding the five seeds: PDFs and texts
 * accepted and answered like the ingestAgreement mutation, everything else refused with a clear
 * status and nothing changed. Then what the upload stored, read back through GraphQL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/count-graph.js';
import { sha256OfBytes } from '../../src/intake/read-document.js';
import { loadParsedAgreement } from '../../src/ingest/load-parsed-agreement.js';
import { projectRoot } from '../../src/server/config.js';
import { sampleAgreement, SAMPLE_TEXT } from '../fixtures/graph/sample-agreement.js';
import { startSeededApi, TEST_API_TOKEN, type TestApi } from '../helpers/api-server.js';
import { makeTextPdf } from '../helpers/make-pdf.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MAX_UPLOAD = 256 * 1024;
const seedText = (file: string) => readFileSync(path.join(projectRoot(), 'seed', file), 'utf8');
/**
 * Seed 004 as a new agreement: other numbers ("Nomor : 046/218/PKS/2022" in the seed) and
 * another signing day ("… tanggal Dua Puluh Empat bulan Agustus … (24-08-2022)"), so neither
 * its numbers nor its parties and date make it a version of the seed.
 */
function newAgreement(number: string, day: 'Lima' | 'Enam' | 'Tujuh'): string {
  const date = { Lima: '25', Enam: '26', Tujuh: '27' }[day];
  return seedText('004_0485f73840a29589.txt')
    .replace('046/218/PKS/2022', number)
    .replace('Dua Puluh Empat bulan Agustus', `Dua Puluh ${day} bulan Agustus`)
    .replace('(24-08-2022)', `(${date}-08-2022)`);
}
const NEW_004 = newAgreement('777/218/PKS/2025', 'Lima');

let api: TestApi;
let documentsUrl: string;

beforeAll(async () => {
  api = await startSeededApi({ maxUploadBytes: MAX_UPLOAD });
  documentsUrl = api.url.replace(/\/graphql$/, '/documents');
});
afterAll(async () => {
  await api?.close();
});

async function upload(
  body: Uint8Array | string,
  contentType: string,
  options: { token?: string | null; name?: string } = {},
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { 'content-type': contentType };
  const token = options.token === undefined ? TEST_API_TOKEN : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  const url = options.name ? `${documentsUrl}?name=${encodeURIComponent(options.name)}` : documentsUrl;
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as Json };
}

describe('POST /documents refuses, changing nothing', () => {
  it('without the token, with a wrong one, over MAX_UPLOAD_BYTES, in another format, or not an agreement', async () => {
    const pdf = await makeTextPdf(NEW_004);
    const before = await countGraph(api.db);

    const anonymous = await upload(pdf, 'application/pdf', { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('uploads need the header Authorization: Bearer <API_TOKEN>');
    expect((await upload(pdf, 'application/pdf', { token: 'wrong' })).status).toBe(401);

    const big = await upload(new Uint8Array(MAX_UPLOAD + 1), 'application/pdf');
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(
      /limit is 262144 \(MAX_UPLOAD_BYTES\)|over 262144 bytes \(MAX_UPLOAD_BYTES\)/,
    );

    const json = await upload('{"text":"x"}', 'application/json');
    expect(json.status).toBe(415);
    expect(json.body.error).toBe(
      'Content-Type must be one of application/pdf, text/plain, text/markdown (got application/json)',
    );

    const notPdf = await upload('Beli beras', 'application/pdf');
    expect(notPdf.status).toBe(422);
    expect(notPdf.body).toMatchObject({ code: 'BAD_AGREEMENT_TEXT', reason: 'BAD_PDF' });

    const shopping = await upload(
      await makeTextPdf('Beli beras, telur dan minyak goreng.'),
      'application/pdf',
      {
        name: 'belanja.pdf',
      },
    );
    expect(shopping.status).toBe(422);
    expect(shopping.body.error).toMatch(/^belanja\.pdf: /);

    expect((await upload('', 'text/plain')).status).toBe(400);
    expect(await countGraph(api.db)).toEqual(before);
  });
});

describe('POST /documents accepts', () => {
  it('a PDF: CREATED with its numbers, then UNCHANGED for the same file, its source and pages in GraphQL', async () => {
    const pdf = await makeTextPdf(NEW_004, { header: 'Arsip Dinas', footer: '- {page} -' });
    const created = await upload(pdf, 'application/pdf', { name: 'pks-777.pdf' });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('CREATED');
    expect(created.body.agreement.numbers).toContain('777/218/PKS/2025');
    // "No appointing decree was found for party 1 …", as for seed 004 itself.
    expect(created.body.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^NO_APPOINTMENT: /)]),
    );

    const again = await upload(pdf, 'application/pdf', { name: 'another-name.pdf' });
    expect(again).toMatchObject({ status: 200, body: { status: 'UNCHANGED' } });
    expect(again.body.agreement.id).toBe(created.body.agreement.id);

    const res = await api.gql<Json>(
      `query($id: ID!) { agreement(id: $id) {
         source { name sha256 mediaType pageCount ocr ocrPages }
         parties { span { start end page } }
         clauses { number span { page } }
         warnings { code message span { start end page } }
       } }`,
      { id: created.body.agreement.id },
    );
    expect(res.errors).toBeUndefined();
    const a = res.data!.agreement;
    expect(a.source).toMatchObject({
      name: 'pks-777.pdf',
      sha256: sha256OfBytes(pdf),
      mediaType: 'application/pdf',
      ocr: false,
      ocrPages: [],
    });
    expect(a.source.pageCount).toBeGreaterThan(1);
    expect(a.parties[0].span.page).toBe(1);
    const pages = (a.clauses as Json[]).map((c) => c.span.page as number);
    expect(pages[0]).toBeGreaterThanOrEqual(1);
    expect(pages.at(-1)).toBe(a.source.pageCount);
    expect([...pages].sort((x, y) => x - y)).toEqual(pages); // articles run forward through the pages
    expect(a.warnings).toContainEqual({
      code: 'NO_APPOINTMENT',
      message: expect.stringMatching(/party 1 \(PIHAK KESATU\)/),
      span: expect.objectContaining({ page: 1 }),
    });
  });

  it('a text (text/plain) and Markdown, like the mutation: text spans have no page', async () => {
    const text = newAgreement('778/218/PKS/2025', 'Enam');
    const created = await upload(text, 'text/plain; charset=utf-8', { name: 'pks-778.txt' });
    expect(created).toMatchObject({ status: 201, body: { status: 'CREATED' } });
    const res = await api.gql<Json>(
      'query($id: ID!) { agreement(id: $id) { source { sha256 mediaType pageCount ocr } parties { span { page } } } }',
      { id: created.body.agreement.id },
    );
    expect(res.data!.agreement.source).toEqual({
      sha256: sha256OfBytes(Buffer.from(text, 'utf8')),
      mediaType: 'text/plain',
      pageCount: null,
      ocr: false,
    });
    expect(res.data!.agreement.parties[0].span.page).toBeNull();

    const markdown = newAgreement('779/218/PKS/2025', 'Tujuh');
    expect((await upload(markdown, 'text/markdown')).body.status).toBe('CREATED');
  });
});

describe('agreements(filter: { hasWarnings })', () => {
  it('finds the agreements stored with warnings, and the one without', async () => {
    // Every seed carries parser warnings (e.g. seed 002: "The term starts on 2022-10-26, not on
    // the signing date 2023-05-15"); a hand-made agreement without any is the only clean one.
    const clean = await loadParsedAgreement(api.db, sampleAgreement(), {
      text: SAMPLE_TEXT,
      sourceName: 'clean.txt',
    });
    const query = `query($w: Boolean) { agreements(filter: { hasWarnings: $w }, first: 100) {
      totalCount edges { node { id warnings { code } } } } }`;
    const withWarnings = (await api.gql<Json>(query, { w: true })).data!.agreements;
    const without = (await api.gql<Json>(query, { w: false })).data!.agreements;
    expect(without.edges.map((e: Json) => e.node)).toEqual([{ id: clean.agreementId, warnings: [] }]);
    expect(withWarnings.totalCount).toBeGreaterThanOrEqual(5);
    for (const e of withWarnings.edges as Json[]) expect(e.node.warnings.length).toBeGreaterThan(0);
    const seed002 = (withWarnings.edges as Json[]).find((e) =>
      (e.node.warnings as Json[]).some((w) => w.code === 'START_DIFFERS_FROM_SIGNING'),
    );
    expect(seed002).toBeDefined();
  });
});
