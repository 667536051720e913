import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { missingOcrTools } from './find-ocr-tools.js';
import { IntakeError } from './intake-error.js';

const run = promisify(execFile);

/**
 * Page images at 300 dpi: 10-pt type is then about 40 pixels tall, well inside what Tesseract
 * reads reliably (its accuracy falls off below roughly 20-pixel capitals).
 */
export const OCR_DPI = 300;

/** Longest any one page may take (render or recognise) before the document is refused. */
const PAGE_TIMEOUT_MS = 120_000;

let queue: Promise<unknown> = Promise.resolve();

/**
 * One document's OCR at a time in this process: each Tesseract run takes a core at full load,
 * so two uploads of scans at once would both slow down and starve the API's other requests.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Reads the given pages of a scanned PDF with OCR: poppler's pdftoppm renders each page to a
 * greyscale image, Tesseract reads it with its Indonesian model. Pages run one after another
 * (OCR takes a core at full load). Returns each page's lines, by page number.
 */
export async function ocrPdfPages(
  bytes: Uint8Array,
  name: string,
  pageNumbers: readonly number[],
): Promise<Map<number, string[]>> {
  const missing = await missingOcrTools();
  if (missing) {
    throw new IntakeError(
      'OCR_UNAVAILABLE',
      name,
      `scanned PDF (${pageNumbers.length} page(s) without a text layer): reading it needs OCR, but ${missing}`,
    );
  }
  return oneAtATime(() => renderAndRead(bytes, name, pageNumbers));
}

async function renderAndRead(
  bytes: Uint8Array,
  name: string,
  pageNumbers: readonly number[],
): Promise<Map<number, string[]>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'perjanjian-ocr-'));
  try {
    const pdfPath = path.join(dir, 'document.pdf');
    await writeFile(pdfPath, bytes);
    const out = new Map<number, string[]>();
    for (const n of pageNumbers) {
      const prefix = path.join(dir, `page-${n}`);
      try {
        await run(
          'pdftoppm',
          [
            '-r',
            String(OCR_DPI),
            '-gray',
            '-png',
            '-f',
            String(n),
            '-l',
            String(n),
            '-singlefile',
            pdfPath,
            prefix,
          ],
          { timeout: PAGE_TIMEOUT_MS },
        );
        const { stdout } = await run('tesseract', [`${prefix}.png`, 'stdout', '-l', 'ind', '--psm', '3'], {
          timeout: PAGE_TIMEOUT_MS,
          maxBuffer: 16 * 1024 * 1024,
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        out.set(
          n,
          stdout
            .replace(/\f/g, '')
            .split('\n')
            .map((l) => l.replace(/\s+/g, ' ').trim()),
        );
      } catch (error) {
        throw new IntakeError('OCR_FAILED', name, `OCR of page ${n} failed (${(error as Error).message})`, {
          cause: error,
        });
      }
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
