/**
 * The task a parse worker thread runs (src/ingest/parse-pool.ts). It imports the parser only (no
 * driver, no graph code), so a worker starts in tens of milliseconds. Everything it returns
 * crosses the thread boundary by structured clone, so it returns plain data: the Agreement
 * (strings, numbers, booleans, null, arrays and plain objects, no Date, Map or class instance),
 * or what the main thread needs to rebuild the same error the in-process parse throws.
 */
import type { Agreement } from '../domain/agreement.js';
import { AgreementParseError, parseAgreement } from '../parsing/index.js';
import type { AgreementParseErrorCode } from '../parsing/index.js';

export type WorkerParseResult =
  | { readonly ok: true; readonly agreement: Agreement }
  /** The parser refused the text: rebuilt as the same AgreementParseError on the main thread. */
  | {
      readonly ok: false;
      readonly parseError: { readonly code: AgreementParseErrorCode; readonly message: string };
    }
  /** Anything else (a bug): its name, message and stack, rebuilt as an Error. */
  | {
      readonly ok: false;
      readonly failure: { readonly name: string; readonly message: string; readonly stack: string | null };
    };

export function parseInWorker(text: string): WorkerParseResult {
  try {
    return { ok: true, agreement: parseAgreement(text) };
  } catch (error) {
    if (error instanceof AgreementParseError) {
      return { ok: false, parseError: { code: error.code, message: error.message } };
    }
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, failure: { name: e.name, message: e.message, stack: e.stack ?? null } };
  }
}
