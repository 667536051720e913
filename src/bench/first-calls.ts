import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../server/config.js';

/**
 * "First call after ready": starts the API the way `npm start` does (`node dist/server/main.js`,
 * a fresh Node process and, without NEO4J_URI, a fresh embedded Neo4j on the bench's store),
 * waits for its "ready" line, then times the first call of every operation in examples/ (as
 * written: the variables are the defaults in each file), one by one, and the first ingest of an
 * agreement text the store does not hold. This is what a user meets right after a deploy or a
 * restart, before anything is warm except what start-up itself warmed.
 *
 * Order: the example queries (sorted by path), then the first ingest (a real text, so the write
 * path runs end to end), then the example mutations (the ingest example's placeholder text is
 * refused as NO_PARTIES, the delete example names an id that does not exist: neither changes
 * the graph). The ingest comes after the reads so that it does not drop what the reads cached.
 */

export interface FirstCall {
  /** Relative to examples/ ("relationships/shared-signatories.graphql"), or "first ingest (<file>)". */
  readonly operation: string;
  readonly ms: number;
  /** Top-level items answered (edges for a connection, 1 for an object), 0 for an empty answer. */
  readonly answerSize: number;
  /** The first GraphQL error's code and message, null when it answered without errors. */
  readonly error: string | null;
  readonly mutation: boolean;
}

export interface FirstCallsResult {
  /** From spawning the process to its "ready" line, in seconds (Neo4j start, schema, warm-up). */
  readonly startSeconds: number;
  /** What the API logged about its warm-up ("warm-up done" fields), if anything. */
  readonly warmUp: string | null;
  readonly calls: FirstCall[];
  /** The first ingest mutation: its time and the status it answered (CREATED expected). */
  readonly ingest: {
    readonly file: string;
    readonly ms: number;
    readonly status: string | null;
    readonly error: string | null;
  };
}

export interface FirstCallsOptions {
  /**
   * Environment of the API process besides PATH/HOME: where its store or server is
   * (NEO4J_DATA_DIR, or NEO4J_URI with credentials). PORT, HOST, API_TOKEN, NODE_ENV,
   * SEED_ON_START and LOG_LEVEL are set here.
   */
  readonly env: Record<string, string>;
  /** The text ingested as the first ingest (must not be in the store already). */
  readonly ingestFile: string;
  /** Longest wait for "ready" (Neo4j start on a large store can take minutes). */
  readonly startTimeoutMs?: number;
}

/** The compiled entry point of `npm start`. */
export function serverMainScript(): string {
  return path.join(projectRoot(), 'dist', 'server', 'main.js');
}

/** Every examples/ operation file, relative to examples/, sorted; queries before mutations. */
export function exampleOperations(): { file: string; text: string; mutation: boolean }[] {
  const root = path.join(projectRoot(), 'examples');
  const files: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(path.join(root, dir.name))) {
      if (f.endsWith('.graphql')) files.push(`${dir.name}/${f}`);
    }
  }
  return files.sort().map((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    // The first definition's keyword; comment lines come before it.
    const body = text.replace(/^\s*#.*$/gm, '').trim();
    return { file, text, mutation: body.startsWith('mutation') };
  });
}

export async function measureFirstCalls(options: FirstCallsOptions): Promise<FirstCallsResult> {
  const script = serverMainScript();
  if (!existsSync(script)) throw new Error(`${script} is missing: build first (npm run build)`);
  const token = randomBytes(24).toString('hex');
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: projectRoot(),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      JAVA_HOME: process.env.JAVA_HOME,
      ...options.env,
      HOST: '127.0.0.1',
      PORT: '0',
      API_TOKEN: token,
      NODE_ENV: 'production',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      // One client calling one by one: the default rate limit never bites, but say so explicitly.
      RATE_LIMIT_PER_SECOND: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  let warmUp: string | null = null;
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000);
    for (const line of d.toString().split('\n')) {
      if (line.includes('"msg":"warm-up')) warmUp = line.trim();
    }
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () =>
          reject(new Error(`the API was not ready within ${(options.startTimeoutMs ?? 300_000) / 1000} s`)),
        options.startTimeoutMs ?? 300_000,
      );
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /GraphQL API ready at (http:\/\/\S+\/graphql)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the API exited (${code ?? signal}) before it was ready: ${stderr.slice(-2000)}`));
      });
    });
    const startSeconds = (performance.now() - started) / 1000;
    const post = async (query: string, variables: Record<string, unknown>, auth: boolean) => {
      const begin = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      const ms = performance.now() - begin;
      const first = body.errors?.[0];
      const error = first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : null;
      return { ms, body, error };
    };
    const examples = exampleOperations();
    const calls: FirstCall[] = [];
    for (const op of examples.filter((e) => !e.mutation)) {
      const { ms, body, error } = await post(op.text, {}, false);
      calls.push({ operation: op.file, ms, answerSize: answerSize(body.data), error, mutation: false });
    }
    const text = readFileSync(options.ingestFile, 'utf8');
    const ingestName = path.basename(options.ingestFile);
    const ingestAnswer = await post(
      `mutation($text: String!, $sourceName: String) { ingestAgreement(text: $text, sourceName: $sourceName) { status agreement { id } } }`,
      { text, sourceName: ingestName },
      true,
    );
    const status =
      (ingestAnswer.body.data?.ingestAgreement as { status?: string } | undefined)?.status ?? null;
    for (const op of examples.filter((e) => e.mutation)) {
      const { ms, body, error } = await post(op.text, {}, true);
      calls.push({ operation: op.file, ms, answerSize: answerSize(body.data), error, mutation: true });
    }
    return {
      startSeconds,
      warmUp,
      calls,
      ingest: { file: ingestName, ms: ingestAnswer.ms, status, error: ingestAnswer.error },
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      // A clean stop (HTTP, driver, then the embedded Neo4j) leaves the store reusable.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
  }
}

function answerSize(data: Record<string, unknown> | null | undefined): number {
  const first = data ? Object.values(data)[0] : undefined;
  if (Array.isArray(first)) return first.length;
  if (first && typeof first === 'object') {
    const edges = (first as { edges?: unknown }).edges;
    return Array.isArray(edges) ? edges.length : 1;
  }
  return first === null || first === undefined || first === false ? 0 : 1;
}
