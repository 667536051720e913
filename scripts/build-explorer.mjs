#!/usr/bin/env node
// Builds the offline explorer (explorer/: GraphiQL, React, Monaco and its workers, fonts) into
// dist/explorer/ with Vite, from installed packages only, so the page needs no CDN at run time.
// Runs at `npm install` and `npm run build`; does nothing when dist/explorer/ was built from the
// same sources and package versions (the stamp file), so starting the server stays quick.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'explorer');
const outDir = path.join(root, 'dist', 'explorer');
const stampFile = path.join(outDir, '.build-stamp');
const inputs = [
  'vite',
  'graphiql',
  '@graphiql/react',
  '@graphiql/toolkit',
  'react',
  'react-dom',
  'monaco-editor',
];

function packageVersion(name) {
  try {
    const json = fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8');
    return JSON.parse(json).version;
  } catch {
    return null;
  }
}

const versions = Object.fromEntries(inputs.map((name) => [name, packageVersion(name)]));
const missing = inputs.filter((name) => versions[name] === null);
if (missing.length > 0) {
  // A production install (--omit=dev) has no bundler: the API works, /explorer/ says how to build it.
  console.log(
    `build-explorer: skipped (${missing.join(', ')} not installed; they are devDependencies). ` +
      'Run `npm install` with dev dependencies, then `npm run build:explorer`, for the offline explorer.',
  );
  process.exit(0);
}

// This script's own options are an input too.
const hash = createHash('sha256')
  .update(JSON.stringify(versions))
  .update(fs.readFileSync(fileURLToPath(import.meta.url)));
for (const file of fs.readdirSync(source).sort()) {
  hash.update(file).update(fs.readFileSync(path.join(source, file)));
}
const stamp = hash.digest('hex');
const force = process.argv.includes('--force');
if (!force && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

console.log('build-explorer: bundling GraphiQL into dist/explorer/ (Vite)…');
const { build } = await import('vite');
await build({
  root: source,
  // Relative asset URLs: the page also works behind a reverse proxy that adds a path prefix.
  base: './',
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    // Monaco is large by nature; the warning would only repeat that.
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Radix UI marks its modules "use client" for React Server Components; a browser bundle has none.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
fs.writeFileSync(stampFile, stamp);
const files = fs.readdirSync(path.join(outDir, 'assets'));
console.log(`build-explorer: ready (${files.length} files in dist/explorer/assets)`);
