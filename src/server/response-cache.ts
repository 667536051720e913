import type { ApolloServerPlugin, HTTPGraphQLResponse } from '@apollo/server';
import type { GraphDatabase } from '../graph/driver.js';
import type { Context } from '../graphql/context.js';

/**
 * The response cache: the bytes of whole answers to operations that only read through the read
 * cache (grouped counts, dashboards), kept under the read cache's graph version and sent again
 * as they are.
 *
 * The read cache spares the database, but each grouped answer still had to be resolved by
 * graphql-js (several thousand objects for sharedSignatories) and serialized again by Apollo,
 * 30-50 ms of CPU per request, so cached answers queued behind each other with many clients.
 * A hit here is a memory copy: the request's body is read, the key built, the bytes written.
 *
 * What may be kept: a POST of one operation as JSON (no batch, no `extensions`) that is a
 * `query`, whose every database call went through `readStable`, at least one, and none through
 * `read`, a session or `serverVersion`, answered 200 without errors. That is decided by
 * watching the request run, not by a list of fields, so a field that starts reading the
 * database directly is never cached. An answer is only ever stored after the same operation
 * went through all of Apollo (parsing, validation, the limits plugins, authorization), and
 * those depend only on what the key holds, so a hit is never an answer a refusal would have
 * replaced.
 *
 * When it is dropped: exactly when the read cache's answers are. An entry is stored under the
 * graph version seen before the operation ran and served only while `db.stableVersion()` is the
 * same: this process's writes change it at once, another process's writes within
 * READ_CACHE_RECHECK_MS; a write during the request leaves an entry that is never served. An
 * entry also lives at most `ttlMs` (READ_CACHE_TTL_SECONDS) from when it was stored.
 *
 * Identical requests that miss together run once: the first leads, the others wait for the
 * answer it stores (and run themselves only when it stored none), so an expired answer under
 * many clients is executed and serialized once, not once per client.
 *
 * The key is the operation text, variables, operation name, the caller's role (token or
 * anonymous), the Accept header (it picks the content type) and today's UTC date
 * (`activeAgreementCount` without `on` means today). The cache is bounded by entries and by
 * bytes (each answer's bytes and its key), least recently used first out. Without
 * `db.stableVersion` (READ_CACHE_ENTRIES=0) there is no response cache.
 */
export interface ResponseCacheOptions {
  /** Answers kept; 0 turns the response cache off. */
  readonly maxEntries: number;
  /** Bytes kept (each answer's body plus its key); an answer larger than this is not kept. */
  readonly maxBytes: number;
  /** Longest an answer is kept, in milliseconds (the read cache's TTL). */
  readonly ttlMs: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxEntries: 200,
  maxBytes: 64 * 1024 * 1024,
  ttlMs: 600_000,
};

/** An answer as it was sent. */
export interface CachedResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

interface Entry extends CachedResponse {
  readonly version: string;
  readonly storedAt: number;
  readonly bytes: number;
}

/** One request the cache may answer or learn from: its key, the version, what it did. */
export interface CacheableRequest {
  readonly key: string;
  readonly version: string;
  stable: number;
  other: number;
  /** Set by the plugin: the operation Apollo ran was a query, answered without errors. */
  cleanQuery: boolean;
  /** More than one operation ran with this request's context: nothing is stored. */
  operations: number;
  /** This request runs the operation while identical requests wait for its answer (see `follow`). */
  leading: boolean;
}

export interface ResponseCache {
  /**
   * The request as a cache key, with the current graph version; null when it may not be
   * cached (not one JSON operation, `extensions`, …). Awaits the version read at most once per
   * READ_CACHE_RECHECK_MS.
   */
  begin(
    body: unknown,
    request: { authorized: boolean; accept: string | undefined; contentType: string | undefined },
  ): Promise<CacheableRequest | null>;
  /** The stored answer for the request, if it is still valid. */
  lookup(request: CacheableRequest): CachedResponse | null;
  /**
   * After a miss: when an identical request (same key and version) is already running, waits
   * for it and returns the answer it stored, or null when it stored none (this request then
   * runs itself). Otherwise this request leads and null is returned: identical requests wait
   * for it until `release`. Without this, when an answer expires under 16 clients, the 16
   * requests in flight each executed and serialized the whole answer on the one event loop
   * (BENCHMARKS.md: clauseVariants p99).
   */
  follow(request: CacheableRequest): Promise<CachedResponse | null>;
  /** Lets the requests waiting on this one go (after `finish`, or when it failed). */
  release(request: CacheableRequest): void;
  /** The request's database handle, watched: the context's `db`, and the loaders' too. */
  watch(request: CacheableRequest, db: GraphDatabase): GraphDatabase;
  /** Keeps Apollo's answer when the request qualified (see above). */
  finish(request: CacheableRequest, response: HTTPGraphQLResponse): void;
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
  const requests = new WeakMap<GraphDatabase, CacheableRequest>();
  const flights = new Map<string, { version: string; done: Promise<void>; release: () => void }>();

  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  const lookup = (request: CacheableRequest): CachedResponse | null => {
    const entry = entries.get(request.key);
    if (!entry) return null;
    if (entry.version !== request.version || now() - entry.storedAt >= options.ttlMs) {
      remove(request.key);
      return null;
    }
    // Most recently used last: Map keeps insertion order, so the first key is the eviction victim.
    entries.delete(request.key);
    entries.set(request.key, entry);
    return entry;
  };

  return {
    async begin(body, { authorized, accept, contentType }) {
      // Only what Apollo's CSRF prevention lets through without a preflight header: a hit skips Apollo.
      if (contentType?.split(';')[0]?.trim().toLowerCase() !== 'application/json') return null;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
      const { query, variables, operationName, extensions } = body as Record<string, unknown>;
      if (typeof query !== 'string' || extensions !== undefined) return null;
      const key = JSON.stringify([
        query,
        variables ?? null,
        operationName ?? null,
        authorized ? 'token' : 'anonymous',
        accept ?? null,
        new Date().toISOString().slice(0, 10),
      ]);
      let version: string;
      try {
        version = await stableVersion();
      } catch {
        // The database does not answer: no caching for this request, which then fails (or not)
        // the way it would without the cache, with its own error code.
        return null;
      }
      return { key, version, stable: 0, other: 0, cleanQuery: false, operations: 0, leading: false };
    },
    lookup,
    async follow(request) {
      const flight = flights.get(request.key);
      if (flight) {
        if (flight.version !== request.version) return null;
        await flight.done;
        return lookup(request);
      }
      let release!: () => void;
      const done = new Promise<void>((resolve) => {
        release = resolve;
      });
      flights.set(request.key, { version: request.version, done, release });
      request.leading = true;
      return null;
    },
    release(request) {
      if (!request.leading) return;
      request.leading = false;
      const flight = flights.get(request.key);
      flights.delete(request.key);
      flight?.release();
    },
    watch(request, inner) {
      const other = <T>(run: () => T): T => {
        request.other += 1;
        return run();
      };
      const watched: GraphDatabase = {
        ...inner,
        write: (work, writeOptions) => other(() => inner.write(work, writeOptions)),
        runAutoCommit: (...args) => other(() => inner.runAutoCommit(...args)),
        awaitSearchIndexRefresh: () => other(() => inner.awaitSearchIndexRefresh()),
        read: (cypher, params) => other(() => inner.read(cypher, params)),
        readStable: (cypher, params) => {
          request.stable += 1;
          return inner.readStable(cypher, params);
        },
        serverVersion: () => other(() => inner.serverVersion()),
      };
      requests.set(watched, request);
      return watched;
    },
    finish(request, response) {
      if (!request.cleanQuery || request.operations !== 1) return;
      if (request.stable === 0 || request.other > 0) return;
      if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete') return;
      const body = Buffer.from(response.body.string, 'utf8');
      const size = body.length + 2 * request.key.length;
      remove(request.key);
      if (size > options.maxBytes) return;
      entries.set(request.key, {
        status: 200,
        // x-request-id names the request that was run; the handler sets the current one.
        headers: [...response.headers].filter(([name]) => name.toLowerCase() !== 'x-request-id'),
        body,
        version: request.version,
        storedAt: now(),
        bytes: size,
      });
      bytes += size;
      while (entries.size > options.maxEntries || bytes > options.maxBytes) {
        remove(entries.keys().next().value!);
      }
    },
    plugin: {
      async requestDidStart() {
        return {
          // Apollo copies the context object per operation; the db handle in it stays the same.
          async willSendResponse({ contextValue, operation, response }) {
            const request = requests.get(contextValue.db);
            if (!request) return;
            request.operations += 1;
            request.cleanQuery =
              operation?.operation === 'query' &&
              response.body.kind === 'single' &&
              !response.body.singleResult.errors?.length &&
              !!response.body.singleResult.data;
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
