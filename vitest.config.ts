import { defineConfig } from 'vitest/config';

// Two projects: `unit` never touches a database; `integration` runs against a real Neo4j
// that its global setup starts (or the server named by NEO4J_URI).
export default defineConfig({
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
