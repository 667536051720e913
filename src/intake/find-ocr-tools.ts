import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The one command that installs what OCR needs on Debian/Ubuntu (what `.ci/run` runs as root). */
export const OCR_INSTALL_COMMAND = 'sudo apt-get install -y tesseract-ocr tesseract-ocr-ind poppler-utils';

const checked = new Map<string, Promise<string | null>>();

/**
 * Null when OCR can run here (pdftoppm, and tesseract with its Indonesian model), else one line
 * saying what is missing and the command that installs it. Checked once per PATH.
 */
export function missingOcrTools(): Promise<string | null> {
  const key = process.env.PATH ?? '';
  let result = checked.get(key);
  if (!result) {
    result = check();
    checked.set(key, result);
  }
  return result;
}

async function check(): Promise<string | null> {
  const missing: string[] = [];
  const langs = await run('tesseract', ['--list-langs'], { timeout: 10_000 }).then(
    (r) => `${r.stdout}\n${r.stderr}`,
    () => null,
  );
  if (langs === null) missing.push('tesseract');
  else if (!/^ind$/m.test(langs)) missing.push("tesseract's Indonesian model (tesseract-ocr-ind)");
  const pdftoppm = await run('pdftoppm', ['-v'], { timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  if (!pdftoppm) missing.push('pdftoppm (poppler-utils)');
  return missing.length
    ? `${missing.join(' and ')} not installed; install with: ${OCR_INSTALL_COMMAND}`
    : null;
}
