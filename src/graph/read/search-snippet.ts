/**
 * The snippet of a search hit: about `width` characters of its matched text, whitespace folded,
 * around the first query word that occurs in it, with "…" where it was cut.
 *
 * A search answers up to 100 hits, most of them clauses or provisions of about a kilobyte, and
 * the snippet used to fold and lower-case every text whole to keep 160 characters of it
 * (docs/search-performance.md). This cuts the same snippet, character for character, from the
 * part of the text it needs: the first query word is found in the raw text with one
 * case-insensitive pattern, and only the text up to the end of the window is folded. That
 * holds where lower-casing is plain ASCII: texts with other letters (whose lower case may be
 * longer, or, for a capital sigma, depend on its neighbours) and words with other letters take
 * the original way, as do texts whose window reaches their end. Nothing else changes:
 * test/unit/graph/read/search-snippet.test.ts holds it to the original (kept in
 * test/fixtures/graph/snippet-before.ts) on every seed, generated and real-world text.
 */

/** What a snippet looks for, read once per search (snippetQuery) instead of once per hit. */
export interface SnippetQuery {
  /** The query lower-cased and cut at anything but letters and digits, one-character pieces dropped. */
  readonly words: readonly string[];
  /** The words as one case-insensitive pattern when all are ASCII letters and digits; else null. */
  readonly pattern: RegExp | null;
  /** Whether the words are all ASCII (none at all included), so the pattern may be used. */
  readonly ascii: boolean;
}

export function snippetQuery(query: string): SnippetQuery {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const ascii = words.every((w) => /^[a-z0-9]+$/.test(w));
  // Letters and digits only: nothing in the pattern is a regular-expression operator.
  return { words, ascii, pattern: ascii && words.length > 0 ? new RegExp(words.join('|'), 'i') : null };
}

/**
 * A character other than printable ASCII, its whitespace, no-break space and General
 * Punctuation (spaces, dashes, quotes, ellipsis), none of which has a case: where a text has
 * none, lower-casing changes only A–Z.
 */
export const NOT_PLAIN = /[^\t\n\v\f\r -~\u00a0\u2000-\u206f]/;

/**
 * About `width` characters of `text` around the first word of `query` that occurs in it, with
 * "…" where it was cut; the start of the text when none occurs (a stemmed match). The whole
 * text, whitespace folded, when that is no longer than `width`.
 */
export function snippet(text: string, query: SnippetQuery, width = 160): string {
  if (text.length > width && query.ascii && !NOT_PLAIN.test(text)) {
    const cut = snippetFromWindow(text, query.pattern, width);
    if (cut !== null) return cut;
  }
  return snippetByFolding(text, query.words, width);
}

/**
 * The snippet folded from the raw text up to the end of its window, or null when that text
 * does not reach past the window (a window at the text's end, or a text mostly whitespace).
 */
function snippetFromWindow(text: string, pattern: RegExp | null, width: number): string | null {
  // Where lower-casing changes only A-Z, the pattern's first match in the raw text is the first
  // occurrence of a word in the lower-cased one; a word holds no whitespace, so folding keeps it
  // whole and its position in the folded text is the length of the folded text before it.
  const at = pattern?.exec(text)?.index ?? -1;
  const head = at > 0 ? text.slice(0, at).replace(/\s+/g, ' ').trimStart() : '';
  const hit = head.length;
  const start = Math.max(0, hit - Math.floor(width / 3));
  const end = start + width;
  // A raw character folds to one character or none: twice what the window still needs, and a
  // margin, nearly always holds enough. The cut whitespace run at its end is dropped, so what is
  // left is a prefix of the whole folded text.
  const from = Math.max(at, 0);
  const tail = text.slice(from, from + 2 * (end - hit) + 16).replace(/\s+/g, ' ');
  const folded = (at > 0 ? head + tail : tail.trimStart()).trimEnd();
  // More folded text after the window: the window is not pulled back from the end, and is cut there.
  if (folded.length <= end) return null;
  return `${start > 0 ? '…' : ''}${folded.slice(start, end).trim()}…`;
}

/** The original way: fold and lower-case the whole text, then cut. */
function snippetByFolding(text: string, words: readonly string[], width: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= width) return folded;
  const lower = folded.toLowerCase();
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const hit = at.length ? Math.min(...at) : 0;
  const start = Math.max(0, Math.min(hit - Math.floor(width / 3), folded.length - width));
  const end = Math.min(folded.length, start + width);
  return `${start > 0 ? '…' : ''}${folded.slice(start, end).trim()}${end < folded.length ? '…' : ''}`;
}
