import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, exposureProblems, loadConfig, projectRoot } from '../../../src/server/config.js';

describe('loadConfig', () => {
  it('has defaults that run the embedded Neo4j on this machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.apiToken).toBeNull();
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.neo4j.embedded.dataDir).toBe(path.join(projectRoot(), 'data', 'neo4j'));
    expect(config.neo4j.embedded.boltPort).toBe(7687);
    // The generated password in the data directory, and a supervised JVM.
    expect(config.neo4j.embedded.password).toBeNull();
    expect(config.neo4j.embedded.restart).toEqual({ delayMs: 1000, maxDelayMs: 30_000 });
    expect(config.seed.dir).toBe(path.join(projectRoot(), 'seed'));
    expect(config.seed.onStart).toBe(true);
    expect(config.seed.parseWorkers).toBe(Math.max(1, Math.min(os.availableParallelism() - 1, 4)));
    expect(loadConfig({ PARSE_WORKERS: '1' }).seed.parseWorkers).toBe(1);
  });

  it('takes an external Neo4j, including routing URIs for clusters and Aura', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'agreements',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      password: 'secret',
      database: 'agreements',
    });
  });

  it('gives NEO4J_PASSWORD to the embedded Neo4j too, and reads the restart backoff', () => {
    const config = loadConfig({
      NEO4J_PASSWORD: 'chosen-password',
      NEO4J_RESTART_DELAY_MS: '250',
      NEO4J_RESTART_MAX_DELAY_MS: '8000',
    });
    expect(config.neo4j.embedded.password).toBe('chosen-password');
    expect(config.neo4j.embedded.restart).toEqual({ delayMs: 250, maxDelayMs: 8000 });
  });

  it.each([
    [{ NEO4J_RESTART_DELAY_MS: '0' }, 'NEO4J_RESTART_DELAY_MS=0 is not a whole number from 100 to 600000'],
    [{ PORT: 'eighty' }, 'PORT=eighty is not a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT=70000 is not a whole number from 0 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL=loud is not one of debug, info, warn, error'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI=http://localhost:7474 is not a Neo4j URI'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP=lots is not a memory size'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START=maybe is not a boolean'],
    [{ PARSE_WORKERS: '0' }, 'PARSE_WORKERS=0 is not a whole number from 1 to 64'],
    [{ WARM_UP: 'later' }, 'WARM_UP=later is not a boolean'],
    [{ WARM_UP_SECONDS: '0' }, 'WARM_UP_SECONDS=0 is not a whole number from 1 to 3600'],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('warms up for at most 60 s before ready unless WARM_UP=0', () => {
    expect(loadConfig({}).warmUp).toEqual({ enabled: true, budgetMs: 60_000 });
    expect(loadConfig({ WARM_UP: '0', WARM_UP_SECONDS: '5' }).warmUp).toEqual({
      enabled: false,
      budgetMs: 5_000,
    });
  });

  it('reads the API token and treats a blank one as unset', () => {
    expect(loadConfig({ API_TOKEN: 's3cret' }).apiToken).toBe('s3cret');
    expect(loadConfig({ API_TOKEN: '   ' }).apiToken).toBeNull();
  });

  it('limits requests by default and lets the rate limit be turned off', () => {
    expect(loadConfig({}).limits).toEqual({
      rateLimit: { perSecond: 20, burst: 40 },
      maxStatementsPerRequest: 200,
    });
    expect(loadConfig({ RATE_LIMIT_PER_SECOND: '0' }).limits.rateLimit).toBeNull();
    expect(
      loadConfig({ RATE_LIMIT_PER_SECOND: '100', RATE_LIMIT_BURST: '300', MAX_STATEMENTS_PER_REQUEST: '50' })
        .limits,
    ).toEqual({ rateLimit: { perSecond: 100, burst: 300 }, maxStatementsPerRequest: 50 });
    // A higher rate raises the default burst with it.
    expect(loadConfig({ RATE_LIMIT_PER_SECOND: '100' }).limits.rateLimit).toEqual({
      perSecond: 100,
      burst: 100,
    });
    expect(() => loadConfig({ RATE_LIMIT_PER_SECOND: '10', RATE_LIMIT_BURST: '5' })).toThrow(
      'RATE_LIMIT_BURST=5 is below RATE_LIMIT_PER_SECOND=10',
    );
    expect(() => loadConfig({ MAX_STATEMENTS_PER_REQUEST: '0' })).toThrow(
      'MAX_STATEMENTS_PER_REQUEST=0 is not a whole number from 1 to 100000',
    );
  });
});

describe('exposureProblems', () => {
  const base = { nodeEnv: 'development', apiToken: null } as const;

  it('says nothing on loopback, whatever the mode', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) {
      expect(exposureProblems({ ...base, host })).toEqual([]);
    }
  });

  it('names each missing hardening when reachable from other machines', () => {
    expect(exposureProblems({ ...base, host: '0.0.0.0' })).toEqual([
      'NODE_ENV is development, not production',
      'API_TOKEN is not set',
    ]);
    expect(exposureProblems({ nodeEnv: 'production', apiToken: null, host: '::' })).toEqual([
      'API_TOKEN is not set',
    ]);
    expect(exposureProblems({ nodeEnv: 'production', apiToken: 't', host: '10.1.2.3' })).toEqual([]);
  });
});

describe('response cache settings', () => {
  it('keeps 200 answers in 64 MB for as long as the read cache keeps its answers', () => {
    expect(loadConfig({}).responseCache).toEqual({
      maxEntries: 200,
      maxBytes: 64 * 1024 * 1024,
      ttlMs: 600_000,
    });
    expect(
      loadConfig({ RESPONSE_CACHE_ENTRIES: '0', RESPONSE_CACHE_MB: '8', READ_CACHE_TTL_SECONDS: '30' })
        .responseCache,
    ).toEqual({ maxEntries: 0, maxBytes: 8 * 1024 * 1024, ttlMs: 30_000 });
  });

  it('refuses a size that is not a whole number of megabytes', () => {
    expect(() => loadConfig({ RESPONSE_CACHE_MB: '0.5' })).toThrow(/RESPONSE_CACHE_MB/);
  });
});
