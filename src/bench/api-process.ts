import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A build's API in a process of its own, as the A/B scripts run it (answer-ab.ts and the
 * scripts/*-ab.mjs that compare two builds): `<root>/dist/server/main.js` against a given Neo4j,
 * production mode, no seeding, no warm-up, no rate limit, on a free loopback port.
 */
export interface ApiProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** `http://127.0.0.1:<port>/graphql` */
  readonly url: string;
  /** Stops the process (SIGINT, its own clean shutdown) and resolves when it has exited. */
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  /** The build's root: a checkout with `dist/` built. */
  readonly root: string;
  readonly neo4j: { readonly uri: string; readonly username?: string; readonly password: string };
  /** Writes a V8 CPU profile of the process to `dir`/`name` when it exits. */
  readonly cpuProfile?: { readonly dir: string; readonly name: string } | null;
  /** Names the process in an error. */
  readonly label?: string;
}

/** A port nothing listens on now (the kernel's pick), on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the build's API and resolves once it has logged that it is ready. */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const { root, neo4j, cpuProfile } = options;
  const port = await freePort();
  const flags = cpuProfile
    ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfile.dir}`, `--cpu-prof-name=${cpuProfile.name}`]
    : [];
  const child = spawn(process.execPath, [...flags, path.join(root, 'dist/server/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username ?? 'neo4j',
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      WARM_UP: '0',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_SECOND: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('GraphQL API ready at')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`${options.label ?? 'the API'} (${root}) exited with ${code} before ready`)),
    );
  });
  return {
    child,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      await exited;
    },
  };
}

/**
 * CPU time a process has used so far, in milliseconds (/proc/<pid>/stat utime + stime, Linux;
 * NaN elsewhere). Unlike latency it hardly moves with the machine's load.
 */
export function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}
