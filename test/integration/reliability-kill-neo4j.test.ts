/**
 * Reliability: `kill -9` of the embedded Neo4j JVM in the middle of a stream of ingests sent
 * through the API, as a client that retries on SERVICE_UNAVAILABLE would send them. The
 * supervisor restarts the JVM, the circuit breaker closes when it answers, and afterwards every
 * acknowledged agreement is in the graph whole (the parties, articles and definitions its text
 * has, from the text that was sent) and nothing half-written or duplicated is left.
 *
 * A private embedded Neo4j (not the shared test database): this file kills it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus/generate-corpus.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded-neo4j.js';
import { sha256 } from '../../src/graph/graph-ids.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { parseForLoading } from '../../src/ingest/load-agreement.js';
import { parseAgreement } from '../../src/parsing/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectEmbeddedForTest } from '../helpers/graph-database.js';

const TOKEN = 'reliability-test-token';
const INGEST = `mutation Ingest($text: String!, $sourceName: String) {
  ingestAgreement(text: $text, sourceName: $sourceName) { status agreement { id } }
}`;

interface Answer {
  data?: { ingestAgreement: { status: string; agreement: { id: string } } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('kill -9 of the embedded Neo4j during a stream of ingests', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perjanjian-kill-test-'));
  let neo4j: EmbeddedNeo4j;
  let db: GraphDatabase;
  let server: AppServer;
  let url = '';
  const states: string[] = [];

  beforeAll(async () => {
    const base = loadConfig({}).neo4j.embedded;
    neo4j = await startEmbeddedNeo4j(
      {
        ...base,
        dataDir,
        boltPort: await freePort(),
        heap: '512m',
        pageCache: '128m',
        restart: { delayMs: 200, maxDelayMs: 2_000 },
      },
      silentLogger,
    );
    db = await connectEmbeddedForTest(neo4j, { probeIntervalMs: 100 });
    // What main.ts does: the supervisor's word opens the circuit before any request has to fail.
    neo4j.onStateChange((state) => {
      states.push(state);
      if (state === 'down') db.circuit.open('the embedded Neo4j exited');
    });
    await applySchema(db);
    server = await createServer({
      config: { nodeEnv: 'test', apiToken: TOKEN, maxBodyBytes: 5 * 1024 * 1024 },
      db,
      schema: await buildGraphQLSchema(),
      log: silentLogger,
    });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the generated password owner-only in the data directory', () => {
    const file = path.join(dataDir, 'neo4j-password');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(neo4j.password);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('fails fast while down, restarts by itself, and loses or half-writes nothing acknowledged', async () => {
    const docs = [...generateCorpus({ agreements: 18, seed: 23 })];
    const acked = new Map<number, { id: string; status: string }>();
    const unavailable: { circuit: string }[] = [];
    const otherErrors: string[] = [];
    const refused = new Set<number>();
    const transient: string[] = [];
    const killedPid = neo4j.pid;
    let killed = false;
    const deadline = Date.now() + 240_000;

    const send = async (i: number): Promise<Answer> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          query: INGEST,
          variables: { text: docs[i]!.text, sourceName: docs[i]!.file },
        }),
      });
      return (await res.json()) as Answer;
    };

    // Three clients, each taking the next text and retrying it until the API acknowledges it.
    let next = 0;
    const client = async (): Promise<void> => {
      for (let i = next++; i < docs.length; i = next++) {
        while (Date.now() < deadline) {
          const answer = await send(i);
          const result = answer.data?.ingestAgreement;
          if (result) {
            acked.set(i, { id: result.agreement.id, status: result.status });
            if (!killed && acked.size >= 4) {
              killed = true;
              process.kill(killedPid, 'SIGKILL');
            }
            break;
          }
          const code = answer.errors?.[0]?.extensions?.code;
          if (code === 'BAD_AGREEMENT_TEXT') {
            // A final answer, not an outage: the parser refuses this generated text; not retried.
            refused.add(i);
            break;
          }
          const message = answer.errors?.[0]?.message ?? '';
          if (code === 'SERVICE_UNAVAILABLE') unavailable.push({ circuit: db.circuit.state });
          // Neo4j's transient errors ("… terminated. Retry your operation …", seen once around the
          // restart) still come back as INTERNAL_SERVER_ERROR: the error formatter does not map them
          // yet (reported). The client retries them, as Neo4j's message asks.
          else if (/Retry your operation/.test(message)) transient.push(message);
          else otherErrors.push(`${code}: ${message}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    await Promise.all([client(), client(), client()]);

    expect(killed).toBe(true);
    expect(otherErrors).toEqual([]);
    // Every text was answered: acknowledged, or refused because the parser itself refuses it.
    for (const i of refused) {
      expect(() => parseForLoading({ text: docs[i]!.text, sourceName: docs[i]!.file })).toThrow();
    }
    expect(refused.size).toBeLessThan(docs.length / 2);
    expect(acked.size + refused.size).toBe(docs.length);
    // The outage was seen, and answered by the open circuit rather than by waiting on the driver.
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.some((u) => u.circuit === 'open')).toBe(true);
    // The supervisor brought a new JVM up; nobody restarted anything by hand.
    expect(states).toEqual(['down', 'up']);
    expect(neo4j.pid).not.toBe(killedPid);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    // Every acknowledged write is present and whole: what its text says, from that text.
    for (const [i, { id, status }] of acked) {
      expect(['CREATED', 'UNCHANGED']).toContain(status);
      const parsed = parseAgreement(docs[i]!.text);
      const [row] = await db.read<{ hash: string; parties: number; clauses: number; definitions: number }>(
        `MATCH (a:Agreement {id: $id})-[:FROM_SOURCE]->(s:SourceDocument)
         RETURN s.contentHash AS hash, COUNT { (a)-[:HAS_PARTY]->(:Party) } AS parties,
                COUNT { (a)-[:HAS_CLAUSE]->(:Clause) } AS clauses, COUNT { (a)-[:DEFINES]->(:Definition) } AS definitions`,
        { id },
      );
      expect({ file: docs[i]!.file, ...row }).toEqual({
        file: docs[i]!.file,
        hash: sha256(docs[i]!.text),
        parties: parsed.parties.length,
        clauses: parsed.clauses.length,
        definitions: parsed.definitions.length,
      });
    }
    // One agreement per text (a retry of a write that committed before the kill is UNCHANGED, not a copy)…
    const [counts] = await db.read<{ agreements: number; sources: number }>(
      `MATCH (a:Agreement {loaded: true}) WITH count(a) AS agreements
       MATCH (s:SourceDocument) RETURN agreements, count(s) AS sources`,
    );
    expect(counts).toEqual({ agreements: acked.size, sources: acked.size });
    expect(new Set([...acked.values()].map((a) => a.id)).size).toBe(acked.size);
    // …and nothing half-written: no agreement without its source, no part without its agreement.
    const [loose] = await db.read<{ sourceless: number; orphans: number }>(
      `CALL () { MATCH (a:Agreement {loaded: true}) WHERE NOT (a)-[:FROM_SOURCE]->() RETURN count(a) AS sourceless }
       CALL () {
         MATCH (n) WHERE (n:Party OR n:Clause OR n:Provision OR n:Definition)
         AND NOT EXISTS { MATCH (:Agreement {id: n.agreementId}) }
         RETURN count(n) AS orphans
       }
       RETURN sourceless, orphans`,
    );
    expect(loose).toEqual({ sourceless: 0, orphans: 0 });
  }, 360_000);
});
