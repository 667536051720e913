/**
 * The intake on PDFs the test makes itself from the seed texts: a text PDF (10-pt Helvetica on
 * A4, with a running header and page numbers as page furniture) must parse to the same header
 * fields as the seed text itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IntakeError } from '../../../src/intake/intake-error.js';
import { pageOfOffset, readDocument, sha256OfBytes } from '../../../src/intake/read-document.js';
import { parseAgreement } from '../../../src/parsing/index.js';
import { headerFields } from '../../helpers/header-fields.js';
import { makeTextPdf, makeTwoColumnPdf } from '../../helpers/make-pdf.js';

const seedDir = new URL('../../../seed/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const readSeed = (file: string) => readFileSync(new URL(file, seedDir), 'utf8');

describe('readDocument: text PDFs made from the seed texts', () => {
  it.each(seeds)('%s as a text PDF parses to the same header fields as the text', async (file) => {
    const text = readSeed(file);
    const pdf = await makeTextPdf(text, {
      header: 'Salinan arsip - perjanjian kerja sama',
      footer: '- {page} -',
    });
    const doc = await readDocument(pdf, file.replace(/\.txt$/, '.pdf'));
    expect(doc.provenance.mediaType).toBe('application/pdf');
    expect(doc.provenance.ocrPages).toEqual([]);
    expect(doc.provenance.sha256).toBe(sha256OfBytes(pdf));
    expect(doc.provenance.pageCount).toBeGreaterThan(1);
    expect(doc.provenance.pageStarts).toHaveLength(doc.provenance.pageCount!);
    // The running header and the page numbers are furniture: gone from the text.
    expect(doc.text).not.toContain('Salinan arsip');
    expect(doc.text).not.toMatch(/^- \d+ -$/m);
    expect(headerFields(parseAgreement(doc.text))).toEqual(headerFields(parseAgreement(text)));
  });

  it('seed 002 from PDF: the numbers, date and signatories as printed in the seed', async () => {
    const pdf = await makeTextPdf(readSeed('002_937a1dba0e293d21.txt'));
    const a = parseAgreement((await readDocument(pdf, '002.pdf')).text);
    // "Nomor : 70/SJ-DAG/MoU/05/2023" / "Nomor : PERJ.206/BSSN/SU/HK.07.02/05/2023"
    expect(a.numbers).toEqual(['70/SJ-DAG/MoU/05/2023', 'PERJ.206/BSSN/SU/HK.07.02/05/2023']);
    // "Pada hari ini Senin tanggal Lima Belas bulan Mei tahun Dua Ribu Dua Puluh Tiga (15-05-2023)"
    expect(a.signedOn).toBe('2023-05-15');
    expect(a.parties.map((p) => p.signatory?.name)).toEqual(['SUHANTO', 'Y.B. SUSILO WIBOWO']);
  });

  it('maps offsets of the extracted text to pages', async () => {
    const text = readSeed('000_c1085a28d48a1dcb.txt');
    const doc = await readDocument(await makeTextPdf(text), '000.pdf');
    const starts = doc.provenance.pageStarts!;
    expect(starts[0]).toBe(0);
    expect(pageOfOffset(starts, 0)).toBe(1);
    expect(pageOfOffset(starts, starts[1]! - 1)).toBe(1);
    expect(pageOfOffset(starts, starts[1]!)).toBe(2);
    expect(pageOfOffset(starts, doc.text.length - 1)).toBe(starts.length);
    expect(pageOfOffset(null, 10)).toBeNull();
    // The signing statement is on the first page (seed 000 opens with it: it has no title block).
    const opening = doc.text.indexOf('Pada hari ini');
    expect(opening).toBeGreaterThanOrEqual(0);
    expect(pageOfOffset(starts, opening)).toBe(1);
  });

  it('reads a two-column page column by column', async () => {
    const left = [
      'Pasal 1',
      'Kolom kiri baris satu yang',
      'panjang sampai ke tepi',
      'kolom kiri dan berakhir',
      'di sini tanpa putus.',
    ];
    const right = [
      'Pasal 2',
      'Kolom kanan baris satu',
      'yang juga panjang sampai',
      'tepi kolom kanan dan',
      'berakhir di sini.',
    ];
    const doc = await readDocument(await makeTwoColumnPdf(left, right), 'columns.pdf');
    expect(doc.text.trim().split('\n')).toEqual([...left, ...right]);
  });

  it('keeps a text file as it is, hashed as its bytes', async () => {
    const bytes = readFileSync(new URL('001_66609aa826267f0e.txt', seedDir));
    const doc = await readDocument(bytes, '001.txt');
    expect(doc.text).toBe(bytes.toString('utf8'));
    expect(doc.provenance).toEqual({
      sha256: sha256OfBytes(bytes),
      mediaType: 'text/plain',
      pageCount: null,
      ocrPages: [],
      pageStarts: null,
    });
  });

  it('refuses a Word file, a damaged PDF and a PDF with no text at all, each with what to do', async () => {
    const docx = Buffer.from('PK\u0003\u0004 rest of a zip', 'latin1');
    await expect(readDocument(docx, 'kontrak.docx')).rejects.toThrow(
      /kontrak\.docx: this is a Word\/ZIP file \(save it as PDF or plain text\)/,
    );
    const broken = Buffer.from('%PDF-1.7\nthis is not really a pdf', 'latin1');
    await expect(readDocument(broken, 'rusak.pdf')).rejects.toMatchObject({ code: 'BAD_PDF' });
    await expect(readDocument(Buffer.from('plain words'), 'x.pdf', 'application/pdf')).rejects.toBeInstanceOf(
      IntakeError,
    );
  });
});
