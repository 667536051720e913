import http from 'node:http';
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

  it('closes an idle connection before the keep-alive timeout the server announces', async () => {
    // The server closes idle connections after 2 s and says so (Keep-Alive: timeout=2); a client
    // that kept the socket would race that close with its next request ("socket hang up").
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"ok":true}}');
    });
    server.keepAliveTimeout = 2_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const client = new GraphQLHttpClient(`http://127.0.0.1:${port}/graphql`, 1, 10_000);
    const connections = () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      );
    try {
      expect(await client.post('{"query":"{ ok }"}')).toBeNull();
      expect(await connections()).toBe(1);
      // The client lets the socket go a second before the announced 2 s; the server has not yet.
      await new Promise((resolve) => setTimeout(resolve, 1_600));
      expect(await connections()).toBe(0);
      expect(await client.post('{"query":"{ ok }"}')).toBeNull();
    } finally {
      client.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
