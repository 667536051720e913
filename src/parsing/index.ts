/** Public API of the parser: agreement text in, structured Agreement out. Pure, no I/O. */
export { parseAgreement } from './parse-agreement.js';
export { AgreementParseError } from './agreement-parse-error.js';
export type { AgreementParseErrorCode } from './agreement-parse-error.js';
export { institutionKey, officialKey, instrumentKey, codeKey, normaliseWords } from './identity.js';
export type { InstrumentIdentity } from './identity.js';
export { cleanText, foldText } from './clean-text.js';
export type { CleanText } from './clean-text.js';
export { resolveAgency } from './resolve-agency.js';
export { splitHonorifics } from './split-honorifics.js';
