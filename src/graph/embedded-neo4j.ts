import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from '../support/logger.js';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home: the database files live in `<dataDir>/data`, its logs in `<dataDir>/logs`. */
  readonly dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  readonly boltPort: number;
  /** JVM heap, e.g. "2g". */
  readonly heap: string;
  /** Neo4j page cache, e.g. "1g". */
  readonly pageCache: string;
  readonly txTimeoutSeconds: number;
  readonly startTimeoutSeconds: number;
  /** The Maven project built by `npm install` (scripts/build-launcher.mjs). */
  readonly launcherDir: string;
  readonly javaHome: string | null;
  /**
   * Password of the `neo4j` user (NEO4J_PASSWORD); null: the one stored in `<dataDir>/neo4j-password`,
   * generated at the first start (see embeddedPassword).
   */
  readonly password: string | null;
  /**
   * Supervision: after an unexpected exit the JVM is started again after `delayMs`, doubling up to
   * `maxDelayMs` while restarts keep failing. Null: not restarted.
   */
  readonly restart: { readonly delayMs: number; readonly maxDelayMs: number } | null;
  /**
   * The JVM's garbage collector. 'latency' (the default): G1, which keeps pauses short for a
   * database that answers queries. 'throughput': the parallel collector, for a JVM that only
   * loads and is stopped afterwards (`npm run seed` on its own): it loaded 10,000 texts into an
   * empty store in 0.92 of G1's time, but collects the old generation in one stop-the-world
   * pause, which a serving database should not take (docs/loading.md, "The collector").
   */
  readonly collector?: 'latency' | 'throughput';
}

export type EmbeddedNeo4jState = 'down' | 'up';

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly version: string;
  /** The JVM's pid now (a restart changes it). */
  readonly pid: number;
  readonly username: string;
  readonly password: string;
  /** Called with 'down' when the JVM exits unexpectedly and 'up' when a restart is ready. */
  onStateChange(listener: (state: EmbeddedNeo4jState) => void): void;
  /** Shuts the database down cleanly; resolves when the process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** What a running `npm start` (or seed) leaves in `<dataDir>/neo4j.run.json` so other commands find it. */
export interface EmbeddedNeo4jRunFile {
  /** The Node process that started and supervises the JVM. */
  readonly pid: number;
  readonly jvmPid: number;
  readonly uri: string;
  /** Where the password came from: the other command must use the same. */
  readonly passwordFrom: 'file' | 'NEO4J_PASSWORD';
  readonly startedAt: string;
}

export const EMBEDDED_USERNAME = 'neo4j';
const PASSWORD_FILE = 'neo4j-password';
const RUN_FILE = 'neo4j.run.json';
/** A JVM that ran this long before dying gets the first restart delay again, not a doubled one. */
const STABLE_RUN_MS = 60_000;

/** A start failure the user can act on; `code` is stable, the message names the fix. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  constructor(
    readonly code:
      | 'JAVA_MISSING'
      | 'LAUNCHER_NOT_BUILT'
      | 'STORE_LOCKED'
      | 'PORT_TAKEN'
      | 'START_FAILED'
      | 'START_TIMEOUT'
      | 'BAD_PASSWORD',
    message: string,
  ) {
    super(message);
  }
}

const MAIN_CLASS = 'dev.perjanjian.launcher.Launcher';
/** Java 17 closes these packages; Neo4j's page cache and Bolt need them open. */
const ADD_OPENS = [
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/sun.nio.ch',
  'java.base/java.lang',
].map((p) => `--add-opens=${p}=ALL-UNNAMED`);
const LINE = /^NEO4J_LAUNCHER (READY|ERROR) (\S+)(?: (.*))?$/;

/**
 * Starts the embedded Neo4j (launcher/) as a child process and resolves once Bolt accepts
 * connections. The child watches its stdin, so it also shuts down if this process dies.
 *
 * With `restart` set the JVM is supervised: an exit that `stop()` did not ask for is logged at error
 * level and the JVM started again on the same port and directory, with backoff, until it is up or
 * `stop()` is called; `onStateChange` listeners hear 'down' and 'up'.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions, log: Logger): Promise<EmbeddedNeo4j> {
  const java = findJava(options.javaHome);
  const classpath = launcherClasspath(options.launcherDir);
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  await assertPortFree(port);
  prepareDataDir(options.dataDir, log);
  const password = options.password ?? embeddedPassword(options.dataDir, log);
  if (password.length < 8) {
    throw new EmbeddedNeo4jError(
      'BAD_PASSWORD',
      'NEO4J_PASSWORD has fewer than 8 characters, which Neo4j refuses; use a longer one, or unset it to use the generated password',
    );
  }

  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    options.collector === 'throughput' ? '-XX:+UseParallelGC' : '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    ...ADD_OPENS,
    `-Dneo4j.home=${options.dataDir}`,
    `-Dneo4j.bolt.port=${port}`,
    `-Dneo4j.pagecache=${options.pageCache}`,
    `-Dneo4j.txTimeoutSeconds=${options.txTimeoutSeconds}`,
    '-cp',
    classpath,
    MAIN_CLASS,
  ];
  const launch = async (): Promise<Jvm> => {
    log.info('starting embedded Neo4j', { dataDir: options.dataDir, port, heap: options.heap });
    const jvm = await launchJvm(java, args, password, options.startTimeoutSeconds * 1000, log);
    log.info('embedded Neo4j ready', { uri: jvm.uri, version: jvm.version, pid: jvm.child.pid });
    return jvm;
  };

  let current = await launch().catch((error: unknown) => {
    const holder = error instanceof EmbeddedNeo4jError && error.code === 'STORE_LOCKED';
    const running = holder ? findRunningNeo4j(options.dataDir) : null;
    if (!running) throw error;
    throw new EmbeddedNeo4jError(
      'STORE_LOCKED',
      `${(error as Error).message}; it is process ${running.pid} (Bolt ${running.uri}); npm run seed can use it while it runs`,
    );
  });
  const runFile: Omit<EmbeddedNeo4jRunFile, 'jvmPid'> = {
    pid: process.pid,
    uri: current.uri,
    passwordFrom: options.password === null ? 'file' : 'NEO4J_PASSWORD',
    startedAt: new Date().toISOString(),
  };
  writeRunFile(options.dataDir, { ...runFile, jvmPid: current.child.pid! });
  const removeRunFileOnExit = () => removeRunFile(options.dataDir, process.pid);
  process.once('exit', removeRunFileOnExit);

  const listeners: ((state: EmbeddedNeo4jState) => void)[] = [];
  const notify = (state: EmbeddedNeo4jState) => {
    for (const listener of listeners) listener(state);
  };
  let stopRequested = false;
  let inFlight: Promise<Jvm> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let delay = options.restart?.delayMs ?? 0;

  const supervise = (jvm: Jvm): void => {
    const startedAt = Date.now();
    void jvm.exited.then(({ code, signal }) => {
      if (stopRequested || !options.restart) return;
      if (Date.now() - startedAt >= STABLE_RUN_MS) delay = options.restart.delayMs;
      log.error('embedded Neo4j exited unexpectedly; restarting it', {
        pid: jvm.child.pid,
        code,
        signal,
        restartInMs: delay,
        stderr: jvm.stderrTail.slice(-3).join(' | ') || undefined,
      });
      notify('down');
      const attempt = async (): Promise<void> => {
        if (stopRequested) return;
        try {
          inFlight = assertPortFree(port).then(launch);
          current = await inFlight;
          inFlight = null;
          if (stopRequested) return await stopJvm(current, log);
          writeRunFile(options.dataDir, { ...runFile, jvmPid: current.child.pid! });
          log.info('embedded Neo4j restarted', { pid: current.child.pid, uri: current.uri });
          supervise(current);
          notify('up');
        } catch (error) {
          inFlight = null;
          if (stopRequested) return;
          delay = Math.min(delay * 2, options.restart!.maxDelayMs);
          log.error('embedded Neo4j restart failed; trying again', {
            error: (error as Error).message,
            restartInMs: delay,
          });
          timer = setTimeout(() => void attempt(), delay);
        }
      };
      timer = setTimeout(() => void attempt(), delay);
    });
  };
  supervise(current);

  let stopping: Promise<void> | null = null;
  return {
    uri: current.uri,
    version: current.version,
    get pid() {
      return current.child.pid!;
    },
    username: EMBEDDED_USERNAME,
    password,
    onStateChange(listener) {
      listeners.push(listener);
    },
    stop() {
      stopping ??= (async () => {
        stopRequested = true;
        clearTimeout(timer);
        await inFlight?.catch(() => undefined);
        await stopJvm(current, log);
        removeRunFile(options.dataDir, process.pid);
        process.removeListener('exit', removeRunFileOnExit);
      })();
      return stopping;
    },
  };
}

interface Jvm {
  readonly child: ChildProcess;
  readonly uri: string;
  readonly version: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stderrTail: string[];
}

/**
 * One JVM, started with only the environment it needs: it never sees API_TOKEN, NEO4J_PASSWORD or
 * anything else of ours. The password reaches it on stdin, which stays open (closing it stops Neo4j).
 */
async function launchJvm(
  java: string,
  args: readonly string[],
  password: string,
  timeoutMs: number,
  log: Logger,
): Promise<Jvm> {
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], env: jvmEnvironment() });
  child.stdin!.on('error', () => undefined);
  child.stdin!.write(`${password}\n`);
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
    log.debug('neo4j stderr', { line });
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = await waitForReady(
    child,
    exited.then(({ code }) => code),
    timeoutMs,
    stderrTail,
  ).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  return { child, ...ready, exited, stderrTail };
}

async function stopJvm(jvm: Jvm, log: Logger): Promise<void> {
  const { child } = jvm;
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM runs the launcher's shutdown hook: a clean Neo4j shutdown that releases the store lock.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await jvm.exited;
  clearTimeout(timer);
  log.info('embedded Neo4j stopped', { pid: child.pid });
}

/** PATH to find nothing unexpected, a locale and time zone for Java; no secret, no token, no config of ours. */
export function jvmEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = { PATH: env.PATH ?? '/usr/bin:/bin', LANG: env.LANG ?? 'C.UTF-8' };
  for (const name of ['LC_ALL', 'TZ', 'TMPDIR'] as const) if (env[name]) kept[name] = env[name];
  return kept;
}

/** The data directory holds the whole graph and its password: owner-only, like the files in it. */
function prepareDataDir(dataDir: string, log: Logger): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = fs.statSync(dataDir).mode & 0o777;
  if (mode & 0o077) {
    fs.chmodSync(dataDir, 0o700);
    log.warn('the Neo4j data directory was readable by other users; made it owner-only (0700)', {
      dataDir,
      was: mode.toString(8),
    });
  }
}

/**
 * The password the embedded Neo4j runs with when NEO4J_PASSWORD is unset: generated at the first
 * start and stored in `<dataDir>/neo4j-password` with owner-only permissions (0600), so every command
 * of this project run by the same user (npm start, npm run seed, the tests) can read it and no other
 * local user can.
 */
export function embeddedPassword(dataDir: string, log: Logger): string {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    fs.writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    log.info('generated a password for the embedded Neo4j', { file });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    fs.chmodSync(file, 0o600);
    log.warn('the Neo4j password file was readable by other users; made it owner-only (0600)', {
      file,
      was: mode.toString(8),
    });
  }
  return readStoredPassword(dataDir)!;
}

/** The stored password of the embedded Neo4j in `dataDir`, or null when it was never started there. */
export function readStoredPassword(dataDir: string): string | null {
  try {
    return fs.readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The embedded Neo4j a live process started on `dataDir` (its run file), or null. A run file whose
 * process is gone (killed with SIGKILL) is stale: it is removed and null returned.
 */
export function findRunningNeo4j(dataDir: string): EmbeddedNeo4jRunFile | null {
  const file = path.join(dataDir, RUN_FILE);
  let run: EmbeddedNeo4jRunFile;
  try {
    run = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedNeo4jRunFile;
  } catch {
    return null;
  }
  if (!isAlive(run.pid) || !isAlive(run.jvmPid)) {
    fs.rmSync(file, { force: true });
    return null;
  }
  return run;
}

function isAlive(pid: unknown): boolean {
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeRunFile(dataDir: string, run: EmbeddedNeo4jRunFile): void {
  const file = path.join(dataDir, RUN_FILE);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(run)}\n`, { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/** Removes the run file if `pid` wrote it (never another process's). */
function removeRunFile(dataDir: string, pid: number): void {
  const file = path.join(dataDir, RUN_FILE);
  try {
    const run = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedNeo4jRunFile;
    if (run.pid === pid) fs.rmSync(file, { force: true });
  } catch {
    // Already gone, or not ours to remove.
  }
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
  stderrTail: readonly string[],
): Promise<{ uri: string; version: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new EmbeddedNeo4jError(
            'START_TIMEOUT',
            `embedded Neo4j did not accept Bolt connections within ${timeoutMs / 1000}s; raise NEO4J_START_TIMEOUT_SECONDS or see the logs under NEO4J_DATA_DIR/logs`,
          ),
        ),
      timeoutMs,
    );
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      const [, kind, head, rest = ''] = match;
      if (kind === 'READY') {
        resolve({ uri: head!, version: /version=(\S+)/.exec(rest)?.[1] ?? 'unknown' });
      } else {
        const code = head === 'STORE_LOCKED' || head === 'PORT_TAKEN' ? head : 'START_FAILED';
        reject(new EmbeddedNeo4jError(code, `embedded Neo4j could not start: ${rest}`));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const detail = stderrTail.slice(-3).join(' | ') || 'no output';
      reject(
        new EmbeddedNeo4jError(
          'START_FAILED',
          `embedded Neo4j exited with code ${code} before it was ready: ${detail}`,
        ),
      );
    });
  });
}

function findJava(javaHome: string | null): string {
  const candidate = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `Java 17 or newer is needed to run the embedded Neo4j, but '${candidate}' did not run; install a JDK 17+ (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use an existing Neo4j server`,
    );
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1] ?? 0);
  if (major && major < 17) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `Java ${major} found at '${candidate}', but Neo4j 5.26 needs Java 17 or newer; set JAVA_HOME to a JDK 17+`,
    );
  }
  return candidate;
}

function launcherClasspath(launcherDir: string): string {
  const classes = path.join(launcherDir, 'target', 'classes');
  const lib = path.join(launcherDir, 'target', 'lib');
  const built =
    fs.existsSync(path.join(classes, ...MAIN_CLASS.split('.')) + '.class') &&
    fs.existsSync(lib) &&
    fs.readdirSync(lib).some((f) => f.startsWith('neo4j-kernel'));
  if (!built) {
    throw new EmbeddedNeo4jError(
      'LAUNCHER_NOT_BUILT',
      `the embedded Neo4j launcher is not built (no jars in ${lib}); run 'npm install' (it runs Maven) or 'node scripts/build-launcher.mjs'`,
    );
  }
  return [classes, path.join(lib, '*')].join(path.delimiter);
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new EmbeddedNeo4jError(
          'PORT_TAKEN',
          `port ${port} on 127.0.0.1 is already in use (another Neo4j?); stop what holds it or set NEO4J_BOLT_PORT to a free port`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** A port the OS reports free now; the launcher binds it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
