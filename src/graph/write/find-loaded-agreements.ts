import type { GraphDatabase } from '../driver.js';
import type { AgreementGraphRows } from './agreement-rows.js';
import type { BatchLookups } from './plan-agreement-batch.js';
import {
  FIND_AGREEMENT_BY_CONTENT_HASH,
  FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES,
  FIND_AGREEMENTS_BY_CONTENT_HASHES,
  FIND_BATCH_CANDIDATE_KEYS,
} from './write-statements.js';

/**
 * What the graph already holds for documents about to be loaded, each one read (db.read):
 * the texts already loaded (found by their sha256, so they are not even parsed again) and
 * the identity keys a batch of new documents shares with loaded agreements.
 */

/** The loaded agreement whose text has this sha256, if any: a re-load can stop here without parsing. */
export async function findAgreementIdByContentHash(
  db: GraphDatabase,
  contentHash: string,
): Promise<string | null> {
  const [row] = await db.read<{ id: string }>(FIND_AGREEMENT_BY_CONTENT_HASH, { contentHash });
  return row?.id ?? null;
}

/** For each sha256 given, the loaded agreement read from exactly that text: one read for a whole batch. */
export async function findAgreementIdsByContentHashes(
  db: GraphDatabase,
  contentHashes: readonly string[],
): Promise<Map<string, string>> {
  if (contentHashes.length === 0) return new Map();
  const rows = await db.read<{ contentHash: string; id: string }>(FIND_AGREEMENTS_BY_CONTENT_HASHES, {
    contentHashes: [...new Set(contentHashes)],
  });
  return new Map(rows.map((r) => [r.contentHash, r.id]));
}

/** What identifies a loaded agreement as a version: its keys, signing date and numbers. */
export interface LoadedAgreementKeys {
  readonly numbersKey: string | null;
  readonly numberKeys: readonly string[];
  readonly partiesDateKey: string | null;
  readonly signedOn: string | null;
  readonly numbers: readonly string[];
}

/** For each sha256 given that is loaded, the identity keys of its agreement: one read. */
export async function findAgreementKeysByContentHashes(
  db: GraphDatabase,
  contentHashes: readonly string[],
): Promise<Map<string, LoadedAgreementKeys>> {
  if (contentHashes.length === 0) return new Map();
  const rows = await db.read<LoadedAgreementKeys & { contentHash: string }>(
    FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES,
    { contentHashes: [...new Set(contentHashes)] },
  );
  return new Map(
    rows.map((r) => [
      r.contentHash,
      {
        numbersKey: r.numbersKey,
        numberKeys: r.numberKeys,
        partiesDateKey: r.partiesDateKey,
        signedOn: r.signedOn,
        numbers: r.numbers,
      },
    ]),
  );
}

/** Which identity keys of a batch the graph already holds, in one read. */
export async function lookupBatchKeys(
  db: GraphDatabase,
  docs: readonly AgreementGraphRows[],
): Promise<BatchLookups> {
  const present = <T>(xs: readonly (T | null)[]) => [...new Set(xs.filter((x): x is T => x !== null))];
  const params = {
    numbersKeys: present(docs.map((d) => d.agreement.numbersKey)),
    partiesDateKeys: present(docs.map((d) => d.agreement.partiesDateKey)),
    targetNumbersKeys: present(docs.map((d) => d.implements?.numbersKey ?? null)),
  };
  const lookups = {
    numbersKeys: new Set<string>(),
    partiesDateKeys: new Set<string>(),
    targets: new Map<string, string>(),
  };
  if (docs.length === 0) return lookups;
  const rows = await db.read<{ via: 'NUMBERS' | 'PARTIES_AND_DATE' | 'TARGET'; key: string; id: unknown }>(
    FIND_BATCH_CANDIDATE_KEYS,
    params,
  );
  for (const r of rows) {
    if (r.via === 'NUMBERS') lookups.numbersKeys.add(r.key);
    else if (r.via === 'PARTIES_AND_DATE') lookups.partiesDateKeys.add(r.key);
    else if (typeof r.id === 'string') lookups.targets.set(r.key, r.id);
  }
  return lookups;
}
