import type { GraphDatabase } from '../driver.js';
import { readOnePerKey } from './batch.js';
import type { SpanRecord } from './records.js';

/** A warning stored with an agreement: what the intake or the parser found doubtful, and where. */
export interface AgreementWarningRecord {
  readonly code: string;
  readonly message: string;
  readonly span: SpanRecord | null;
}

/**
 * Each agreement's stored warnings with the page starts of its source, so a span maps to a page.
 * Agreements stored before warnings kept their details have only the "CODE: message" lines.
 */
export const WARNINGS_OF_AGREEMENTS = `
UNWIND $keys AS key
MATCH (a:Agreement {id: key})
OPTIONAL MATCH (a)-[:FROM_SOURCE]->(s:SourceDocument)
RETURN key, {details: a.warningDetails, lines: coalesce(a.warnings, []), pageStarts: s.pageStarts} AS value`;

interface StoredWarnings {
  readonly details: string | null;
  readonly lines: string[];
  readonly pageStarts: number[] | null;
}

interface StoredDetail {
  readonly code: string;
  readonly message: string;
  readonly span: [number, number] | null;
}

export async function warningsOfAgreements(
  db: GraphDatabase,
  ids: readonly string[],
): Promise<AgreementWarningRecord[][]> {
  const stored = await readOnePerKey<StoredWarnings>(db, WARNINGS_OF_AGREEMENTS, ids);
  return stored.map((s) => (s ? decodeWarnings(s) : []));
}

/** The stored JSON details when present, else the plain lines split at their first ": ". */
export function decodeWarnings(stored: StoredWarnings): AgreementWarningRecord[] {
  if (stored.details) {
    return (JSON.parse(stored.details) as StoredDetail[]).map((w) => ({
      code: w.code,
      message: w.message,
      span: w.span ? { start: w.span[0], end: w.span[1], page: pageAt(stored.pageStarts, w.span[0]) } : null,
    }));
  }
  return stored.lines.map((line) => {
    const at = line.indexOf(': ');
    return at > 0
      ? { code: line.slice(0, at), message: line.slice(at + 2), span: null }
      : { code: 'WARNING', message: line, span: null };
  });
}

/** The 1-based page an offset falls on (as spanProjection computes it in Cypher), null without pages. */
function pageAt(pageStarts: readonly number[] | null, offset: number): number | null {
  if (!pageStarts) return null;
  return pageStarts.filter((start) => start <= offset).length;
}
