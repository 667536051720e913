/**
 * Issue 15's abuse scenario, shared by its integration test (what must hold) and the abuse
 * benchmark (what it costs the other clients): one client sends the alias bomb
 * `{ a0: search(text: "x", first: 5) { score } … a2999: … }` with four requests in flight, while
 * three ordinary clients, each on its own loopback address, ask a small query one request at a
 * time. Unprotected, the bomb ran 3,000 statements, took 7-12 s and timed the others out.
 *
 * The attacker is a separate process on 127.0.0.2, as a real one would be, so the measuring
 * process's event loop carries only the server's side of the attack (and the clients'). It runs
 * at the lowest CPU priority: a real attacker's own work runs on its machine, not the server's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';

export const ATTACKER_ADDRESS = '127.0.0.2';
export const CLIENT_ADDRESSES = ['127.0.0.3', '127.0.0.4', '127.0.0.5'] as const;

/** The ordinary clients' query: a dashboard's small list. */
export const ORDINARY_BODY = JSON.stringify({
  query: '{ agreements(first: 5) { totalCount edges { node { title signedOn } } } }',
});

/** How long an ordinary client waits for an answer before counting the request as failed. */
export const CLIENT_TIMEOUT_MS = 5_000;

/** Issue 15's bomb, built inside the attacker process (as an argument it would be too long). */
const BOMB_SOURCE =
  'JSON.stringify({ query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: search(text: "x", first: 5) { score }`).join(" ")} }` })';

/** One ordinary request: its status, its body and how long the answer took. */
export interface OrdinaryAnswer {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

function post(port: number, agent: http.Agent, body: string): Promise<OrdinaryAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        timeout: CLIENT_TIMEOUT_MS,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    // A timeout or a reset is an answer the client did not get: status 0.
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => resolve({ status: 0, body: error.message, ms: performance.now() - started }));
    req.end(body);
  });
}

/**
 * The three ordinary clients, each sending `requestsPerClient` requests one after another with
 * `pauseMs` between an answer and the next request (a dashboard, not a flood), all at once.
 */
export async function ordinaryTraffic(
  port: number,
  { requestsPerClient = 40, pauseMs = 60 }: { requestsPerClient?: number; pauseMs?: number } = {},
): Promise<OrdinaryAnswer[]> {
  const answers: OrdinaryAnswer[] = [];
  await Promise.all(
    CLIENT_ADDRESSES.map(async (localAddress) => {
      const agent = new http.Agent({ keepAlive: true, localAddress });
      try {
        for (let i = 0; i < requestsPerClient; i++) {
          answers.push(await post(port, agent, ORDINARY_BODY));
          await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  return answers;
}

/** What the attacker got back: a count per HTTP status ("error" for a failed connection) and one refusal's body. */
export interface AttackSummary {
  readonly statuses: Record<string, number>;
  /** The body of the first 400 answer, to show where the bomb was stopped. */
  readonly first400: string | null;
}

export interface Attacker {
  readonly child: ChildProcess;
  /** Resolves once the attacker's first requests are on their way. */
  readonly started: Promise<void>;
  /** Stops the attack and resolves with what it got back. */
  stop(): Promise<AttackSummary>;
}

/** Starts sending the bomb from ATTACKER_ADDRESS, four requests in flight, until stopped (at most 60 s). */
export function startAttacker(port: number): Attacker {
  const script = `
    import http from 'node:http';
    const body = ${BOMB_SOURCE};
    const agent = new http.Agent({ keepAlive: true, localAddress: '${ATTACKER_ADDRESS}' });
    const deadline = Date.now() + 60_000;
    const statuses = {};
    let first400 = null;
    let stop = false;
    process.on('SIGTERM', () => { stop = true; });
    const one = () => new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: ${port}, path: '/graphql', method: 'POST', agent,
        headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { if (first400 === null && res.statusCode === 400) text += d; });
        res.on('end', () => {
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          if (first400 === null && res.statusCode === 400) first400 = text;
          resolve();
        });
      });
      req.on('error', () => { statuses.error = (statuses.error ?? 0) + 1; resolve(); });
      req.end(body);
    });
    const loop = async () => { while (!stop && Date.now() < deadline) await one(); };
    process.stdout.write('ready\\n');
    await Promise.all([loop(), loop(), loop(), loop()]);
    process.stdout.write(JSON.stringify({ statuses, first400 }) + '\\n');
    agent.destroy();
  `;
  const child = spawn('nice', ['-n', '19', process.execPath, '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const summary = new Promise<AttackSummary>((resolve, reject) =>
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`the attacker process ended with code ${code} and printed: ${out.slice(0, 300)}`));
        return;
      }
      resolve(JSON.parse(last) as AttackSummary);
    }),
  );
  const started = new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return {
    child,
    started,
    stop: () => {
      child.kill('SIGTERM');
      return summary;
    },
  };
}
