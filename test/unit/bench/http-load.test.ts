import { describe, expect, it } from 'vitest';
import { GraphQLHttpClient, graphQLError, runClosedLoop } from '../../../src/bench/http-load.js';

describe('runClosedLoop', () => {
  it('completes exactly the requested number of calls and never runs more than `clients` at once', async () => {
    let inFlight = 0;
    let most = 0;
    const result = await runClosedLoop(
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
        return null;
      },
      { clients: 3, requests: 10, maxMs: 10_000 },
    );
    expect(result.latencies).toHaveLength(10);
    expect(result.errors).toBe(0);
    expect(result.capped).toBe(false);
    expect(most).toBe(3);
  });

  it('counts failures (returned messages and throws) apart from latencies, keeping the first message', async () => {
    let n = 0;
    const result = await runClosedLoop(
      async () => {
        n++;
        if (n === 2) return 'first failure';
        if (n === 3) throw new Error('second failure');
        return null;
      },
      { clients: 1, requests: 4, maxMs: 10_000 },
    );
    expect(result.latencies).toHaveLength(2);
    expect(result.errors).toBe(2);
    expect(result.firstError).toBe('first failure');
  });

  it('stops starting calls at the time cap and says so', async () => {
    const result = await runClosedLoop(() => new Promise((resolve) => setTimeout(() => resolve(null), 20)), {
      clients: 1,
      requests: 1000,
      maxMs: 50,
    });
    expect(result.capped).toBe(true);
    expect(result.latencies.length).toBeLessThan(10);
  });

  it('refuses a client count outside 1..256', async () => {
    await expect(runClosedLoop(async () => null, { clients: 0, requests: 1, maxMs: 10 })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('graphQLError', () => {
  it('is null for a body without errors and the first message otherwise', () => {
    expect(graphQLError('{"data":{"x":1}}')).toBeNull();
    expect(graphQLError('{"errors":[{"message":"boom"}],"data":null}')).toBe('boom');
  });
});

describe('GraphQLHttpClient', () => {
  it('only targets 127.0.0.1', () => {
    expect(() => new GraphQLHttpClient('http://example.com/graphql', 1)).toThrow(/127\.0\.0\.1/);
  });
});
