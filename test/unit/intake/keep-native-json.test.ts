/**
 * pdf.js's legacy build installs core-js polyfills when it loads (its main module, and its
 * worker module at the first PDF read): on Node 20 they replace JSON.stringify and JSON.parse
 * for the whole process, stringify about 17 times slower, and Array.prototype.push. The intake puts V8's back
 * (keep-native-json.ts). Checked in a fresh Node process running the compiled intake (dist/),
 * because a test worker may have loaded pdf.js before this file and then nothing would be native
 * to compare with.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/server/config.js';
import { buildDist } from '../../helpers/build-dist.js';

const root = projectRoot();

beforeAll(() => {
  buildDist();
}, 300_000);

/** Runs `body` in a fresh Node process after `JSON` is captured; prints what it checks as JSON. */
function inFreshProcess(body: string): Record<string, unknown> {
  const script = `
const nativeStringify = JSON.stringify;
const nativeParse = JSON.parse;
const nativePush = Array.prototype.push;
const same = () => ({
  stringify: JSON.stringify === nativeStringify,
  parse: JSON.parse === nativeParse,
  push: Array.prototype.push === nativePush,
});
${body}`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`child process failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

describe('JSON and Array.prototype.push stay V8s own when pdf.js is loaded', () => {
  // Each runs a fresh Node process (a second or two, far more on a loaded machine).
  it(
    'pdf.js itself replaces JSON.stringify, JSON.parse and push (what the intake guards against)',
    { timeout: 60_000 },
    () => {
      const seen = inFreshProcess(`
await import('pdfjs-dist/legacy/build/pdf.mjs');
process.stdout.write(nativeStringify(same()));`);
      expect(seen).toEqual({ stringify: false, parse: false, push: false });
    },
  );

  it(
    'after importing the intake and after reading a PDF, all three are the native functions',
    { timeout: 60_000 },
    () => {
      const seen = inFreshProcess(`
const { readDocument } = await import(${JSON.stringify(path.join(root, 'dist/intake/read-document.js'))});
const afterImport = same();
const { PDFDocument, StandardFonts } = await import('pdf-lib');
const pdf = await PDFDocument.create();
const font = await pdf.embedFont(StandardFonts.Helvetica);
pdf.addPage().drawText('PERJANJIAN KERJA SAMA', { x: 50, y: 700, font, size: 10 });
const doc = await readDocument(await pdf.save(), 'sample.pdf');
process.stdout.write(nativeStringify({ afterImport, afterRead: same(), text: doc.text.trim() }));`);
      expect(seen).toEqual({
        afterImport: { stringify: true, parse: true, push: true },
        afterRead: { stringify: true, parse: true, push: true },
        text: 'PERJANJIAN KERJA SAMA',
      });
    },
  );
});
