import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AgreementLoadStatus } from '../graph/agreement-graph-rows.js';
import type { GraphDatabase } from '../graph/driver.js';
import { AgreementLoadError } from './load-agreement.js';
import {
  loadAgreementsInBulk,
  type BulkLoadOptions,
  type BulkLoadOutcome,
} from './load-agreements-in-bulk.js';

export interface SeedFileResult {
  readonly file: string;
  readonly status: AgreementLoadStatus | 'FAILED';
  readonly agreementId: string | null;
  readonly warnings: readonly string[];
  /** Why the file failed ("NOT_AN_AGREEMENT: no parties found …"), null when it loaded. */
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
}

export interface SeedOptions extends Omit<BulkLoadOptions, 'onOutcome'> {
  readonly onProgress?: (progress: SeedProgress) => void;
}

/** The agreement texts under the given paths: a directory gives its *.txt and *.md files, sorted by name. */
export async function listSeedFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) {
      files.push(p); // reported as a failure by seedPaths, with the reason
    } else if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/**
 * Loads every agreement text under `paths` with the same outcome as loading each file alone,
 * in order, but many new agreements per transaction (loadAgreementsInBulk). A file that cannot
 * be read or parsed, or whose load fails, is reported and skipped; the rest still load. Texts
 * already loaded cost one read per batch and are not parsed.
 */
export async function seedPaths(
  db: GraphDatabase,
  paths: readonly string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const files = await listSeedFiles(paths);
  const results: SeedFileResult[] = [];
  await loadAgreementsInBulk(
    db,
    files.length,
    async (i) => {
      const file = files[i]!;
      return { text: await readFile(file, 'utf8'), sourceName: path.basename(file) };
    },
    {
      ...options,
      onOutcome: (i, outcome) => {
        const result = seedFileResult(files[i]!, outcome);
        results.push(result);
        options.onProgress?.({ done: results.length, total: files.length, result });
      },
    },
  );
  const count = (s: SeedFileResult['status']) => results.filter((r) => r.status === s).length;
  return {
    files: results,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    failed: count('FAILED'),
  };
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
