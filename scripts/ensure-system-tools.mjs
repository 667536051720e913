#!/usr/bin/env node
// Runs before `npm test` (the `pretest` script, so `.ci/run` gets it too): the tests need the
// Debian packages chromium (the browser test), tesseract-ocr with tesseract-ocr-ind (OCR of
// scanned PDFs) and poppler-utils (pdftoppm: page images for OCR). When one is missing, root
// installs them (CI runs as root); anyone else gets the one command to run, and the test stops.
import { spawnSync } from 'node:child_process';

const PACKAGES = ['chromium', 'tesseract-ocr', 'tesseract-ocr-ind', 'poppler-utils'];
const INSTALL = `apt-get install -y ${PACKAGES.join(' ')}`;

const onPath = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;

function missingTools() {
  const missing = [];
  if (!onPath('chromium')) missing.push('chromium');
  if (!onPath('tesseract')) {
    missing.push('tesseract');
  } else {
    const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
    if (!/^ind$/m.test(`${langs.stdout}\n${langs.stderr}`))
      missing.push("tesseract's Indonesian model (ind)");
  }
  if (!onPath('pdftoppm')) missing.push('pdftoppm');
  return missing;
}

const missing = missingTools();
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(`ensure-system-tools: missing ${missing.join(', ')}; install with: sudo ${INSTALL}`);
  process.exit(1);
}

console.error(`ensure-system-tools: missing ${missing.join(', ')}; running apt-get update && ${INSTALL}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`ensure-system-tools: apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
}
const still = missingTools();
if (still.length > 0) {
  console.error(`ensure-system-tools: still missing after the install: ${still.join(', ')}`);
  process.exit(1);
}
