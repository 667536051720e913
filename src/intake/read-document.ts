import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DocumentMediaType, DocumentProvenance } from '../domain/document-provenance.js';
import { dropPageFurniture } from './drop-page-furniture.js';
import { extractPdfTextLayer } from './extract-pdf-text.js';
import { IntakeError } from './intake-error.js';
import { ocrPdfPages } from './ocr-pdf-pages.js';

export type { DocumentMediaType, DocumentProvenance };

/** The formats the intake reads, by file name ending (a folder seed takes exactly these). */
export const INTAKE_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

/** Something the intake noticed that a reviewer should know (stored with the agreement's warnings). */
export interface IntakeNote {
  readonly code: string;
  readonly message: string;
}

export interface IntakeDocument {
  /** The agreement text: the file's own text, or what was extracted from the PDF. */
  readonly text: string;
  readonly provenance: DocumentProvenance;
  readonly notes: readonly IntakeNote[];
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Turns a file as users hold it into agreement text with its provenance. A PDF (recognised by
 * its `%PDF-` header, whatever its name) is read through its text layer, in reading order and
 * without repeated page furniture; pages without a text layer (scans) go through OCR. Anything
 * else must be UTF-8 text (Windows-1252 is read too, with a note); Word files, images and other
 * binaries are refused with what to do instead.
 */
export async function readDocument(
  bytes: Uint8Array,
  name: string,
  declaredType?: DocumentMediaType,
): Promise<IntakeDocument> {
  const hash = sha256OfBytes(bytes);
  if (isPdf(bytes)) return readPdf(bytes, name, hash);
  if (declaredType === 'application/pdf') {
    throw new IntakeError('BAD_PDF', name, `sent as application/pdf but does not start with %PDF-`);
  }
  refuseKnownBinary(bytes, name);
  const mediaType: DocumentMediaType =
    declaredType ?? (path.extname(name).toLowerCase() === '.md' ? 'text/markdown' : 'text/plain');
  const provenance = { sha256: hash, mediaType, pageCount: null, ocrPages: [], pageStarts: null };
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the text's own hash stays the file's hash.
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      provenance,
      notes: [],
    };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      provenance,
      notes: [
        {
          code: 'NOT_UTF8',
          message: 'the file is not UTF-8; it was read as Windows-1252 (check accented letters)',
        },
      ],
    };
  }
}

function isPdf(bytes: Uint8Array): boolean {
  // The PDF header may follow a few bytes of junk (the spec allows it within the first 1024).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function refuseKnownBinary(bytes: Uint8Array, name: string): void {
  const head = Buffer.from(bytes.subarray(0, 8));
  const what =
    head[0] === 0x50 && head[1] === 0x4b
      ? 'a Word/ZIP file (save it as PDF or plain text)'
      : head[0] === 0xd0 && head[1] === 0xcf
        ? 'an old Word file (save it as PDF or plain text)'
        : head[0] === 0x89 && head.toString('latin1', 1, 4) === 'PNG'
          ? 'a PNG image (put the scanned pages in a PDF)'
          : head[0] === 0xff && head[1] === 0xd8
            ? 'a JPEG image (put the scanned pages in a PDF)'
            : null;
  if (what)
    throw new IntakeError('UNSUPPORTED_FORMAT', name, `this is ${what}; accepted are PDF, .txt and .md`);
}

async function readPdf(bytes: Uint8Array, name: string, hash: string): Promise<IntakeDocument> {
  const layer = await extractPdfTextLayer(bytes, name);
  const pages = layer.pages.map((lines) => [...lines]);
  const notes: IntakeNote[] = [];
  if (layer.pagesWithoutText.length > 0) {
    const ocr = await ocrPdfPages(bytes, name, layer.pagesWithoutText);
    for (const [n, lines] of ocr) pages[n - 1] = lines;
    notes.push({
      code: 'OCR_TEXT',
      message: `page(s) ${formatPages(layer.pagesWithoutText)} of ${layer.pageCount} had no text layer and were read by OCR; check names, numbers and dates against the scan`,
    });
  }
  const kept = dropPageFurniture(pages);
  let text = '';
  const pageStarts: number[] = [];
  for (const lines of kept) {
    if (pageStarts.length > 0) text += '\n\n';
    pageStarts.push(text.length);
    text += lines.join('\n');
  }
  if (text.replace(/\s/g, '') === '') {
    throw new IntakeError(
      'EMPTY_DOCUMENT',
      name,
      `the PDF has no text on any of its ${layer.pageCount} page(s)`,
    );
  }
  return {
    text: `${text}\n`,
    provenance: {
      sha256: hash,
      mediaType: 'application/pdf',
      pageCount: layer.pageCount,
      ocrPages: layer.pagesWithoutText,
      pageStarts,
    },
    notes,
  };
}

/** "1-3, 5" */
function formatPages(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(i === j ? String(pages[i]) : `${pages[i]}-${pages[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The 1-based page an offset of the extracted text falls on; null when the text has no pages. */
export function pageOfOffset(pageStarts: readonly number[] | null, offset: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i + 1;
  return page;
}
