import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/server/config.js';

/**
 * Compiles src/ to dist/ (`tsc -p tsconfig.build.json`), for tests of code that runs compiled:
 * worker threads, child processes, the bench's raw-HTTP side. Throws with tsc's output on failure.
 */
export function buildDist(): void {
  const root = projectRoot();
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0)
    throw new Error(`tsc -p tsconfig.build.json failed: ${build.stdout}${build.stderr}`);
}
