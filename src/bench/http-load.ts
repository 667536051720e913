import http from 'node:http';

/**
 * A bounded closed-loop load generator: `clients` concurrent callers, each sending its next
 * request only when the previous one has answered (so the offered load follows the server, and
 * latency is what a waiting user sees). It stops at `requests` completed calls or after
 * `maxMs`, whichever comes first, so a slow side can never stall the benchmark.
 */

export interface LoadOptions {
  /** Concurrent callers (1..256). */
  readonly clients: number;
  /** Calls to complete in all (>= 1). */
  readonly requests: number;
  /** Stop starting new calls after this long, in milliseconds. */
  readonly maxMs: number;
}

export interface LoadResult {
  /** Milliseconds per successful call, in completion order. */
  readonly latencies: number[];
  /** Calls that failed (transport error, non-2xx, or GraphQL `errors`), with the first message. */
  readonly errors: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
  /** True when maxMs ended the run before `requests` calls completed. */
  readonly capped: boolean;
}

/** One call: resolves when it has answered; throws (or returns an error message) when it failed. */
export type Call = () => Promise<string | null>;

/** Runs `call` under the closed loop described above. */
export async function runClosedLoop(call: Call, options: LoadOptions): Promise<LoadResult> {
  if (!(Number.isInteger(options.clients) && options.clients >= 1 && options.clients <= 256)) {
    throw new RangeError(`clients must be an integer from 1 to 256, got ${options.clients}`);
  }
  if (!(Number.isInteger(options.requests) && options.requests >= 1)) {
    throw new RangeError(`requests must be a positive integer, got ${options.requests}`);
  }
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let started = 0;
  const t0 = performance.now();
  const deadline = t0 + options.maxMs;
  const worker = async (): Promise<void> => {
    while (started < options.requests && performance.now() < deadline) {
      started++;
      const begin = performance.now();
      let failure: string | null;
      try {
        failure = await call();
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const took = performance.now() - begin;
      if (failure === null) latencies.push(took);
      else {
        errors++;
        firstError ??= failure;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.clients, options.requests) }, worker));
  return {
    latencies,
    errors,
    firstError,
    elapsedMs: performance.now() - t0,
    capped: latencies.length + errors < options.requests,
  };
}

/**
 * POSTs GraphQL operations to one endpoint on 127.0.0.1 over kept-alive connections (one per
 * client, as a real client pool would hold), and reports a call as failed when the response is
 * not 2xx JSON without `errors`.
 */
export class GraphQLHttpClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  /** `timeoutMs`: a call still unanswered after this long fails (default one minute). */
  constructor(
    url: string,
    maxSockets: number,
    private readonly timeoutMs = 60_000,
  ) {
    this.target = new URL(url);
    if (this.target.hostname !== '127.0.0.1' && this.target.hostname !== 'localhost') {
      throw new Error(`the load generator only targets 127.0.0.1, not ${this.target.hostname}`);
    }
    // An idle connection is closed by the server after its keep-alive timeout (Node's default
    // 5 s), and a request sent on it at that moment fails with "socket hang up". Node's agent
    // drops an idle socket a second before the timeout the server announces, but only when the
    // agent has a timeout of its own (Agent.prototype.keepSocketAlive); without one it keeps
    // idle sockets forever.
    this.agent = new http.Agent({ keepAlive: true, maxSockets, timeout: timeoutMs });
  }

  /** Sends one operation; null on success, else what went wrong. */
  post(body: string): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 0) >= 300) {
              resolve(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`);
              return;
            }
            resolve(graphQLError(text));
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`request timed out after ${this.timeoutMs / 1000} s`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Sends one operation and returns the parsed response body (for checks, not timing). */
  async fetchJson(body: string): Promise<unknown> {
    const res = await fetch(this.target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return res.json();
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The first GraphQL error message in a response body, or null when it has none. */
export function graphQLError(text: string): string | null {
  // Cheap pre-check: a successful body never mentions "errors" at the top level before data.
  if (!text.includes('"errors"')) return null;
  try {
    const parsed = JSON.parse(text) as { errors?: { message?: string }[] };
    if (!parsed.errors || parsed.errors.length === 0) return null;
    return parsed.errors[0]?.message ?? 'GraphQL error without a message';
  } catch {
    return `response is not JSON: ${text.slice(0, 200)}`;
  }
}
