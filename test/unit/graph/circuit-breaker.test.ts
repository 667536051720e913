import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCircuitBreaker,
  DatabaseUnavailableError,
  isUnavailable,
} from '../../../src/graph/circuit-breaker.js';
import { silentLogger } from '../../../src/support/logger.js';

/** What neo4j-driver throws when the server refuses the connection (a Neo4jError with this code). */
function driverError(code: string): Error {
  return Object.assign(new Error(`driver said ${code}`), { code });
}

describe('createCircuitBreaker', () => {
  afterEach(() => vi.useRealTimers());

  it('passes calls through while closed, and a statement error does not open it', async () => {
    const breaker = createCircuitBreaker({
      probe: async () => undefined,
      probeIntervalMs: 500,
      log: silentLogger,
    });
    await expect(breaker.run(async () => 42)).resolves.toBe(42);
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    await expect(breaker.run(() => Promise.reject(syntax))).rejects.toBe(syntax);
    expect(breaker.state).toBe('closed');
    breaker.dispose();
  });

  it('opens on an unreachable database and then refuses without calling the database', async () => {
    vi.useFakeTimers();
    const breaker = createCircuitBreaker({
      probe: () => Promise.reject(driverError('ServiceUnavailable')),
      probeIntervalMs: 500,
      log: silentLogger,
    });
    await expect(breaker.run(() => Promise.reject(driverError('ServiceUnavailable')))).rejects.toMatchObject({
      code: 'ServiceUnavailable',
    });
    expect(breaker.state).toBe('open');
    const work = vi.fn(async () => 'never');
    await expect(breaker.run(work)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(breaker.run(work)).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(work).not.toHaveBeenCalled();
    expect(() => breaker.check()).toThrow(DatabaseUnavailableError);
    breaker.dispose();
  });

  it('probes at once and then every interval, and closes when the database answers', async () => {
    vi.useFakeTimers();
    let up = false;
    const probe = vi.fn(() => (up ? Promise.resolve() : Promise.reject(driverError('ServiceUnavailable'))));
    const breaker = createCircuitBreaker({ probe, probeIntervalMs: 500, log: silentLogger });
    breaker.open('the embedded Neo4j exited');
    await vi.advanceTimersByTimeAsync(0);
    expect(probe).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(probe).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(breaker.state).toBe('open');
    up = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(async () => 'back')).resolves.toBe('back');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probe).toHaveBeenCalledTimes(3);
    breaker.dispose();
  });

  it('stops probing once disposed', async () => {
    vi.useFakeTimers();
    const probe = vi.fn(() => Promise.reject(driverError('ServiceUnavailable')));
    const breaker = createCircuitBreaker({ probe, probeIntervalMs: 100, log: silentLogger });
    breaker.open('test');
    await vi.advanceTimersByTimeAsync(0);
    breaker.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(probe).toHaveBeenCalledTimes(1);
  });
});

describe('isUnavailable', () => {
  it('knows the driver codes for an unreachable database, also as a cause', () => {
    expect(isUnavailable(driverError('ServiceUnavailable'))).toBe(true);
    expect(isUnavailable(driverError('SessionExpired'))).toBe(true);
    expect(isUnavailable(driverError('Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
    expect(isUnavailable(new Error('wrapped', { cause: driverError('ServiceUnavailable') }))).toBe(true);
    expect(isUnavailable(driverError('Neo.ClientError.Security.Unauthorized'))).toBe(false);
    expect(isUnavailable(new Error('no code'))).toBe(false);
    expect(isUnavailable(undefined)).toBe(false);
  });
});
