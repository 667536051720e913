import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReads, type GraphDatabase } from '../../src/graph/driver.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { projectRoot } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

// Introspection needs no data: the servers here run on the test Neo4j without seeding it.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STANDARD = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

let db: GraphDatabase;
let reads: string[] = [];
const servers: AppServer[] = [];

async function start(nodeEnv: 'test' | 'production'): Promise<string> {
  const server = await createServer({
    config: { nodeEnv, apiToken: null, maxBodyBytes: 5 * 1024 * 1024 },
    db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  servers.push(server);
  return `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
}

async function post(url: string, query: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

let dev: string;
beforeAll(async () => {
  db = observeReads(await connectTestDatabase(), (cypher) => reads.push(cypher));
  dev = await start('test');
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await db?.close();
});

describe('standard introspection (development)', () => {
  it('answers the full standard query, and the schema it describes is schema/schema.graphql', async () => {
    const { status, body } = await post(dev, STANDARD);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const client = buildClientSchema(body.data as IntrospectionQuery);
    const emitted = fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
    // Printed the same way, the schema a client rebuilds and the reviewed SDL file agree.
    expect(printSchema(client)).toBe(printSchema(buildSchema(emitted)));
    expect(client.getQueryType()?.getFields().agreements).toBeDefined();
  });

  it('refuses a deeper ofType chain and repeated __schema with a code, before any Cypher', async () => {
    reads = [];
    const deep = await post(dev, getIntrospectionQuery({ typeDepth: 12 }));
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].extensions.code).toBe('INTROSPECTION_TOO_COMPLEX');
    expect(deep.body.data).toBeUndefined();

    const aliases = Array.from({ length: 50 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    const repeated = await post(dev, `{ ${aliases} agreements(first: 1) { totalCount } }`);
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors[0].extensions.code).toBe('INTROSPECTION_TOO_COMPLEX');
    expect(repeated.body.errors[0].message).toMatch(/__schema is asked 50 times/);
    expect(reads).toEqual([]);
  });
});

describe('introspection in production', () => {
  it('stays off', async () => {
    const prod = await start('production');
    const { status, body } = await post(prod, STANDARD);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/introspection/i);
  });
});
