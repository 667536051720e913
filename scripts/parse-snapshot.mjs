#!/usr/bin/env node
/**
 * The guard for performance work on the parser: writes the parsed JSON of a fixed set of texts,
 * one file per text, so "the output is byte for byte the same" is an empty `diff -r` instead of
 * a belief. Warnings, evidence and spans are part of the JSON; a text that is refused is written
 * as its error code and message.
 *
 *   npm run build && node scripts/parse-snapshot.mjs OUT_DIR [--dist DIR] [--agreements N]
 *   diff -r BASELINE_DIR OUT_DIR      # must print nothing
 *
 * The texts: every seed in seed/, every .txt/.md under test/fixtures, and two generated corpora
 * of N agreements (default 2,000, seed 7): `rw0` with realWorldShare 0 (the family BENCHMARKS.md
 * measures) and `rw` with the default real-world share. The parser and generator are imported
 * from the compiled `dist/` (or `--dist DIR`, e.g. a copy of an older build), so two builds can
 * be compared with the same script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const out = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]?.startsWith('--')));
if (out === undefined) {
  process.stderr.write('usage: node scripts/parse-snapshot.mjs OUT_DIR [--dist DIR] [--agreements N]\n');
  process.exit(2);
}
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const agreements = Number(option('agreements', '2000'));

const { parseAgreement } = await import(pathToFileURL(path.join(dist, 'parsing/index.js')).href);
const { generateCorpus } = await import(pathToFileURL(path.join(dist, 'corpus/generate-corpus.js')).href);

/** The parsed agreement, or the error it was refused with, as indented JSON. */
function snapshot(text) {
  let value;
  try {
    value = parseAgreement(text);
  } catch (e) {
    value = { error: { name: e?.name, code: e?.code, message: e?.message } };
  }
  return `${JSON.stringify(value, null, 1)}\n`;
}

function write(group, name, text) {
  const file = path.join(out, group, `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, snapshot(text));
}

function textsUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort();
}

let count = 0;
const seedDir = path.join(root, 'seed');
for (const f of textsUnder(seedDir)) {
  write('seed', f, fs.readFileSync(path.join(seedDir, f), 'utf8'));
  count++;
}
const fixtureDir = path.join(root, 'test/fixtures');
for (const f of textsUnder(fixtureDir)) {
  write('fixtures', f, fs.readFileSync(path.join(fixtureDir, f), 'utf8'));
  count++;
}
for (const [group, share] of [
  ['rw0', 0],
  ['rw', undefined],
]) {
  for (const doc of generateCorpus({ agreements, seed: 7, realWorldShare: share })) {
    write(group, doc.file, doc.text);
    count++;
  }
}
process.stderr.write(`parse-snapshot: wrote ${count} parsed texts to ${out} (parser from ${dist})\n`);
