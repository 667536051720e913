import path from 'node:path';
import type { EmbeddedNeo4jOptions } from '../graph/embedded-neo4j.js';
import { DEFAULT_READ_CACHE, type ReadCacheOptions } from '../graph/read-cache.js';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './response-cache.js';
import type { RateLimit } from '../graphql/limits/token-bucket.js';
import { defaultParseWorkers, MAX_PARSE_WORKERS } from '../ingest/parse-pool.js';
import { LOG_LEVELS, type LogLevel } from '../support/logger.js';

/**
 * Every setting the application reads, validated once at start. Nothing else reads
 * process.env, so this file and the README table are the whole configuration surface.
 */
export interface Config {
  readonly nodeEnv: 'production' | 'development' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Bearer token that mutations require; null means mutations are refused. */
  readonly apiToken: string | null;
  readonly maxBodyBytes: number;
  /** Origins whose browser scripts may call the API (CORS); empty: none, `*`: any. */
  readonly corsOrigins: readonly string[];
  readonly limits: RequestLimits;
  /** Largest document POST /documents accepts (a scanned PDF is 1-2 MB a page). */
  readonly maxUploadBytes: number;
  readonly neo4j: Neo4jConfig;
  readonly seed: {
    readonly dir: string;
    readonly onStart: boolean;
    /** Worker threads that parse seed texts (PARSE_WORKERS); 1 parses in the main thread. */
    readonly parseWorkers: number;
  };
  /** Start-up warm-up before "ready" (src/server/warm-up.ts): WARM_UP=0 skips it. */
  readonly warmUp: { readonly enabled: boolean; readonly budgetMs: number };
  /** Whole answers of read-cached operations (src/server/response-cache.ts); off with the read cache. */
  readonly responseCache: ResponseCacheOptions;
}

/** What one request, and one client, may take from the server (README "Limits"). */
export interface RequestLimits {
  /** Token bucket per client address on /graphql; null: no rate limit. */
  readonly rateLimit: RateLimit | null;
  /** Database statements one request may start before the next is refused (TOO_MANY_STATEMENTS). */
  readonly maxStatementsPerRequest: number;
}

export interface Neo4jConfig {
  /** Null: start the embedded Neo4j and connect to it. */
  readonly uri: string | null;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Server-side limit on any one transaction the application runs, in milliseconds. */
  readonly queryTimeoutMs: number;
  /** Grouped answers kept until the graph changes (src/graph/read-cache.ts). */
  readonly readCache: ReadCacheOptions;
  readonly embedded: EmbeddedNeo4jOptions;
}

/** Raised for a setting that cannot be used; the message names the variable and what it accepts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** 50 MiB: a scanned agreement of 20-30 pages at 300 dpi, with room to spare. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export function projectRoot(): string {
  return PROJECT_ROOT;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  return {
    nodeEnv,
    host: text(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    apiToken: optional(env, 'API_TOKEN'),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 5 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    limits: requestLimits(env),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES, 1024, 1024 * 1024 * 1024),
    neo4j: {
      uri: neo4jUri(env),
      username: text(env, 'NEO4J_USERNAME', 'neo4j'),
      password: text(env, 'NEO4J_PASSWORD', ''),
      database: text(env, 'NEO4J_DATABASE', 'neo4j'),
      queryTimeoutMs: integer(env, 'NEO4J_QUERY_TIMEOUT_MS', 30_000, 100, 3_600_000),
      readCache: {
        maxEntries: integer(env, 'READ_CACHE_ENTRIES', DEFAULT_READ_CACHE.maxEntries, 0, 100_000),
        recheckMs: integer(env, 'READ_CACHE_RECHECK_MS', DEFAULT_READ_CACHE.recheckMs, 0, 3_600_000),
        ttlMs: 1000 * integer(env, 'READ_CACHE_TTL_SECONDS', DEFAULT_READ_CACHE.ttlMs / 1000, 1, 86_400),
      },
      embedded: {
        dataDir: path.resolve(PROJECT_ROOT, text(env, 'NEO4J_DATA_DIR', 'data/neo4j')),
        boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687, 0, 65535),
        heap: memory(env, 'NEO4J_HEAP', '2g'),
        pageCache: memory(env, 'NEO4J_PAGECACHE', '1g'),
        txTimeoutSeconds: integer(env, 'NEO4J_TX_TIMEOUT_SECONDS', 60, 1, 86_400),
        startTimeoutSeconds: integer(env, 'NEO4J_START_TIMEOUT_SECONDS', 120, 5, 3600),
        launcherDir: path.resolve(PROJECT_ROOT, 'launcher'),
        javaHome: optional(env, 'JAVA_HOME'),
        password: optional(env, 'NEO4J_PASSWORD'),
        restart: {
          delayMs: integer(env, 'NEO4J_RESTART_DELAY_MS', 1000, 100, 600_000),
          maxDelayMs: integer(env, 'NEO4J_RESTART_MAX_DELAY_MS', 30_000, 100, 3_600_000),
        },
      },
    },
    seed: {
      dir: path.resolve(PROJECT_ROOT, text(env, 'SEED_DIR', 'seed')),
      onStart: boolean(env, 'SEED_ON_START', true),
      parseWorkers: integer(env, 'PARSE_WORKERS', defaultParseWorkers(), 1, MAX_PARSE_WORKERS),
    },
    warmUp: {
      enabled: boolean(env, 'WARM_UP', true),
      budgetMs: 1000 * integer(env, 'WARM_UP_SECONDS', 60, 1, 3600),
    },
    responseCache: {
      maxEntries: integer(env, 'RESPONSE_CACHE_ENTRIES', DEFAULT_RESPONSE_CACHE.maxEntries, 0, 100_000),
      maxBytes:
        1024 *
        1024 *
        integer(env, 'RESPONSE_CACHE_MB', DEFAULT_RESPONSE_CACHE.maxBytes / 1024 / 1024, 1, 65_536),
      ttlMs: 1000 * integer(env, 'READ_CACHE_TTL_SECONDS', DEFAULT_READ_CACHE.ttlMs / 1000, 1, 86_400),
    },
  };
}

/** Loopback is 127.0.0.0/8, ::1 and localhost; anything else (0.0.0.0, ::, a LAN address) is reachable. */
export function exposureProblems(config: Pick<Config, 'host' | 'nodeEnv' | 'apiToken'>): string[] {
  const host = config.host.toLowerCase().replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  if (loopback) return [];
  const problems: string[] = [];
  if (config.nodeEnv !== 'production') problems.push(`NODE_ENV is ${config.nodeEnv}, not production`);
  if (config.apiToken === null) problems.push('API_TOKEN is not set');
  return problems;
}

function requestLimits(env: Env): RequestLimits {
  const perSecond = integer(env, 'RATE_LIMIT_PER_SECOND', 20, 0, 1_000_000);
  const burst = integer(env, 'RATE_LIMIT_BURST', Math.max(40, perSecond), 1, 1_000_000);
  if (perSecond > 0 && burst < perSecond) {
    throw new ConfigError(
      `RATE_LIMIT_BURST=${burst} is below RATE_LIMIT_PER_SECOND=${perSecond}; a burst must hold at least one second of requests`,
    );
  }
  return {
    rateLimit: perSecond === 0 ? null : { perSecond, burst },
    maxStatementsPerRequest: integer(env, 'MAX_STATEMENTS_PER_REQUEST', 200, 1, 100_000),
  };
}

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function text(env: Env, name: string, fallback: string): string {
  return optional(env, name) ?? fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${raw} is not a boolean (use true or false)`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const match = allowed.find((a) => a === raw.toLowerCase());
  if (!match) throw new ConfigError(`${name}=${raw} is not one of ${allowed.join(', ')}`);
  return match;
}

function memory(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback).toLowerCase();
  if (!/^\d+[kmg]?$/.test(value)) {
    throw new ConfigError(`${name}=${value} is not a memory size (use e.g. 512m or 2g)`);
  }
  return value;
}

/** Comma-separated origins as a browser sends them (`https://host[:port]`, no path), or `*`. */
function origins(env: Env, name: string): string[] {
  const raw = optional(env, name);
  if (raw === null) return [];
  const list = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of list) {
    if (entry === '*') continue;
    let origin: string | null = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = null;
    }
    if (origin !== entry || !/^https?:$/.test(new URL(entry).protocol)) {
      throw new ConfigError(
        `${name} entry "${entry}" is not an origin: use scheme://host[:port] with no path or trailing slash, e.g. https://dashboard.example.go.id, or *`,
      );
    }
  }
  return list;
}

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

function neo4jUri(env: Env): string | null {
  const raw = optional(env, 'NEO4J_URI');
  if (raw === null) return null;
  const scheme = raw.split('://')[0] ?? '';
  if (!raw.includes('://') || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI=${raw} is not a Neo4j URI (use ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')})`,
    );
  }
  return raw;
}
