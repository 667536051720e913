import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { documentNumberKey, partiesAndDateKey } from '../domain/identity.js';
import type { GraphDatabase } from '../graph/driver.js';
import type { AgreementLoadStatus } from '../graph/write/agreement-rows.js';
import { findAgreementKeysByContentHashes } from '../graph/write/find-loaded-agreements.js';
import { INTAKE_EXTENSIONS } from '../intake/read-document.js';
import { chooseFolderVersions, type FolderDocument } from './choose-folder-versions.js';
import {
  AgreementLoadError,
  documentInput,
  parseForLoading,
  type AgreementInput,
  type DeferredAgreementInput,
} from './load-agreement.js';
import {
  loadAgreementsInBulk,
  type BulkLoadOptions,
  type BulkLoadOutcome,
} from './load-agreements-in-bulk.js';

export interface SeedFileResult {
  readonly file: string;
  /** SUPERSEDED: another file of the same run is a later version of the same agreement (see `reason`). */
  readonly status: AgreementLoadStatus | 'FAILED' | 'SUPERSEDED';
  readonly agreementId: string | null;
  readonly warnings: readonly string[];
  /** Why the file failed ("NOT_AN_AGREEMENT: no parties found …") or was superseded; null when it loaded. */
  readonly reason: string | null;
}

export interface SeedProgress {
  readonly done: number;
  readonly total: number;
  readonly result: SeedFileResult;
}

export interface SeedSummary {
  readonly files: readonly SeedFileResult[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Files not loaded because a later version of the same agreement is in the run. */
  readonly superseded: number;
  /** Each clash between versions in the run, as one sentence naming the files and the one kept. */
  readonly clashes: readonly string[];
  /** Files in the given folders that are not agreement documents, and why (never loaded). */
  readonly skipped: readonly SkippedFile[];
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface SeedOptions extends Omit<BulkLoadOptions, 'onOutcome'> {
  readonly onProgress?: (progress: SeedProgress) => void;
}

/** The agreement documents under the given paths: a directory gives its *.txt, *.md and *.pdf files, sorted by name. */
export async function listSeedFiles(paths: readonly string[]): Promise<string[]> {
  return (await listSeedInputs(paths)).files;
}

/**
 * The documents under the given paths, and the other entries of the given folders with why
 * each is left out (a folder seed takes PDF, .txt and .md files; subfolders are not entered).
 * A path named explicitly is always taken: if it cannot be read, the load says why.
 */
export async function listSeedInputs(
  paths: readonly string[],
): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) {
      files.push(p); // reported as a failure by seedPaths, with the reason
    } else if (info.isDirectory()) {
      for (const entry of (await readdir(p, { withFileTypes: true })).sort((a, b) =>
        a.name < b.name ? -1 : 1,
      )) {
        const file = path.join(p, entry.name);
        const ext = path.extname(entry.name).toLowerCase();
        if (entry.isDirectory()) {
          skipped.push({ file, reason: 'a folder: subfolders are not seeded (name it to seed it)' });
        } else if (entry.name.startsWith('.')) {
          skipped.push({ file, reason: 'a hidden file' });
        } else if ((INTAKE_EXTENSIONS as readonly string[]).includes(ext)) {
          files.push(file);
        } else {
          skipped.push({
            file,
            reason: `not an agreement document (${ext || 'no extension'}): a folder seed reads ${INTAKE_EXTENSIONS.join(', ')}`,
          });
        }
      }
    } else {
      files.push(p);
    }
  }
  return { files, skipped };
}

/**
 * Loads every agreement document under `paths` with the same outcome as loading each file
 * alone, in order, but many new agreements per transaction (loadAgreementsInBulk). A file that
 * cannot be read or parsed, or whose load fails, is reported and skipped; the rest still load.
 * Files already loaded (by the SHA-256 of their bytes) are not read again: no PDF extraction
 * or OCR for a file seen before.
 *
 * Two files of the run that are versions of one agreement (same numbers, or same parties and
 * date) are decided before anything is written (chooseFolderVersions: the later signing date
 * wins, then the later file name): the other is SUPERSEDED and the clash is reported, so the
 * same folder stores the same version on every run.
 */
export async function seedPaths(
  db: GraphDatabase,
  paths: readonly string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const { files, skipped } = await listSeedInputs(paths);
  const { early, choice } = await decideVersions(db, files);
  const toLoad = files.filter((f) => !choice.superseded.has(f));
  const results: SeedFileResult[] = [];
  const report = (result: SeedFileResult) => {
    results.push(result);
    options.onProgress?.({ done: results.length, total: files.length, result });
  };
  await loadAgreementsInBulk(
    db,
    toLoad.length,
    async (i): Promise<AgreementInput | DeferredAgreementInput> => {
      const file = toLoad[i]!;
      const known = early.get(file);
      if (known instanceof Error) throw known;
      if (known) return known;
      return documentInput(await readFile(file), path.basename(file));
    },
    {
      ...options,
      onOutcome: (i, outcome) => report(seedFileResult(toLoad[i]!, outcome)),
    },
  );
  for (const file of files) {
    const clash = choice.superseded.get(file);
    if (clash) report({ file, status: 'SUPERSEDED', agreementId: null, warnings: [], reason: clash.message });
  }
  const count = (s: SeedFileResult['status']) => results.filter((r) => r.status === s).length;
  return {
    files: results,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    failed: count('FAILED'),
    superseded: count('SUPERSEDED'),
    clashes: choice.clashes.map((c) => c.message),
    skipped,
  };
}

/**
 * Reads what identifies each file as a version: the graph's keys for files already loaded (one
 * read), a parse for the others. Keeps, by file, what the load must not redo: a PDF's extracted
 * text (extraction and OCR are slow) and any error (reported when the file's turn comes).
 * Text files are read and parsed again at load time rather than held in memory.
 */
async function decideVersions(db: GraphDatabase, files: readonly string[]) {
  const early = new Map<string, AgreementInput | Error>();
  const hashes = new Map<string, string>();
  for (const file of files) {
    try {
      hashes.set(file, documentInput(await readFile(file), path.basename(file)).contentHash);
    } catch (error) {
      early.set(file, error as Error);
    }
  }
  const loaded = await findAgreementKeysByContentHashes(db, [...hashes.values()]);
  const docs: FolderDocument[] = [];
  for (const [file, contentHash] of hashes) {
    const name = path.basename(file);
    const stored = loaded.get(contentHash);
    if (stored) {
      const label = stored.numbers[0] ?? (stored.partiesDateKey ? 'the same parties and date' : name);
      docs.push({ file, name, contentHash, ...stored, ...identifyingNumbers(stored.numberKeys), label });
      continue;
    }
    try {
      const input = await documentInput(await readFile(file), name).read();
      const agreement = parseForLoading(input);
      if (input.provenance?.mediaType === 'application/pdf') early.set(file, input);
      docs.push({
        file,
        name,
        contentHash,
        ...identifyingNumbers(agreement.numbers.map(documentNumberKey)),
        partiesDateKey: partiesAndDateKey(agreement),
        signedOn: agreement.signedOn,
        label: agreement.numbers.find((n) => documentNumberKey(n) !== '') ?? 'the same parties and date',
      });
    } catch (error) {
      early.set(file, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return { early, choice: chooseFolderVersions(docs) };
}

/**
 * The numbers that can tell two files apart: a "number" without a digit ("NOMOR", "No.", a
 * dotted placeholder in a draft) identifies nothing, and two drafts sharing one are not versions.
 */
function identifyingNumbers(keys: readonly string[]): { numbersKey: string | null; numberKeys: string[] } {
  const numberKeys = [...new Set(keys.filter((k) => /\d/.test(k)))].sort();
  return { numbersKey: numberKeys.length ? numberKeys.join(' + ') : null, numberKeys };
}

function seedFileResult(file: string, outcome: BulkLoadOutcome): SeedFileResult {
  if (outcome.ok) {
    const { status, agreementId, warnings } = outcome.result;
    return { file, status, agreementId, warnings, reason: null };
  }
  const { error } = outcome;
  const reason =
    error instanceof AgreementLoadError
      ? `${error.code}: ${error.reason}`
      : error instanceof Error
        ? error.message
        : String(error);
  return { file, status: 'FAILED', agreementId: null, warnings: [], reason };
}
