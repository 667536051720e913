/**
 * `npm run --silent parse -- FILE...`: prints each file's structured agreement as JSON on
 * stdout (one object for one file, an array for several), warnings included. A file that
 * cannot be read as an agreement is reported on stderr as `FILE: reason`, and the exit code
 * is 1 when any file failed (the others are still printed).
 */
import { readFile } from 'node:fs/promises';

import type { Agreement } from '../domain/agreement.js';
import { AgreementParseError, parseAgreement } from '../parsing/index.js';
import { exitWithHelpIfAsked, PARSE_USAGE } from './help.js';

interface FileResult {
  readonly file: string;
  readonly agreement: Agreement | null;
  readonly error: string | null;
}

async function parseFile(file: string): Promise<FileResult> {
  let text: string;
  try {
    const bytes = await readFile(file);
    text = bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    return { file, agreement: null, error: reason };
  }
  try {
    return { file, agreement: parseAgreement(text), error: null };
  } catch (err) {
    if (err instanceof AgreementParseError) return { file, agreement: null, error: err.message };
    throw err;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  exitWithHelpIfAsked(files, PARSE_USAGE);
  if (files.length === 0) {
    process.stderr.write(PARSE_USAGE);
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of files) results.push(await parseFile(file));
  for (const r of results) if (r.error) process.stderr.write(`${r.file}: ${r.error}\n`);
  const ok = results.filter((r) => r.agreement !== null).map((r) => ({ file: r.file, ...r.agreement! }));
  if (files.length === 1) {
    if (ok[0]) process.stdout.write(`${JSON.stringify(ok[0], null, 2)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(ok, null, 2)}\n`);
  }
  return results.some((r) => r.error) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parse: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
