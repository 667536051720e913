// First: it keeps V8's JSON functions before pdf.js's polyfills replace them (see the module).
import { restoreNativeJson } from './keep-native-json.js';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// pdf.js in Node runs its worker in this thread, importing this module at the first PDF (which
// would install the polyfills again, mid-request); loaded here, it is found on globalThis.pdfjsWorker.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { IntakeError } from './intake-error.js';
import { layoutPageText, type TextRun } from './layout-page-text.js';

restoreNativeJson();

/** A page with fewer visible characters than this in its text layer is treated as a scan. */
export const MIN_TEXT_LAYER_CHARS = 20;

export interface PdfTextLayer {
  readonly pageCount: number;
  /** Each page's lines in reading order (empty for a page with no usable text layer). */
  readonly pages: readonly (readonly string[])[];
  /** 1-based numbers of pages whose text layer is missing or nearly empty (scans). */
  readonly pagesWithoutText: readonly number[];
}

/**
 * Reads a PDF's text layer with Mozilla's pdf.js: for each page, the runs of text put back in
 * reading order (lines top to bottom, columns left to right). Pages without text (scanned
 * images) are listed for OCR. A damaged or password-protected file is refused with a reason.
 */
export async function extractPdfTextLayer(bytes: Uint8Array, name: string): Promise<PdfTextLayer> {
  let doc: PDFDocumentProxy;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      disableFontFace: true,
      useSystemFonts: false,
    }).promise;
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') {
      throw new IntakeError(
        'ENCRYPTED_PDF',
        name,
        `the PDF is password-protected; save an unprotected copy first`,
        {
          cause: error,
        },
      );
    }
    throw new IntakeError('BAD_PDF', name, `not a readable PDF (${(error as Error).message})`, {
      cause: error,
    });
  }
  try {
    const pages: string[][] = [];
    const pagesWithoutText: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 10;
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      const lines = layoutPageText(runs);
      const visible = lines.join('').replace(/\s/g, '').length;
      if (visible < MIN_TEXT_LAYER_CHARS) {
        pagesWithoutText.push(n);
        pages.push([]);
      } else {
        pages.push(lines);
      }
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages, pagesWithoutText };
  } finally {
    await doc.destroy();
  }
}
