/**
 * npm run corpus -- --agreements N --seed S --out DIR
 *
 * Writes N generated agreement texts to DIR (000000.txt …) and DIR/ground-truth.jsonl, one
 * JSON object a line: { file, layout, family, shapes, expected }. The same seed gives the same bytes.
 */
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../corpus/generate-corpus.js';
import type { CorpusArgs } from '../corpus/parse-corpus-args.js';
import { parseCorpusArgs } from '../corpus/parse-corpus-args.js';
import { CORPUS_USAGE, exitWithHelpIfAsked } from './help.js';

function main(): void {
  exitWithHelpIfAsked(process.argv.slice(2), CORPUS_USAGE);
  let args: CorpusArgs;
  try {
    args = parseCorpusArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message}\n`);
    process.exit(2);
  }
  mkdirSync(args.out, { recursive: true });
  const truth = openSync(join(args.out, 'ground-truth.jsonl'), 'w');
  const progress = args.agreements >= 1000;
  let n = 0;
  try {
    for (const doc of generateCorpus(args)) {
      writeFileSync(join(args.out, doc.file), doc.text);
      writeSync(
        truth,
        `${JSON.stringify({ file: doc.file, layout: doc.layout, family: doc.family, shapes: doc.shapes, expected: doc.expected })}\n`,
      );
      n++;
      if (progress && n % 500 === 0)
        process.stderr.write(`corpus: ${n}/${args.agreements} agreements written\n`);
    }
  } finally {
    closeSync(truth);
  }
  process.stderr.write(`corpus: wrote ${n} agreements and ground-truth.jsonl to ${args.out}\n`);
}

main();
