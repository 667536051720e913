import {
  parseDocumentNumber,
  parseSearchText,
  SearchTextError,
  type SearchText,
} from '../graph/read/search-text.js';
import { BadUserInputError } from './error-code.js';

/**
 * Search text and document numbers from a request, as the graph layer takes them. A text that
 * cannot be searched (too long, too many words, nothing but punctuation) is the client's
 * mistake: BAD_USER_INPUT naming the argument, with the reason, before any Cypher runs.
 */
function badInput(error: unknown, argumentName: string): never {
  if (error instanceof SearchTextError) {
    throw new BadUserInputError(`${argumentName}: ${error.message}`, { argumentName, httpStatus: 400 });
  }
  throw error;
}

/** The query for `text`, or null when it is blank. */
export function parseSearchInput(text: string, argumentName: string): SearchText | null {
  try {
    return parseSearchText(text);
  } catch (error) {
    return badInput(error, argumentName);
  }
}

/** The keyword query for one document number. */
export function parseNumberInput(printed: string, argumentName: string): string {
  try {
    return parseDocumentNumber(printed);
  } catch (error) {
    return badInput(error, argumentName);
  }
}
