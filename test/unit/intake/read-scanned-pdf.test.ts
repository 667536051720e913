/**
 * A scanned agreement: a seed text set as a PDF, rendered to 300 dpi page images and wrapped
 * into an image-only PDF (no text layer at all), read back through Tesseract's Indonesian model.
 * It must parse to the same header fields as the seed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/intake/read-document.js';
import { parseAgreement } from '../../../src/parsing/index.js';
import { makeScannedPdf, makeTextPdf } from '../../helpers/make-pdf.js';
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
