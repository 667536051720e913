/**
 * The command-line entry points as a user runs them: compiled (`dist/`, what `npm run seed` and
 * `npm start` execute), in a child process, against the integration Neo4j.
 * - `--help` on every command in src/cli, without touching a file or a database;
 * - `npm start` refuses a taken HTTP port before it starts Neo4j, naming PORT;
 * - `npm run seed` while `npm start` runs: it finds the running embedded Neo4j through its run
 *   file and seeds over Bolt with the stored password;
 * - a seed run killed with SIGKILL mid-way leaves no half-written agreement, and a re-run
 *   completes with the right counts;
 * - `npm run seed` with no Neo4j running starts its own, and its first build creates the
 *   full-text indexes after the load.
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
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded-neo4j.js';
import { wipeGraph } from '../../src/graph/wipe-graph.js';
import { parseAgreement } from '../../src/parsing/index.js';
import { loadConfig, projectRoot } from '../../src/server/config.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectEmbeddedForTest, connectTestDatabase } from '../helpers/graph-database.js';

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

  it('npm run seed with no Neo4j running: its own JVM, a first build that creates the full-text indexes at its end, searchable after', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-seed-own-'));
    const env = userEnv({
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: '0',
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    });
    let neo4j: EmbeddedNeo4j | undefined;
    let db: GraphDatabase | undefined;
    try {
      const first = await run(['dist/cli/seed.js', 'seed'], env);
      expect(first.stdout).toContain('seeded 5 file(s): 5 created, 0 updated, 0 unchanged, 0 failed');
      expect(first.stderr).toContain('written; building the full-text indexes (search)…');
      expect(first.code).toBe(0);
      // Not a first build any more: the indexes stay, nothing is rebuilt.
      const second = await run(['dist/cli/seed.js', 'seed'], env);
      expect(second.stdout).toContain('seeded 5 file(s): 0 created, 0 updated, 5 unchanged, 0 failed');
      expect(second.stderr).not.toContain('building the full-text indexes');
      expect(second.code).toBe(0);

      // The store as the seed left it: the three indexes online, and search finds the seeds.
      neo4j = await startEmbeddedNeo4j(
        {
          ...loadConfig({}).neo4j.embedded,
          dataDir,
          boltPort: 0,
          heap: '512m',
          pageCache: '128m',
          restart: null,
        },
        silentLogger,
      );
      db = await connectEmbeddedForTest(neo4j);
      const indexes = await db.read<{ name: string; state: string }>(
        'SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name',
      );
      expect(indexes).toEqual([
        { name: 'agreement_numbers', state: 'ONLINE' },
        { name: 'clause_text', state: 'ONLINE' },
        { name: 'entity_names', state: 'ONLINE' },
      ]);
      // seed/004: "Pemerintah Kabupaten Aceh Besar".
      const aceh = await db.read<{ name: string }>(
        `CALL db.index.fulltext.queryNodes('entity_names', 'Aceh') YIELD node
         WHERE node:Institution RETURN node.name AS name`,
      );
      expect(aceh.map((r) => r.name)).toContain('Pemerintah Kabupaten Aceh Besar');
    } finally {
      await db?.close();
      await neo4j?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

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
      corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-seed-kill-'));
      const count = 500;
      for (const doc of generateCorpus({ agreements: count, seed: 5 })) {
        fs.writeFileSync(path.join(corpusDir, doc.file), doc.text);
      }
      /** What a seed run leaves: the loaded agreements and the texts they were read from. */
      const graphState = async () =>
        (
          await db.read<{ agreements: number; hashes: string[] }>(
            `MATCH (a:Agreement {loaded: true})-[:FROM_SOURCE]->(s:SourceDocument)
             WITH s.contentHash AS hash ORDER BY hash
             RETURN count(*) AS agreements, collect(hash) AS hashes`,
          )
        )[0]!;
      const summaryCounts = (stdout: string) => {
        const m = /seeded (\d+) file\(s\): (\d+) created, (\d+) updated, (\d+) unchanged, (\d+) failed/.exec(
          stdout,
        );
        if (!m) throw new Error(`no seed summary in: ${stdout}`);
        const [files, created, updated, unchanged, failed] = m.slice(1).map(Number) as [
          number,
          number,
          number,
          number,
          number,
        ];
        return { files, created, updated, unchanged, failed };
      };

      // The reference: the same texts seeded without interruption.
      const clean = await run(['dist/cli/seed.js', corpusDir], seedEnv());
      const reference = summaryCounts(clean.stdout);
      const referenceState = await graphState();
      expect(reference.files).toBe(count);
      expect(referenceState.agreements).toBeGreaterThan(count / 2);
      await wipeGraph(db);
      await applySchema(db);

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
      // (A partial text, an opening only, is a whole agreement without clauses: "whole" is measured
      // against each file's own parse, not against a fixed shape.)
      const atKill = await loadedAgreements();
      expect(atKill).toBeGreaterThan(0);
      expect(atKill).toBeLessThan(referenceState.agreements);
      // Whole: every loaded agreement has the parties, articles and definitions its own file has.
      const loadedRows = await db.read<{
        file: string;
        parties: number;
        clauses: number;
        definitions: number;
      }>(
        `MATCH (a:Agreement {loaded: true})
         OPTIONAL MATCH (a)-[:FROM_SOURCE]->(s:SourceDocument)
         RETURN s.name AS file, COUNT { (a)-[:HAS_PARTY]->(:Party) } AS parties,
                COUNT { (a)-[:HAS_CLAUSE]->(:Clause) } AS clauses, COUNT { (a)-[:DEFINES]->(:Definition) } AS definitions`,
      );
      for (const row of loadedRows) {
        const parsed = parseAgreement(fs.readFileSync(path.join(corpusDir, path.basename(row.file)), 'utf8'));
        expect(row).toEqual({
          file: row.file,
          parties: parsed.parties.length,
          clauses: parsed.clauses.length,
          definitions: parsed.definitions.length,
        });
      }
      const [loose] = await db.read<{ orphans: number }>(
        `MATCH (n) WHERE (n:Party OR n:Clause OR n:Provision OR n:Definition)
         AND NOT EXISTS { MATCH (:Agreement {id: n.agreementId}) }
         RETURN count(n) AS orphans`,
      );
      expect(loose).toEqual({ orphans: 0 });

      const rerun = await run(['dist/cli/seed.js', corpusDir], seedEnv());
      const counts = summaryCounts(rerun.stdout);
      // Every file accounted for, the refused ones the same as without the kill, and the texts
      // committed before the kill found again rather than written twice…
      expect(counts.files).toBe(count);
      expect(counts.created + counts.updated + counts.unchanged + counts.failed).toBe(count);
      expect(counts.failed).toBe(reference.failed);
      expect(counts.unchanged).toBeGreaterThan(0);
      // …and the graph the same as the uninterrupted run's: as many agreements, from the same texts.
      expect(await graphState()).toEqual(referenceState);
    }, 420_000);
  });
});
