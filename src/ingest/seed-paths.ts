import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { documentNumberKey, partiesAndDateKey } from '../domain/identity.js';
import { dropFullTextIndexesForFirstBuild } from '../graph/apply-schema.js';
import type { GraphDatabase } from '../graph/driver.js';
import type { AgreementLoadStatus } from '../graph/write/agreement-rows.js';
import { findAgreementKeysByContentHashes } from '../graph/write/find-loaded-agreements.js';
import { INTAKE_EXTENSIONS } from '../intake/read-document.js';
import { chooseFolderVersions, type FolderDocument } from './choose-folder-versions.js';
import {
  AgreementLoadError,
  documentInput,
  type AgreementInput,
  type DeferredAgreementInput,
} from './load-agreement.js';
import {
  loadAgreementsInBulk,
  type BulkLoadOptions,
  type BulkLoadOutcome,
  type ParsedAgreementInput,
} from './load-agreements-in-bulk.js';
import { createParsePool, type ParsePool } from './parse-pool.js';

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

export interface SeedOptions extends Omit<BulkLoadOptions, 'onOutcome' | 'parsePool'> {
  readonly onProgress?: (progress: SeedProgress) => void;
  /**
   * Threads that parse the texts (worker threads, src/ingest/parse-pool.ts); 1, the default,
   * parses in this thread. `npm start` and `npm run seed` pass PARSE_WORKERS.
   */
  readonly parseWorkers?: number;
  /** Characters of text whose parse is held from the version decision to the load (default HELD_PARSED_TEXT_CHARS). */
  readonly heldParsedTextChars?: number;
  /**
   * No one else reads the database during this seed: this process started it and does not serve
   * yet (`npm start` before it listens, `npm run seed` with its own Neo4j, the bench). A first
   * build into an empty graph then creates the full-text indexes once, after the load, instead
   * of updating them with every write (dropFullTextIndexesForFirstBuild). Default false.
   */
  readonly ownsDatabase?: boolean;
  /** Called when the load is written and the full-text indexes are being built (a first build only). */
  readonly onBuildingFullText?: () => void;
}

/**
 * How much parsed text seedPaths keeps between deciding versions and loading: a parsed agreement
 * takes about 5 times its text in memory (57 MB per 1,000 generated 11 KB texts), so 150 M
 * characters hold about 13,000 such texts in some 750 MB. Past it, a text file is read and parsed
 * again when its batch is loaded, as it was before, so a 100,000-file seed still fits the heap.
 */
export const HELD_PARSED_TEXT_CHARS = 150_000_000;

/** Files read, hashed and looked up per step of the version decision: bounds the bytes held at once. */
const DECIDE_CHUNK = 250;

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
 * or OCR for a file seen before. Each file is read once and each new one parsed once (the parse
 * that decides versions is the one loaded), up to HELD_PARSED_TEXT_CHARS of text.
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
  const {
    parseWorkers = 1,
    heldParsedTextChars = HELD_PARSED_TEXT_CHARS,
    ownsDatabase = false,
    onBuildingFullText,
    ...loadOptions
  } = options;
  const { files, skipped } = await listSeedInputs(paths);
  const results: SeedFileResult[] = [];
  const report = (result: SeedFileResult) => {
    results.push(result);
    options.onProgress?.({ done: results.length, total: files.length, result });
  };
  const parsePool = createParsePool(parseWorkers);
  let choice: ReturnType<typeof chooseFolderVersions>;
  try {
    const decided = await decideVersions(db, files, parsePool, heldParsedTextChars);
    choice = decided.choice;
    const { early } = decided;
    const toLoad = files.filter((f) => !choice.superseded.has(f));
    const buildFullText =
      ownsDatabase && toLoad.length > 0 ? await dropFullTextIndexesForFirstBuild(db) : null;
    try {
      await loadAgreementsInBulk(
        db,
        toLoad.length,
        async (i) => {
          const file = toLoad[i]!;
          const known = early.get(file);
          // Handed on once: the loader keeps rows, not the parse, so the memory goes with its batch.
          early.delete(file);
          if (known instanceof Error) throw known;
          if (!known) throw new Error(`${file}: not read before loading (a bug in seedPaths)`);
          return known;
        },
        {
          ...loadOptions,
          parsePool,
          onOutcome: (i, outcome) => report(seedFileResult(toLoad[i]!, outcome)),
        },
      );
    } finally {
      // Also after a failed load: what it committed is searchable, as it would have been.
      if (buildFullText) {
        onBuildingFullText?.();
        await buildFullText();
      }
    }
  } finally {
    await parsePool.close();
  }
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
 * Reads what identifies each file as a version: the graph's keys for files already loaded, a
 * parse for the others. Reads each file once, in chunks (hash, one lookup per chunk, then the
 * new texts parsed together, in parallel when the pool has workers), and keeps by file what the
 * load needs so it reads and parses nothing again: the parsed agreement with its text (up to
 * `heldChars` of text; past it, a text file is deferred: read and parsed again at load), a PDF's
 * extracted text (extraction and OCR are slow), the hash alone for a file already loaded, or the
 * error, reported when the file's turn comes.
 */
async function decideVersions(
  db: GraphDatabase,
  files: readonly string[],
  parsePool: ParsePool,
  heldChars: number,
) {
  const early = new Map<string, Error | ParsedAgreementInput | AgreementInput | DeferredAgreementInput>();
  const docs: FolderDocument[] = [];
  let held = 0;
  for (let start = 0; start < files.length; start += DECIDE_CHUNK) {
    const chunk: { file: string; name: string; doc: DeferredAgreementInput }[] = [];
    for (const file of files.slice(start, start + DECIDE_CHUNK)) {
      const name = path.basename(file);
      try {
        chunk.push({ file, name, doc: documentInput(await readFile(file), name) });
      } catch (error) {
        early.set(file, error as Error);
      }
    }
    const loaded = await findAgreementKeysByContentHashes(
      db,
      chunk.map((c) => c.doc.contentHash),
    );
    const reads: { file: string; name: string; contentHash: string; input: AgreementInput }[] = [];
    for (const { file, name, doc } of chunk) {
      const { contentHash } = doc;
      const stored = loaded.get(contentHash);
      if (stored) {
        const label = stored.numbers[0] ?? (stored.partiesDateKey ? 'the same parties and date' : name);
        docs.push({ file, name, contentHash, ...stored, ...identifyingNumbers(stored.numberKeys), label });
        early.set(file, rereadLater(file, name, contentHash));
        continue;
      }
      try {
        reads.push({ file, name, contentHash, input: await doc.read() });
      } catch (error) {
        early.set(file, error instanceof Error ? error : new Error(String(error)));
      }
    }
    const parsed = await parsePool.parseAll(reads.map((r) => r.input));
    reads.forEach(({ file, name, contentHash, input }, i) => {
      const outcome = parsed[i]!;
      if (!outcome.ok) {
        early.set(file, outcome.error);
        return;
      }
      const { agreement } = outcome;
      docs.push({
        file,
        name,
        contentHash,
        ...identifyingNumbers(agreement.numbers.map(documentNumberKey)),
        partiesDateKey: partiesAndDateKey(agreement),
        signedOn: agreement.signedOn,
        label: agreement.numbers.find((n) => documentNumberKey(n) !== '') ?? 'the same parties and date',
      });
      if (held + input.text.length <= heldChars) {
        held += input.text.length;
        early.set(file, { contentHash, input, agreement });
      } else if (input.provenance?.mediaType === 'application/pdf') {
        early.set(file, input);
      } else {
        early.set(file, rereadLater(file, name, contentHash));
      }
    });
  }
  return { early, choice: chooseFolderVersions(docs) };
}

/** A file known by its hash, read again only if the load needs its text (see DeferredAgreementInput). */
function rereadLater(file: string, name: string, contentHash: string): DeferredAgreementInput {
  return {
    sourceName: name,
    contentHash,
    read: async () => documentInput(await readFile(file), name).read(),
  };
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
