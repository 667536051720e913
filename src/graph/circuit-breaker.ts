import type { Logger } from '../support/logger.js';

/**
 * Raised instead of calling the database while the circuit is open. Its `code` is the driver's
 * own for an unreachable server, so every layer that already maps `ServiceUnavailable` (the
 * GraphQL error formatter, /health) treats it the same way.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  readonly code = 'ServiceUnavailable';
}

/** Driver error codes that mean "the database is not reachable", not "this statement failed". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && typeof e === 'object' && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  }
  return false;
}

export interface CircuitBreakerOptions {
  /** One cheap round trip (RETURN 1); resolves when the database answers. */
  readonly probe: () => Promise<void>;
  /** Time between probes while the circuit is open. */
  readonly probeIntervalMs: number;
  readonly log: Logger;
}

export interface CircuitBreaker {
  /** 'open': the database is known to be down and calls fail at once without touching it. */
  readonly state: 'closed' | 'open';
  /** Throws DatabaseUnavailableError while the circuit is open. */
  check(): void;
  /** Runs `work` unless the circuit is open; a failure that means "unreachable" opens it. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Opens the circuit from outside (the supervisor saw the JVM exit) and starts probing. */
  open(reason: string): void;
  /** Stops probing (the driver is closing). */
  dispose(): void;
}

/**
 * A circuit breaker around the driver. Without it, every request made while Neo4j is down waits
 * for the driver's connection timeout and retries (seconds each) and holds a pooled slot meanwhile.
 * With it, the first failure opens the circuit, later calls fail in microseconds with
 * SERVICE_UNAVAILABLE, and a probe (first at once, then every `probeIntervalMs`) closes the circuit
 * as soon as the database answers again, so service resumes without anyone restarting the API.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  let state: 'closed' | 'open' = 'closed';
  let openedAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let disposed = false;

  const probeLoop = (delayMs: number): void => {
    if (disposed) return;
    timer = setTimeout(() => {
      options.probe().then(
        () => {
          if (state !== 'open') return;
          state = 'closed';
          options.log.info('graph database reachable again; circuit closed', {
            downForMs: Date.now() - openedAt,
          });
        },
        () => probeLoop(options.probeIntervalMs),
      );
    }, delayMs);
    timer.unref();
  };

  const open = (reason: string): void => {
    if (state === 'open' || disposed) return;
    state = 'open';
    openedAt = Date.now();
    options.log.error('graph database unreachable; circuit open, requests fail fast until it answers', {
      reason,
    });
    probeLoop(0);
  };

  const check = (): void => {
    if (state === 'open') {
      throw new DatabaseUnavailableError('the graph database is not reachable (circuit open)');
    }
  };

  return {
    get state() {
      return state;
    },
    check,
    async run(work) {
      check();
      try {
        return await work();
      } catch (error) {
        if (isUnavailable(error)) open((error as Error).message);
        throw error;
      }
    },
    open,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
