import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AgreementLoadStatus } from '../graph/agreement-graph-rows.js';
import type { GraphDatabase } from '../graph/driver.js';
import type { SaveAgreementOptions } from '../graph/save-agreement-graph.js';
import { AgreementLoadError, loadAgreement } from './load-agreement.js';

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

export interface SeedOptions extends SaveAgreementOptions {
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
 * Loads every agreement text under `paths`, each in its own transaction. A file that cannot be
 * read or parsed, or whose load fails, is reported and skipped; the rest still load.
 */
export async function seedPaths(
  db: GraphDatabase,
  paths: readonly string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const files = await listSeedFiles(paths);
  const results: SeedFileResult[] = [];
  for (const file of files) {
    const result = await seedFile(db, file, options);
    results.push(result);
    options.onProgress?.({ done: results.length, total: files.length, result });
  }
  const count = (s: SeedFileResult['status']) => results.filter((r) => r.status === s).length;
  return {
    files: results,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    failed: count('FAILED'),
  };
}

async function seedFile(
  db: GraphDatabase,
  file: string,
  options: SaveAgreementOptions,
): Promise<SeedFileResult> {
  try {
    const text = await readFile(file, 'utf8');
    const loaded = await loadAgreement(db, { text, sourceName: path.basename(file) }, options);
    return {
      file,
      status: loaded.status,
      agreementId: loaded.agreementId,
      warnings: loaded.warnings,
      reason: null,
    };
  } catch (error) {
    const reason =
      error instanceof AgreementLoadError
        ? `${error.code}: ${error.reason}`
        : error instanceof Error
          ? error.message
          : String(error);
    return { file, status: 'FAILED', agreementId: null, warnings: [], reason };
  }
}
