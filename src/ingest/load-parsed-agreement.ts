import type { Agreement } from '../domain/agreement.js';
import type { GraphDatabase } from '../graph/driver.js';
import type { AgreementLoadStatus } from '../graph/write/agreement-rows.js';
import { storedWarnings, type SourceInfo } from '../graph/write/agreement-source.js';
import { saveAgreement, type SaveAgreementOptions } from '../graph/write/save-agreement.js';

export interface LoadResult {
  readonly status: AgreementLoadStatus;
  readonly agreementId: string;
  /** Parser warnings ("CODE: message") and identity decisions the loader made. */
  readonly warnings: readonly string[];
}

/**
 * Loads an agreement that is already parsed (the step below loadAgreement; tests use it with
 * hand-made agreements). One transaction: all of it or none of it.
 */
export async function loadParsedAgreement(
  db: GraphDatabase,
  agreement: Agreement,
  source: SourceInfo,
  options: SaveAgreementOptions = {},
): Promise<LoadResult> {
  const saved = await saveAgreement(db, agreement, source, options);
  return {
    status: saved.status,
    agreementId: saved.agreementId,
    warnings: [...storedWarnings(agreement, source).map((w) => `${w.code}: ${w.message}`), ...saved.notes],
  };
}
