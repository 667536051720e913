import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../graph/driver.js';
import { projectRoot } from '../server/config.js';
import type { BenchQuery, BenchVariables } from './bench-queries.js';

/**
 * The "raw over HTTP" side: the least any HTTP API over this graph can cost. A bare `node:http`
 * handler that takes `{"name": "<bench query>"}` on POST /raw, runs that query's hand-written
 * Cypher (the raw side's statement and parameters) through neo4j-driver and writes the rows as
 * JSON (`{"data": rows}`; a failure is a 500 with `{"errors": [{message}]}`). No GraphQL, no
 * validation, no limits: what remains is HTTP, one statement and JSON.
 *
 * It runs in its own Node process (raw-http-main.ts), with its own driver and connection pool,
 * so its event loop is not shared with the load generator or the other sides.
 */

export const RAW_HTTP_PATH = '/raw';

/** Temporal values as ISO strings, as a JSON API would send them (numbers are already plain). */
function toJsonValue(_key: string, value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    (neo4j.isDate(value) ||
      neo4j.isDateTime(value) ||
      neo4j.isLocalDateTime(value) ||
      neo4j.isTime(value) ||
      neo4j.isLocalTime(value) ||
      neo4j.isDuration(value))
  ) {
    return String(value);
  }
  return value;
}

/** The request handler, over `db` and the bench's query set (looked up by name). */
export function rawHttpHandler(db: GraphDatabase, queries: readonly BenchQuery[]): http.RequestListener {
  const byName = new Map(queries.map((q) => [q.name, q]));
  const send = (res: http.ServerResponse, status: number, body: string) =>
    res
      .writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      })
      .end(body);
  const fail = (res: http.ServerResponse, status: number, message: string) =>
    send(res, status, JSON.stringify({ errors: [{ message }] }));
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== RAW_HTTP_PATH) {
      fail(res, 404, `POST ${RAW_HTTP_PATH} with {"name": "<bench query>"}`);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let name: unknown;
      try {
        name = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { name?: unknown }).name;
      } catch {
        fail(res, 400, 'request body is not JSON');
        return;
      }
      const q = typeof name === 'string' ? byName.get(name) : undefined;
      if (!q) {
        fail(res, 400, `no bench query named ${JSON.stringify(name)}`);
        return;
      }
      db.read(q.raw.cypher, q.raw.params).then(
        (rows) => send(res, 200, JSON.stringify({ data: rows }, toJsonValue)),
        (error: unknown) => fail(res, 500, error instanceof Error ? error.message : String(error)),
      );
    });
  };
}

/** What the parent sends the child on stdin (one JSON document). */
export interface RawHttpChildConfig {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  readonly queryTimeoutMs: number;
  readonly variables: BenchVariables;
}

export interface RawHttpProcess {
  /** POST endpoint, on 127.0.0.1. */
  readonly url: string;
  readonly pid: number;
  /** Stops the child (SIGTERM) and waits for it to exit. */
  close(): Promise<void>;
}

/** The compiled entry point the child runs: the bench runs from dist/, so it is there. */
export function rawHttpMainScript(): string {
  return path.join(projectRoot(), 'dist', 'bench', 'raw-http-main.js');
}

/**
 * Starts the raw-over-HTTP side in a child Node process and waits until it listens. The
 * credentials go over stdin, not the command line or environment, so `ps` does not show them.
 */
export async function startRawHttpProcess(config: RawHttpChildConfig): Promise<RawHttpProcess> {
  const script = rawHttpMainScript();
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: build first (npm run build; npm run bench does it)`);
  }
  const child = spawn(process.execPath, [script], {
    cwd: projectRoot(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin!.end(JSON.stringify(config));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the raw-HTTP side did not start within 30 s: ${stderr}`));
    }, 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('listening '));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice('listening '.length).trim());
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the raw-HTTP side exited (${code ?? signal}) before listening: ${stderr}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    close: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Listens on 127.0.0.1 (a free port) and resolves with the server and its URL. */
export async function listenRawHttp(
  handler: http.RequestListener,
): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 60_000;
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  return { server, url: `http://127.0.0.1:${port}${RAW_HTTP_PATH}` };
}
