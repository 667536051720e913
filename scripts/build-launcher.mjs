#!/usr/bin/env node
// Builds the embedded Neo4j launcher (launcher/) at `npm install`: compiles it and copies the
// Neo4j jars from Maven Central into launcher/target/lib. Jars are never committed.
// Skipped with PERJANJIAN_SKIP_LAUNCHER=1 (e.g. when only an external NEO4J_URI is used).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const launcher = path.join(root, 'launcher');

function fail(message) {
  console.error(`build-launcher: ${message}`);
  process.exit(1);
}

if (process.env.PERJANJIAN_SKIP_LAUNCHER === '1') {
  console.log('build-launcher: skipped (PERJANJIAN_SKIP_LAUNCHER=1); set NEO4J_URI to an existing Neo4j');
  process.exit(0);
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  fail(
    'Java 17+ is needed for the embedded Neo4j but `java` did not run; install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless), or set PERJANJIAN_SKIP_LAUNCHER=1 and use NEO4J_URI',
  );
}
const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
if (mvn.error || mvn.status !== 0) {
  fail(
    'Maven is needed to fetch the Neo4j jars but `mvn` did not run; install it (e.g. apt-get install maven), or set PERJANJIAN_SKIP_LAUNCHER=1 and use NEO4J_URI',
  );
}

// A fresh copy each time, so jars of an older Neo4j version never linger on the classpath.
fs.rmSync(path.join(launcher, 'target', 'lib'), { recursive: true, force: true });
console.log('build-launcher: compiling the embedded Neo4j launcher and fetching Neo4j jars (Maven)…');
const build = spawnSync(
  'mvn',
  [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    path.join(launcher, 'pom.xml'),
    'compile',
    'dependency:copy-dependencies',
  ],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  fail(`Maven failed (exit ${build.status}); see its output above. Maven Central must be reachable.`);
}
const jars = fs.readdirSync(path.join(launcher, 'target', 'lib')).filter((f) => f.endsWith('.jar'));
console.log(`build-launcher: ready (${jars.length} jars in launcher/target/lib)`);
