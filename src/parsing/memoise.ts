/**
 * A pure function of one string, remembered: the same institutions, officials, article
 * headings, party labels and dates in words recur in text after text, and reading them costs
 * several regex passes each. The cache
 * is bounded (emptied when full), so a long run over many distinct names keeps a fixed size;
 * only functions whose answer depends on nothing but the argument may be wrapped.
 */
export function memoise<T extends string | number | null>(
  fn: (s: string) => T,
  limit = 10_000,
): (s: string) => T {
  return memoiseCopied(fn, (t) => t, limit);
}

/** Longest argument remembered, in characters. */
export const MAX_KEY_LENGTH = 1000;

/**
 * memoise for a function that answers an object: each caller gets `copy` of the remembered
 * answer, so no caller can change what another one (or a later text) is given.
 */
export function memoiseCopied<T>(fn: (s: string) => T, copy: (t: T) => T, limit = 10_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    // A long argument (damaged text read as one name) is not kept: the cache holds names, not pages.
    if (s.length > MAX_KEY_LENGTH) return copy(fn(s));
    const hit = cache.get(s);
    if (hit !== undefined) return copy(hit);
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return copy(value);
  };
}
