/**
 * A scanned agreement: a seed text set as a PDF, rendered to 300 dpi page images and wrapped
 * into an image-only PDF (no text layer at all), read back through Tesseract's Indonesian model.
 * It must parse to the same header fields as the seed text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IntakeError } from '../../../src/intake/intake-error.js';
import { readDocument } from '../../../src/intake/read-document.js';
import { parseAgreement } from '../../../src/parsing/index.js';
import { makePdfWithScannedLastPage, makeScannedPdf, makeTextPdf } from '../../helpers/make-pdf.js';
import { headerFields } from '../../helpers/header-fields.js';

const seed = readFileSync(new URL('../../../seed/002_937a1dba0e293d21.txt', import.meta.url), 'utf8');

describe('readDocument: a scanned PDF through OCR', () => {
  it(
    'reads seed 002 from page images to the same header fields as its text',
    { timeout: 600_000 },
    async () => {
      const scan = await makeScannedPdf(await makeTextPdf(seed, { footer: '- {page} -' }));
      const doc = await readDocument(scan, '002-scan.pdf');
      expect(doc.provenance.pageCount).toBeGreaterThan(1);
      expect(doc.provenance.ocrPages).toEqual(
        Array.from({ length: doc.provenance.pageCount! }, (_, i) => i + 1),
      );
      expect(doc.notes.map((n) => n.code)).toEqual(['OCR_TEXT']);
      const a = parseAgreement(doc.text);
      expect(a.numbers).toEqual(['70/SJ-DAG/MoU/05/2023', 'PERJ.206/BSSN/SU/HK.07.02/05/2023']);
      expect(a.signedOn).toBe('2023-05-15');
      expect(headerFields(a)).toEqual(headerFields(parseAgreement(seed)));
    },
  );
});

describe('readDocument: a text PDF whose last page is a scan', () => {
  it(
    'reads the text layer where there is one and OCR only for the scanned page',
    { timeout: 300_000 },
    async () => {
      const pdf = await makePdfWithScannedLastPage(await makeTextPdf(seed));
      const doc = await readDocument(pdf, '002-signed.pdf');
      const pages = doc.provenance.pageCount!;
      expect(doc.provenance.ocrPages).toEqual([pages]);
      expect(doc.notes).toEqual([
        {
          code: 'OCR_TEXT',
          message: `page(s) ${pages} of ${pages} had no text layer and were read by OCR; check names, numbers and dates against the scan`,
        },
      ]);
      // The closing sentence of seed 002 is on the last page: read back from the image.
      const lastPage = doc.text.slice(doc.provenance.pageStarts![pages - 1]);
      expect(lastPage).toMatch(/Demikian Perjanjian Kerja Sama ini dibuat dengan itikad baik/);
      expect(headerFields(parseAgreement(doc.text))).toEqual(headerFields(parseAgreement(seed)));
    },
  );
});

describe('readDocument: a scanned PDF where OCR is not installed', () => {
  it('is refused with one line saying how to install it', { timeout: 120_000 }, async () => {
    const scan = await makeScannedPdf(await makeTextPdf('PERJANJIAN KERJA SAMA\n\nNomor : 1/PKS/2024\n'));
    const empty = mkdtempSync(path.join(os.tmpdir(), 'no-tools-'));
    vi.stubEnv('PATH', empty);
    try {
      const refusal = await readDocument(scan, 'pindaian.pdf').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(IntakeError);
      expect((refusal as IntakeError).code).toBe('OCR_UNAVAILABLE');
      expect((refusal as IntakeError).message).toBe(
        'pindaian.pdf: scanned PDF (1 page(s) without a text layer): reading it needs OCR, but tesseract and ' +
          'pdftoppm (poppler-utils) not installed; install with: sudo apt-get install -y tesseract-ocr tesseract-ocr-ind poppler-utils',
      );
      expect((refusal as IntakeError).message).not.toContain('\n');
    } finally {
      vi.unstubAllEnvs();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
