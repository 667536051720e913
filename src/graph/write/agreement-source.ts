import type { DocumentProvenance } from '../../domain/document-provenance.js';
import type { Agreement, ParseWarning } from '../../domain/agreement.js';

/** Where an agreement's text came from: stored as its SourceDocument, the text every span indexes into. */
export interface SourceInfo {
  /** The exact text that was parsed: every span indexes into it. */
  readonly text: string;
  /** File name or other label the user knows the document by. */
  readonly sourceName: string;
  /** ISO date-time; defaults to now. */
  readonly loadedAt?: string;
  /** The file the text was read from (PDF hash, pages, OCR); absent for a text given as text. */
  readonly provenance?: DocumentProvenance;
  /** What the intake noticed (OCR used, not UTF-8), stored with the parser's warnings. */
  readonly intakeNotes?: readonly { readonly code: string; readonly message: string }[];
}

/**
 * The warnings kept with an agreement, for a reviewer: the intake's (OCR used, not UTF-8)
 * first, then the parser's, each with the span of text it is about when there is one.
 */
export function storedWarnings(agreement: Agreement, source: SourceInfo): ParseWarning[] {
  return [
    ...(source.intakeNotes ?? []).map((n) => ({ code: n.code, message: n.message, span: null })),
    ...agreement.warnings,
  ];
}
