import type { Agreement } from '../domain/agreement.js';
import type { GraphDatabase } from '../graph/driver.js';
import { sha256 } from '../graph/graph-ids.js';
import { findAgreementIdByContentHash } from '../graph/write/find-loaded-agreements.js';
import type { SaveAgreementOptions } from '../graph/write/save-agreement.js';
import { IntakeError } from '../intake/intake-error.js';
import {
  readDocument,
  sha256OfBytes,
  type DocumentMediaType,
  type DocumentProvenance,
  type IntakeNote,
} from '../intake/read-document.js';
import { AgreementParseError, parseAgreement } from '../parsing/index.js';
import { loadParsedAgreement, type LoadResult } from './load-parsed-agreement.js';

export interface AgreementInput {
  readonly text: string;
  /** File name or label for the source document ("seed/003_….txt", "graphql:ingestAgreement"). */
  readonly sourceName: string;
  /** Where the text came from when it was read from a file (a PDF's hash, pages, OCR); absent for a bare text. */
  readonly provenance?: DocumentProvenance;
  /** What the intake noticed (OCR used, not UTF-8), stored with the parser's warnings. */
  readonly intakeNotes?: readonly IntakeNote[];
}

/**
 * A document whose text is read only when needed: its hash is known from its bytes, so a file
 * already loaded is UNCHANGED without extracting its text (no OCR of a scan seen before).
 */
export interface DeferredAgreementInput {
  readonly sourceName: string;
  readonly contentHash: string;
  read(): Promise<AgreementInput>;
}

/** The hash a document is recognised by: of the file's bytes when it came from a file, else of the text. */
export function contentHashOf(input: AgreementInput | DeferredAgreementInput): string {
  if ('read' in input) return input.contentHash;
  return input.provenance?.sha256 ?? sha256(input.text);
}

/** A file's bytes as a deferred input: hashed now, turned into text (PDF extraction, OCR) on read(). */
export function documentInput(
  bytes: Uint8Array,
  sourceName: string,
  declaredType?: DocumentMediaType,
): DeferredAgreementInput {
  return {
    sourceName,
    contentHash: sha256OfBytes(bytes),
    read: async () => {
      try {
        const doc = await readDocument(bytes, sourceName, declaredType);
        return { text: doc.text, sourceName, provenance: doc.provenance, intakeNotes: doc.notes };
      } catch (error) {
        if (error instanceof IntakeError) {
          throw new AgreementLoadError(error.code, sourceName, error.reason, { cause: error });
        }
        throw error;
      }
    },
  };
}

/**
 * The text could not be read as an agreement; nothing was written. `code` is the parser's
 * (NOT_AN_AGREEMENT, EMPTY_INPUT, …), the message names the document and what to check.
 */
export class AgreementLoadError extends Error {
  override readonly name = 'AgreementLoadError';
  constructor(
    readonly code: string,
    readonly sourceName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${sourceName}: ${reason}`, options);
  }
}

/**
 * Parses one agreement text and loads it: CREATED, UPDATED (an edited version of an agreement
 * already loaded) or UNCHANGED (this exact text or file is loaded; nothing is read, parsed or
 * written). The same entry point serves the seed command, the GraphQL mutation and the upload route.
 */
export async function loadAgreement(
  db: GraphDatabase,
  input: AgreementInput | DeferredAgreementInput,
  options: SaveAgreementOptions = {},
): Promise<LoadResult> {
  const known = await findAgreementIdByContentHash(db, contentHashOf(input));
  if (known) return { status: 'UNCHANGED', agreementId: known, warnings: [] };
  const read = 'read' in input ? await input.read() : input;
  return loadParsedAgreement(db, parseForLoading(read), read, options);
}

/**
 * Parses a text for the graph, or throws AgreementLoadError. Beyond the parser's own refusals,
 * a text in which no party could be read is refused here: the parser returns such a damaged
 * text with warnings, but an agreement without parties has nothing to connect in the graph
 * (a pasted title alone would otherwise be stored as an empty agreement).
 */
export function parseForLoading(input: AgreementInput): Agreement {
  let agreement: Agreement;
  try {
    agreement = parseAgreement(input.text);
  } catch (error) {
    if (error instanceof AgreementParseError) throw parseLoadError(error, input.sourceName);
    throw error;
  }
  return requireParties(agreement, input.sourceName);
}

/** The parser's refusal as the loader reports it (also for a parse run in a worker thread, src/ingest/parse-pool.ts). */
export function parseLoadError(error: AgreementParseError, sourceName: string): AgreementLoadError {
  return new AgreementLoadError(error.code, sourceName, error.message, { cause: error });
}

/** The agreement, or NO_PARTIES when no party could be read (see parseForLoading). */
export function requireParties(agreement: Agreement, sourceName: string): Agreement {
  if (agreement.parties.length === 0) {
    throw new AgreementLoadError(
      'NO_PARTIES',
      sourceName,
      'no parties found ("… selanjutnya disebut PIHAK KESATU"): is this a whole agreement?',
    );
  }
  return agreement;
}
