/**
 * The snippet of a search hit: about `width` characters of its matched text, whitespace folded,
 * around the first query word that occurs in it, with "…" where it was cut.
 *
 * The query's words are read once per search (snippetQuery), not once per hit. Cutting the
 * window from the raw text without folding it whole was tried (commit 7a8f355): the same
 * snippets, a third less of the snippets' CPU on kilobyte clauses, but that is about 1% of a
 * search's CPU in the API and it needed a second way for texts where lower-casing is not
 * plain ASCII, so it was not kept (docs/search-performance.md).
 */

/** What a snippet looks for, read once per search. */
export interface SnippetQuery {
  /** The query lower-cased and cut at anything but letters and digits, one-character pieces dropped. */
  readonly words: readonly string[];
}

export function snippetQuery(query: string): SnippetQuery {
  return {
    words: query
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  };
}

/**
 * About `width` characters of `text` around the first word of `query` that occurs in it, with
 * "…" where it was cut; the start of the text when none occurs (a stemmed match). The whole
 * text, whitespace folded, when that is no longer than `width`.
 */
export function snippet(text: string, query: SnippetQuery, width = 160): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= width) return folded;
  const lower = folded.toLowerCase();
  let hit = -1;
  for (const word of query.words) {
    const at = lower.indexOf(word);
    if (at >= 0 && (hit < 0 || at < hit)) hit = at;
  }
  const start = Math.max(0, Math.min(Math.max(hit, 0) - Math.floor(width / 3), folded.length - width));
  const end = Math.min(folded.length, start + width);
  return `${start > 0 ? '…' : ''}${folded.slice(start, end).trim()}${end < folded.length ? '…' : ''}`;
}
