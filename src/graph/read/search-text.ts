import { documentNumberKey } from '../../domain/identity.js';
import { snippetQuery, type SnippetQuery } from './search-snippet.js';

/**
 * A user's search text turned into a Lucene query that can only mean "these words": the text is
 * data, never query syntax. Lucene reads AND / OR / NOT, quotes, brackets, `~ ^ * ? \ / :` and
 * more as operators, and some of them (a bare `AND`, an unbalanced quote, a field name that does
 * not exist, too many clauses) make the query itself fail. So the query is built from terms
 * instead of escaping the text: every whitespace-separated word becomes a quoted phrase of its
 * own (inside quotes only `"` and `\` are special, and both are escaped), and a phrase the user
 * quoted stays one phrase that must match. A word that is only punctuation carries nothing the
 * index holds and is left out. What cannot be searched is refused with a plain reason
 * (SearchTextError) before any Cypher runs.
 */

/** Longest text accepted, in characters. */
export const MAX_SEARCH_TEXT_LENGTH = 1_000;
/** Most words (inside quoted phrases or not) one text may have: well under Lucene's clause cap. */
export const MAX_SEARCH_TERMS = 32;
/** Longest single word, in characters (a document number is ~40). */
export const MAX_SEARCH_TERM_LENGTH = 100;
/** Longest document number accepted by the number filter. */
export const MAX_DOCUMENT_NUMBER_LENGTH = 200;

/** Why a text cannot be searched; the GraphQL layer answers it as BAD_USER_INPUT. */
export class SearchTextError extends Error {
  override readonly name = 'SearchTextError';
}

export interface SearchText {
  /** Lucene query for the clause_text and entity_names indexes. */
  readonly lucene: string;
  /** Phrases the user quoted, each required; in the order given. */
  readonly phrases: readonly string[];
  /** The other words, any of which may match. */
  readonly words: readonly string[];
  /**
   * Keyword query for the agreement_numbers index: the whole text as one document number when it
   * has a digit (quotes and whitespace dropped), or-ed with every word that has a digit and a
   * slash; null when there is none.
   */
  readonly numberQuery: string | null;
  /** What each hit's snippet centres on, read from the text as the user wrote it. */
  readonly snippet: SnippetQuery;
}

/** Letters or digits: what the standard analyzer keeps from a word. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** `value` inside Lucene double quotes, where only `"` and `\` are special. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function shorten(word: string): string {
  return word.length > 40 ? `${word.slice(0, 40)}…` : word;
}

/**
 * The Lucene query of `text`, or a SearchTextError saying what to change. Blank text gives
 * null (nothing to search for: callers answer no hits, or no condition).
 */
export function parseSearchText(text: string): SearchText | null {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new SearchTextError(
      `search text is ${text.length} characters long; at most ${MAX_SEARCH_TEXT_LENGTH} are searched, so shorten it`,
    );
  }
  if (text.trim() === '') return null;

  // Quoted phrases first (pairs of "), then the rest as words; a quote left without its pair is
  // only punctuation.
  const phrases: string[] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, inner: string) => {
    const words = inner.split(/\s+/).filter((w) => SEARCHABLE.test(w));
    if (words.length) phrases.push(words.join(' '));
    return ' ';
  });
  const words = rest
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((w) => SEARCHABLE.test(w));

  const all = [...phrases.flatMap((p) => p.split(' ')), ...words];
  if (all.length === 0) {
    throw new SearchTextError(
      `search text ${JSON.stringify(shorten(text.trim()))} has no letters or digits to search for`,
    );
  }
  if (all.length > MAX_SEARCH_TERMS) {
    throw new SearchTextError(
      `search text has ${all.length} words; at most ${MAX_SEARCH_TERMS} are searched, so leave some out`,
    );
  }
  const long = all.find((w) => w.length > MAX_SEARCH_TERM_LENGTH);
  if (long) {
    throw new SearchTextError(
      `the word ${JSON.stringify(shorten(long))} is ${long.length} characters long; at most ${MAX_SEARCH_TERM_LENGTH} per word`,
    );
  }

  const lucene = [...phrases.map((p) => `+${quoted(p)}`), ...words.map(quoted)].join(' ');
  // Document numbers to put first: the whole text (a number may be printed with spaces), and any
  // word with a digit and a slash, the shape of a number, so "PKS 046/218/PKS/2022" finds it too.
  const unquoted = text.replace(/"/g, '');
  const candidates = [
    ...(/\p{N}/u.test(unquoted) && unquoted.length <= MAX_DOCUMENT_NUMBER_LENGTH ? [unquoted] : []),
    ...all.filter((w) => /\p{N}/u.test(w) && w.includes('/')),
  ];
  const numberQueries = [...new Set(candidates.map(numberQuery).filter((q) => q !== null))];
  return {
    lucene,
    phrases,
    words,
    numberQuery: numberQueries.length ? numberQueries.join(' ') : null,
    snippet: snippetQuery(text),
  };
}

/**
 * The keyword query that finds `printed` in the agreement_numbers index, which holds each
 * agreement's numbers as documentNumberKey writes them (case and whitespace dropped, so
 * "PERJ.206 / BSSN / SU" finds "PERJ.206/BSSN/SU"). Null when nothing is left of it.
 */
export function numberQuery(printed: string): string | null {
  const key = documentNumberKey(printed);
  return key === '' ? null : quoted(key);
}

/** The number filter's query: one document number, or a SearchTextError. */
export function parseDocumentNumber(printed: string): string {
  if (printed.length > MAX_DOCUMENT_NUMBER_LENGTH) {
    throw new SearchTextError(
      `document number is ${printed.length} characters long; at most ${MAX_DOCUMENT_NUMBER_LENGTH}`,
    );
  }
  const query = numberQuery(printed);
  if (query === null)
    throw new SearchTextError(
      'document number is empty; give it as printed, e.g. "PERJ.206/BSSN/SU/HK.07.02/05/2023"',
    );
  return query;
}
