import type { Agreement } from '../domain/agreement.js';
import type { AgreementLoadStatus } from '../graph/agreement-graph-rows.js';
import type { GraphDatabase } from '../graph/driver.js';
import { saveAgreementGraph, type SaveAgreementOptions } from '../graph/save-agreement-graph.js';
import { prepareAgreementRows, storedWarnings, type SourceInfo } from './prepare-agreement-rows.js';

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
  const rows = prepareAgreementRows(agreement, source);
  const saved = await saveAgreementGraph(db, rows, options);
  return {
    status: saved.status,
    agreementId: saved.agreementId,
    warnings: [...storedWarnings(agreement, source).map((w) => `${w.code}: ${w.message}`), ...saved.notes],
  };
}
