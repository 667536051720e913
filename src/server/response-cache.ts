import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { GraphDatabase } from '../graph/driver.js';
import type { Context } from '../graphql/context.js';

/**
 * The response cache: whole answers of operations that only read through the read cache
 * (grouped counts, dashboards), kept as they were sent, under the read cache's graph version.
 *
 * The read cache spares the database, but graphql-js still resolves every field of a grouped
 * answer on each request (several thousand objects for sharedLegalBases), which made cached
 * answers cost 30 ms of CPU each and queue behind each other with many clients. A hit here skips
 * execution: after parsing, validation and the limits plugin (which all still run, so a refused
 * operation stays refused), the stored result is sent again.
 *
 * What may be kept: an operation (`query` only, never a mutation) whose every database call in
 * this request went through `readStable`, at least one, and none through `read`, a session or
 * `serverVersion`, and whose answer has no error. That is decided by watching the request run,
 * not by a list of fields, so a field that starts reading the database directly is simply
 * never cached.
 *
 * When it is dropped: exactly when the read cache's answers are. An entry is stored under the
 * graph version seen before the operation ran and served only while `db.stableVersion()` is
 * the same: this process's writes change it at once, another process's writes within
 * READ_CACHE_RECHECK_MS; a write during the request leaves an entry that is never served. An
 * entry also lives at most `ttlMs` (READ_CACHE_TTL_SECONDS) from when it was stored.
 *
 * The key is the operation text, variables, operation name, the caller's role (token or
 * anonymous) and today's UTC date (`activeAgreementCount` without `on` means today). It is
 * bounded by entries and by bytes (the serialized answer and its key), least recently used
 * first out. Without `db.stableVersion` (READ_CACHE_ENTRIES=0) there is no response cache.
 */
export interface ResponseCacheOptions {
  /** Answers kept; 0 turns the response cache off. */
  readonly maxEntries: number;
  /** Bytes kept, counting each answer's JSON and its key as UTF-16; an answer larger than this is not kept. */
  readonly maxBytes: number;
  /** Longest an answer is kept, in milliseconds (the read cache's TTL). */
  readonly ttlMs: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxEntries: 200,
  maxBytes: 64 * 1024 * 1024,
  ttlMs: 600_000,
};

interface Entry {
  readonly version: string;
  readonly storedAt: number;
  readonly bytes: number;
  readonly data: Record<string, unknown>;
}

/** What one request did with the database, watched through its context's `db`. */
interface Watch {
  stable: number;
  other: number;
  /** The graph version before the operation ran; null: not looked up (no cache for this request). */
  version: string | null;
  key: string | null;
  hit: boolean;
  /** More than one operation ran with this context (a batch): nothing is stored for it. */
  shared: boolean;
}

export interface ResponseCache {
  /**
   * The request's database handle, watched: it must be the context's `db`, and the loaders must
   * be built on it. (Apollo copies the context object per operation; the handle stays the same.)
   */
  watch(db: GraphDatabase): GraphDatabase;
  readonly plugin: ApolloServerPlugin<Context>;
  /** Entries and bytes held (tests, the profile script). */
  size(): { entries: number; bytes: number };
  clear(): void;
}

/** Null when the read cache is off (no `stableVersion`) or `maxEntries` is 0. */
export function createResponseCache(
  db: GraphDatabase,
  options: ResponseCacheOptions,
  now: () => number = () => performance.now(),
): ResponseCache | null {
  const stableVersion = db.stableVersion;
  if (!stableVersion || options.maxEntries <= 0 || options.maxBytes <= 0) return null;

  const entries = new Map<string, Entry>();
  let bytes = 0;
  const watches = new WeakMap<GraphDatabase, Watch>();

  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  const store = (key: string, entry: Entry): void => {
    remove(key);
    if (entry.bytes > options.maxBytes) return;
    entries.set(key, entry);
    bytes += entry.bytes;
    // Most recently used last: Map keeps insertion order, so the first key is the eviction victim.
    while (entries.size > options.maxEntries || bytes > options.maxBytes) {
      remove(entries.keys().next().value!);
    }
  };

  return {
    watch(inner) {
      const watch: Watch = { stable: 0, other: 0, version: null, key: null, hit: false, shared: false };
      const other = <T>(run: () => T): T => {
        watch.other += 1;
        return run();
      };
      const driver = new Proxy(inner.driver, {
        get(target, property) {
          const value = Reflect.get(target, property, target) as unknown;
          if (property === 'session' || property === 'executeQuery') {
            return (...args: unknown[]) =>
              other(() => (value as (...a: unknown[]) => unknown).apply(target, args));
          }
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      const watched: GraphDatabase = {
        ...inner,
        driver,
        read: (cypher, params) => other(() => inner.read(cypher, params)),
        readStable: (cypher, params) => {
          watch.stable += 1;
          return inner.readStable(cypher, params);
        },
        serverVersion: () => other(() => inner.serverVersion()),
      };
      watches.set(watched, watch);
      return watched;
    },
    plugin: {
      async requestDidStart() {
        return {
          async responseForOperation({ operation, request, contextValue }): Promise<GraphQLResponse | null> {
            const watch = watches.get(contextValue.db);
            if (!watch || operation.operation !== 'query' || request.query === undefined) return null;
            if (watch.key !== null) {
              watch.shared = true;
              return null;
            }
            watch.version = await stableVersion();
            watch.key = JSON.stringify([
              request.query,
              request.variables ?? null,
              request.operationName ?? null,
              contextValue.authorized ? 'token' : 'anonymous',
              new Date().toISOString().slice(0, 10),
            ]);
            const entry = entries.get(watch.key);
            if (!entry) return null;
            if (entry.version !== watch.version || now() - entry.storedAt >= options.ttlMs) {
              remove(watch.key);
              return null;
            }
            entries.delete(watch.key);
            entries.set(watch.key, entry);
            watch.hit = true;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: entry.data } },
            };
          },
          async willSendResponse({ response, contextValue }) {
            const watch = watches.get(contextValue.db);
            if (!watch || watch.hit || watch.shared || watch.key === null || watch.version === null) return;
            if (watch.stable === 0 || watch.other > 0) return;
            if (response.body.kind !== 'single') return;
            const { data, errors, extensions } = response.body.singleResult;
            if (errors?.length || extensions !== undefined || !data) return;
            if (response.http.status !== undefined && response.http.status !== 200) return;
            const json = JSON.stringify(data);
            store(watch.key, {
              version: watch.version,
              storedAt: now(),
              bytes: 2 * (json.length + watch.key.length),
              data,
            });
          },
        };
      },
    },
    size: () => ({ entries: entries.size, bytes }),
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}
