/** The formats an agreement text arrives in (see src/intake). */
export type DocumentMediaType = 'application/pdf' | 'text/plain' | 'text/markdown';

/** Where an agreement text came from, kept with the stored source. */
export interface DocumentProvenance {
  /** SHA-256 (hex) of the file's bytes as received: the same file is recognised as unchanged. */
  readonly sha256: string;
  readonly mediaType: DocumentMediaType;
  /** Pages of a PDF; null for a text file. */
  readonly pageCount: number | null;
  /** 1-based pages read by OCR (scans); empty when none was. */
  readonly ocrPages: readonly number[];
  /** Offset in the extracted text at which each page begins (page 1 at 0); null for a text file. */
  readonly pageStarts: readonly number[] | null;
}
