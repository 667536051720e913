import 'reflect-metadata';
import path from 'node:path';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { wipeGraph } from '../../src/graph/wipe-graph.js';
import { buildGraphQLSchema } from '../../src/graphql/build-schema.js';
import { seedPaths } from '../../src/ingest/seed-paths.js';
import { projectRoot } from '../../src/server/config.js';
import { createServer, type AppServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/support/logger.js';
import { connectTestDatabase } from './graph-database.js';

export const TEST_API_TOKEN = 'test-token-for-mutations';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }[];
}

export interface TestApi {
  readonly db: GraphDatabase;
  readonly server: AppServer;
  readonly url: string;
  /** POSTs one operation over real HTTP, as Sandbox or a dashboard would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a real Neo4j holding exactly the five seed agreements: the database is
 * wiped, the schema applied and seed/ loaded. Options change the server, not the data.
 */
export async function startSeededApi(
  options: {
    apiToken?: string | null;
    nodeEnv?: 'production' | 'test';
    db?: GraphDatabase;
    maxUploadBytes?: number;
  } = {},
): Promise<TestApi> {
  const db = options.db ?? (await connectTestDatabase());
  await wipeGraph(db);
  await applySchema(db);
  const summary = await seedPaths(db, [path.join(projectRoot(), 'seed')]);
  if (summary.failed > 0 || summary.created !== 5) {
    throw new Error(
      `seeding the test graph failed: ${JSON.stringify(summary.files.map((f) => [f.file, f.reason]))}`,
    );
  }
  const server = await createServer({
    config: {
      nodeEnv: options.nodeEnv ?? 'test',
      apiToken: options.apiToken === undefined ? TEST_API_TOKEN : options.apiToken,
      maxBodyBytes: 5 * 1024 * 1024,
      ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}),
    },
    db,
    schema: await buildGraphQLSchema(),
    log: silentLogger,
  });
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  return {
    db,
    server,
    url,
    async gql(query, variables, requestOptions) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (requestOptions?.token) headers.authorization = `Bearer ${requestOptions.token}`;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: res.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await server.close();
      if (!options.db) await db.close();
    },
  };
}
