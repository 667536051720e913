import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const run = promisify(execFile);

/** A4 in PDF points. */
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 10;
const LINE_HEIGHT = 13;

export interface TextPdfOptions {
  /** A running header printed at the top of every page (page furniture the intake must drop). */
  readonly header?: string;
  /** Printed at the bottom of every page with `{page}` replaced by the page number. */
  readonly footer?: string;
}

/**
 * A text PDF as a word processor exports one: the text set line by line in 10-pt Helvetica on
 * A4 pages (long lines wrapped, runs of blank lines folded into one), with optional running
 * header and footer on every page. Used by tests to make PDFs from the seed texts.
 */
export async function makeTextPdf(text: string, options: TextPdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE_WIDTH - 2 * MARGIN;
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, FONT_SIZE) > width) {
        lines.push(current);
        current = word;
      } else {
        current = next;
      }
    }
    lines.push(current);
  }
  const perPage = Math.floor((PAGE_HEIGHT - 2 * MARGIN - 2 * LINE_HEIGHT) / LINE_HEIGHT);
  for (let start = 0, pageNo = 1; start < lines.length; start += perPage, pageNo++) {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (options.header) {
      page.drawText(options.header, { x: MARGIN, y: PAGE_HEIGHT - MARGIN + 20, size: 8, font });
    }
    lines.slice(start, start + perPage).forEach((line, i) => {
      if (line)
        page.drawText(line, {
          x: MARGIN,
          y: PAGE_HEIGHT - MARGIN - (i + 1) * LINE_HEIGHT,
          size: FONT_SIZE,
          font,
        });
    });
    if (options.footer) {
      page.drawText(options.footer.replace('{page}', String(pageNo)), {
        x: PAGE_WIDTH / 2 - 20,
        y: MARGIN - 24,
        size: 8,
        font,
      });
    }
  }
  return pdf.save();
}

/** Two columns of text side by side on one page: the left one must be read before the right one. */
export async function makeTwoColumnPdf(
  left: readonly string[],
  right: readonly string[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  const columnX = [MARGIN, PAGE_WIDTH / 2 + 10];
  [left, right].forEach((column, c) =>
    column.forEach((line, i) =>
      page.drawText(line, {
        x: columnX[c]!,
        y: PAGE_HEIGHT - MARGIN - (i + 1) * LINE_HEIGHT,
        size: FONT_SIZE,
        font,
      }),
    ),
  );
  return pdf.save();
}

/**
 * A scan of the given PDF: each page rendered to a 300 dpi greyscale image (poppler's pdftoppm)
 * and wrapped, image only, into a new PDF of the same page size. It has no text layer at all,
 * like the scanner output of a signed paper agreement.
 */
export async function makeScannedPdf(pdfBytes: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scan-'));
  try {
    await writeFile(path.join(dir, 'in.pdf'), pdfBytes);
    await run('pdftoppm', ['-r', '300', '-gray', '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    const images = (await readdir(dir)).filter((n) => n.endsWith('.png')).sort();
    const scan = await PDFDocument.create();
    for (const name of images) {
      const png = await scan.embedPng(await readFile(path.join(dir, name)));
      const page = scan.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
      page.drawImage(png, { x: 0, y: 0, width: PAGE_WIDTH, height: PAGE_HEIGHT });
    }
    return await scan.save();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A text PDF whose last page was replaced by its scan (an exported agreement with the signed
 * last page scanned back in): every page has a text layer but the last, which is an image.
 */
export async function makePdfWithScannedLastPage(pdfBytes: Uint8Array): Promise<Uint8Array> {
  const text = await PDFDocument.load(pdfBytes);
  const scan = await PDFDocument.load(await makeScannedPdf(pdfBytes));
  const out = await PDFDocument.create();
  const last = text.getPageCount() - 1;
  const pages = await out.copyPages(text, text.getPageIndices().slice(0, last));
  for (const page of pages) out.addPage(page);
  const [scanned] = await out.copyPages(scan, [last]);
  out.addPage(scanned!);
  return out.save();
}
