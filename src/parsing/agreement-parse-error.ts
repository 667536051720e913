/** Why a text could not be read as an agreement at all. */
export type AgreementParseErrorCode =
  'EMPTY_INPUT' | 'BINARY_INPUT' | 'NOT_AN_AGREEMENT' | 'INVALID_INPUT' | 'INTERNAL_ERROR';

/**
 * The only error parseAgreement throws. The message is written for the person who gave us
 * the file ("no parties found: is this an agreement?"); `code` is for programs.
 */
export class AgreementParseError extends Error {
  readonly code: AgreementParseErrorCode;

  constructor(code: AgreementParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgreementParseError';
    this.code = code;
  }
}
