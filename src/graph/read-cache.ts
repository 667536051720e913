import type { GraphDatabase } from './driver.js';
import { GRAPH_VERSION_READ } from './graph-version.js';

/**
 * The read cache: answers of "stable" reads (grouped counts over every agreement, yearly
 * stats), kept until the graph changes. Those statements do work in proportion to the whole
 * graph (every signing, every legal basis), yet their answers only change when an agreement
 * is loaded, replaced or deleted; dashboards ask them again and again.
 *
 * An answer is kept under the graph version it was read at, and served again only while the
 * version is the same:
 * - this process's own writes call `graphChanged()` after they commit, which drops every
 *   answer at once (the next request reads the database again);
 * - every write transaction also sets a new random token on the one `:GraphVersion` node
 *   (GRAPH_VERSION_BUMP in graph-version.ts, run by db.write in the same transaction as the change), and the cache reads
 *   that token at most once per `recheckMs`, so writes made by another API process on the same
 *   database are seen within that delay;
 * - no answer is kept longer than `ttlMs`, whatever the version says (a safety net for writes
 *   made outside this API, which do not set the token).
 * Concurrent requests for the same missing answer share one database read.
 */
export interface ReadCacheOptions {
  /** Answers kept, least recently used dropped first; 0 turns the cache off. */
  readonly maxEntries: number;
  /** How often, at most, the stored graph version is read again (another process's writes). */
  readonly recheckMs: number;
  /** Longest an answer is kept, in milliseconds. */
  readonly ttlMs: number;
}

export const DEFAULT_READ_CACHE: ReadCacheOptions = { maxEntries: 200, recheckMs: 1_000, ttlMs: 600_000 };

interface Entry {
  readonly version: string;
  readonly storedAt: number;
  readonly rows: Promise<unknown[]>;
}

/**
 * `readStable` and `graphChanged` for `db`, with the cache described above; with
 * `maxEntries` 0 every stable read goes to the database. `now` is injectable for tests.
 */
export function createReadCache(
  read: GraphDatabase['read'],
  options: ReadCacheOptions,
  now: () => number = () => performance.now(),
): Pick<GraphDatabase, 'readStable' | 'graphChanged' | 'stableVersion'> {
  if (options.maxEntries <= 0) return { readStable: read, graphChanged: () => undefined };

  const entries = new Map<string, Entry>();
  let epoch = 0;
  let token: string | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<void> | null = null;

  const version = async (): Promise<string> => {
    if (now() - checkedAt >= options.recheckMs) {
      checking ??= read<{ token: string | null }>(GRAPH_VERSION_READ)
        .then((rows) => {
          token = rows[0]?.token ?? null;
          checkedAt = now();
        })
        .finally(() => {
          checking = null;
        });
      await checking;
    }
    return `${epoch}:${token}`;
  };

  return {
    async readStable<Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
      const at = await version();
      const key = `${cypher}\u0000${JSON.stringify(params)}`;
      const hit = entries.get(key);
      if (hit && hit.version === at && now() - hit.storedAt < options.ttlMs) {
        // Most recently used last: Map keeps insertion order, so the first key is the eviction victim.
        entries.delete(key);
        entries.set(key, hit);
        return hit.rows as Promise<Row[]>;
      }
      const entry: Entry = { version: at, storedAt: now(), rows: read(cypher, params) };
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
      // A failed read is not kept: the next request tries the database again.
      entry.rows.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.rows as Promise<Row[]>;
    },
    // The server's response cache (src/server/response-cache.ts) keys whole answers on this, so
    // they are dropped exactly when the answers above are.
    stableVersion: version,
    graphChanged() {
      epoch += 1;
      entries.clear();
    },
  };
}
