import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly version: string;
  readonly pid: number;
  /** Shuts the database down cleanly; resolves when the process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

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
      | 'START_TIMEOUT',
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
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions, log: Logger): Promise<EmbeddedNeo4j> {
  const java = findJava(options.javaHome);
  const classpath = launcherClasspath(options.launcherDir);
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  await assertPortFree(port);
  fs.mkdirSync(options.dataDir, { recursive: true });

  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
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
  log.info('starting embedded Neo4j', { dataDir: options.dataDir, port, heap: options.heap });
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
    log.debug('neo4j stderr', { line });
  });

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await waitForReady(child, exited, options.startTimeoutSeconds * 1000, stderrTail).catch(
    async (error: unknown) => {
      child.kill('SIGKILL');
      await exited;
      throw error;
    },
  );
  log.info('embedded Neo4j ready', { uri: ready.uri, version: ready.version, pid: child.pid });

  let stopping: Promise<void> | null = null;
  return {
    uri: ready.uri,
    version: ready.version,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        // SIGTERM runs the launcher's shutdown hook: a clean Neo4j shutdown that releases the store lock.
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(timer);
        log.info('embedded Neo4j stopped', { pid: child.pid });
      })();
      return stopping;
    },
  };
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
