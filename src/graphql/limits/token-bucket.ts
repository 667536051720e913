/** Requests a client may make: `burst` at once, then `perSecond` on average. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  /** When refused: milliseconds until one request is allowed again. */
  readonly retryAfterMs: number;
  /** The same in whole seconds, at least 1 when refused (for the Retry-After header). */
  readonly retryAfterSeconds: number;
}

/**
 * What a refused request (HTTP 400: too big, too deep, broken) costs on top of its token. Real
 * clients rarely send one twice in a row; a flood of refusals, each parsed before it is refused,
 * is slowed to a tenth of the rate.
 */
export const REFUSAL_COST = 10;

/** Clients tracked at most; past this, buckets that have refilled (idle clients) are forgotten first. */
const MAX_CLIENTS = 10_000;

/**
 * A token bucket per client key (the peer address): each request takes one token, tokens come
 * back at `perSecond` up to `burst`. It keeps one client from taking the whole server's time
 * while others wait. Memory is bounded: a full bucket holds no information and is dropped when
 * the table grows past MAX_CLIENTS. The clock is injectable for tests.
 */
export function createRateLimiter(limit: RateLimit, now: () => number = () => performance.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refill = (bucket: { tokens: number; at: number }, time: number): void => {
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond);
    bucket.at = time;
  };

  const forgetIdle = (time: number): void => {
    for (const [key, bucket] of buckets) {
      refill(bucket, time);
      if (bucket.tokens >= limit.burst) buckets.delete(key);
    }
    // Every client is active: drop the oldest entries (a Map iterates in insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < MAX_CLIENTS) break;
      buckets.delete(key);
    }
  };

  return {
    take(key: string): RateDecision {
      const time = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_CLIENTS) forgetIdle(time);
        bucket = { tokens: limit.burst, at: time };
        buckets.set(key, bucket);
      } else {
        refill(bucket, time);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterMs: 0, retryAfterSeconds: 0 };
      }
      const retryAfterMs = Math.ceil(((1 - bucket.tokens) / limit.perSecond) * 1000);
      return { allowed: false, retryAfterMs, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    },
    /** Takes `tokens` more from a client's bucket, below zero if need be (see REFUSAL_COST). */
    charge(key: string, tokens: number): void {
      const bucket = buckets.get(key);
      if (!bucket) return;
      refill(bucket, now());
      bucket.tokens -= tokens;
    },
    /** Clients currently tracked (tests check the table stays bounded). */
    size: () => buckets.size,
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
