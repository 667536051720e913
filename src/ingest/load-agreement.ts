import type { Agreement } from '../domain/agreement.js';
import type { GraphDatabase } from '../graph/driver.js';
import { sha256 } from '../graph/graph-ids.js';
import { findAgreementIdByContentHash, type SaveAgreementOptions } from '../graph/save-agreement-graph.js';
import { AgreementParseError, parseAgreement } from '../parsing/index.js';
import { loadParsedAgreement, type LoadResult } from './load-parsed-agreement.js';

export interface AgreementInput {
  readonly text: string;
  /** File name or label for the source document ("seed/003_….txt", "graphql:ingestAgreement"). */
  readonly sourceName: string;
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
 * already loaded) or UNCHANGED (this exact text is loaded; nothing is parsed or written).
 * The same entry point serves the seed command and the GraphQL mutation.
 */
export async function loadAgreement(
  db: GraphDatabase,
  input: AgreementInput,
  options: SaveAgreementOptions = {},
): Promise<LoadResult> {
  const known = await findAgreementIdByContentHash(db, sha256(input.text));
  if (known) return { status: 'UNCHANGED', agreementId: known, warnings: [] };
  return loadParsedAgreement(db, parseForLoading(input), input, options);
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
    if (error instanceof AgreementParseError) {
      throw new AgreementLoadError(error.code, input.sourceName, error.message, { cause: error });
    }
    throw error;
  }
  if (agreement.parties.length === 0) {
    throw new AgreementLoadError(
      'NO_PARTIES',
      input.sourceName,
      'no parties found ("… selanjutnya disebut PIHAK KESATU"): is this a whole agreement?',
    );
  }
  return agreement;
}
