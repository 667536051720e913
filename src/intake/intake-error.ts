/** Why a file could not be turned into agreement text. */
export type IntakeErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_UTF8'
  | 'BAD_PDF'
  | 'ENCRYPTED_PDF'
  | 'EMPTY_DOCUMENT'
  | 'OCR_UNAVAILABLE'
  | 'OCR_FAILED';

/**
 * A file that could not be read as text: the message says what was wrong and what to do
 * ("… OCR needs Tesseract: sudo apt-get install …"), so a CLI can print it as one line.
 */
export class IntakeError extends Error {
  override readonly name = 'IntakeError';
  constructor(
    readonly code: IntakeErrorCode,
    readonly sourceName: string,
    /** What was wrong and what to do, without the file name. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${sourceName}: ${reason}`, options);
  }
}
