/**
 * The command-line entry points as a user runs them: compiled (`dist/`, what `npm run seed` and
 * `npm start` execute), in a child process, against the integration Neo4j.
 * - `--help` on every command in src/cli, without touching a file or a database;
 * - `npm start` refuses a taken HTTP port before it starts Neo4j, naming PORT;
 * - `npm run seed` while `npm start` runs: it finds the running embedded Neo4j through its run
 *   file and seeds over Bolt with the stored password;
 * - a seed run killed with SIGKILL mid-way leaves no half-written agreement, and a re-run
 *   completes with the right counts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../src/corpus/generate-corpus.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { wipeGraph } from '../../src/graph/wipe-graph.js';
import { projectRoot } from '../../src/server/config.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

const root = projectRoot();

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user who set none of our variables (so nothing leaks in from the test run). */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn' };
  return { ...env, ...extra };
}

function start(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

const run = (args: string[], env: NodeJS.ProcessEnv): Promise<Run> => start(args, env).done;

describe('the command-line entry points', () => {
  beforeAll(async () => {
    // What `npm start` and `npm run seed` run first (their pre-scripts).
    const build = await run(
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      userEnv(),
    );
    if (build.code !== 0)
      throw new Error(`tsc -p tsconfig.build.json failed: ${build.stdout}${build.stderr}`);
  }, 300_000);

  describe('--help', () => {
    // An unreachable database: a command that tried to connect would fail instead of printing help.
    const env = userEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    it.each([
      ['seed', 'usage: npm run seed -- [DIR|FILE...]'],
      ['parse', 'usage: npm run --silent parse -- FILE...'],
      ['corpus', 'usage: npm run corpus -- --agreements N --seed S --out DIR'],
      ['corpus-accuracy', 'usage: node dist/cli/corpus-accuracy.js DIR'],
      ['emit-schema', 'usage: npm run fix:schema'],
    ])('%s --help prints its usage and exits 0', async (cli, usage) => {
      for (const flag of ['--help', '-h']) {
        const result = await run([`dist/cli/${cli}.js`, flag], env);
        expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
        expect(result.stdout.split('\n')[0]).toBe(usage);
      }
    });

    it('seed --help does not look for a file named --help, and after -- too', async () => {
      const result = await run(['dist/cli/seed.js', '--', '--help'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('npm start running');
      expect(result.stdout).not.toContain('--help: no such file');
    });

    it('seed refuses an unknown option instead of reading it as a path', async () => {
      const result = await run(['dist/cli/seed.js', '--dry-run'], env);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('error: unknown option --dry-run; npm run seed -- --help lists them\n');
    });
  });

  it('npm start refuses a taken HTTP port at once, naming PORT, before starting Neo4j', async () => {
    const holder = net.createServer();
    const port = await new Promise<number>((resolve) =>
      holder.listen(0, '127.0.0.1', () => resolve((holder.address() as net.AddressInfo).port)),
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-port-test-'));
    try {
      const result = await run(
        ['dist/server/main.js'],
        userEnv({ PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0' }),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `error: port ${port} on 127.0.0.1 is already in use (another npm start?); stop what holds it or set PORT to a free port, e.g. PORT=4001 npm start\n`,
      );
      // Neo4j never started: no store, no password generated.
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      holder.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe.runIf(inject('neo4jEmbedded'))('npm run seed while the embedded Neo4j runs', () => {
    let db: GraphDatabase;
    let corpusDir: string;
    // The integration setup's embedded Neo4j stands for `npm start`: it wrote the run file and the
    // password file into its data directory, as npm start does into data/neo4j.
    const seedEnv = () => userEnv({ NEO4J_DATA_DIR: inject('neo4jDataDir') });

    beforeAll(async () => {
      db = await connectTestDatabase();
      await wipeGraph(db);
      await applySchema(db);
    });

    afterAll(async () => {
      await wipeGraph(db);
      await db?.close();
      if (corpusDir) fs.rmSync(corpusDir, { recursive: true, force: true });
    });

    const loadedAgreements = async (): Promise<number> =>
      (await db.read<{ n: number }>('MATCH (a:Agreement {loaded: true}) RETURN count(a) AS n'))[0]!.n;

    it('connects over Bolt with the stored password and seeds the five texts', async () => {
      const result = await run(['dist/cli/seed.js', 'seed'], seedEnv());
      // Progress lines only: no error, no attempt to start a second Neo4j on the locked store.
      expect(result.stderr).toContain('[5/5] CREATED');
      expect(result.stderr).not.toMatch(/error|STORE_LOCKED/i);
      expect(result.stdout).toContain('seeded 5 file(s): 5 created, 0 updated, 0 unchanged, 0 failed');
      expect(result.code).toBe(0);
      expect(await loadedAgreements()).toBe(5);
    }, 120_000);

    it('a seed run killed mid-way leaves nothing half-written, and a re-run completes with the right counts', async () => {
      await wipeGraph(db);
      const count = 800;
      corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-seed-kill-'));
      for (const doc of generateCorpus({ agreements: count, seed: 5 })) {
        fs.writeFileSync(path.join(corpusDir, doc.file), doc.text);
      }

      const first = start(['dist/cli/seed.js', corpusDir], seedEnv());
      let loaded = 0;
      while (loaded === 0 && first.child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        loaded = await loadedAgreements();
      }
      first.child.kill('SIGKILL');
      const killed = await first.done;
      expect(killed.signal).toBe('SIGKILL');
      // The server rolls back the transaction the dead client had open: only whole batches remain.
      // (A partial text, an opening only, is a whole agreement without clauses, so "half-written"
      // means no source or no party, not no clause.)
      const atKill = await loadedAgreements();
      expect(atKill).toBeGreaterThan(0);
      expect(atKill).toBeLessThan(count);
      const [loose] = await db.read<{ partial: number; orphans: number }>(
        `CALL () {
           MATCH (a:Agreement {loaded: true})
           WHERE NOT (a)-[:FROM_SOURCE]->() OR NOT (a)-[:HAS_PARTY]->()
           RETURN count(a) AS partial
         }
         CALL () {
           MATCH (n) WHERE (n:Party OR n:Clause OR n:Provision OR n:Definition)
           AND NOT EXISTS { MATCH (:Agreement {id: n.agreementId}) }
           RETURN count(n) AS orphans
         }
         RETURN partial, orphans`,
      );
      expect(loose).toEqual({ partial: 0, orphans: 0 });

      const rerun = await run(['dist/cli/seed.js', corpusDir], seedEnv());
      expect(rerun.stdout).toContain(
        `seeded ${count} file(s): ${count - atKill} created, 0 updated, ${atKill} unchanged, 0 failed`,
      );
      expect(rerun.code).toBe(0);
      expect(await loadedAgreements()).toBe(count);
    }, 300_000);
  });
});
