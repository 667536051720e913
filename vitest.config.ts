import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS (main) and ESM (module) builds. Node, and so every dependency Vitest
// leaves external (type-graphql, @apollo/server), loads the CJS one; Vite's resolver would
// give our own sources the ESM one, and graphql refuses to mix the two ("another module or
// realm"). Point our sources at the same file Node uses.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Two projects: `unit` never touches a database; `integration` runs against a real Neo4j
// that its global setup starts (or the server named by NEO4J_URI).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/neo4j-global-setup.ts'],
          // One Neo4j, shared: files run one after another so they never see each other's writes.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
