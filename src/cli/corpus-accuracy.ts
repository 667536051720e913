/**
 * node dist/cli/corpus-accuracy.js DIR
 *
 * Parses every text of a generated corpus with parseAgreement and reports, per field, the
 * share of documents where the parser agrees with DIR/ground-truth.jsonl and how many values
 * it invented (a non-null value where the truth is null, or a wrong value) or left out.
 * Invented values are the figure that matters most: each becomes a false node or edge in the
 * graph. The same figures are split by family (the seeds' BSSN family, the real-world
 * shapes), by layout (plain, markdown, flattened) and by shape ("party:form", "trap:deed"),
 * so a reader sees where errors come from. Writes DIR/accuracy.json with the groups and a
 * few invented and missing examples per field to start debugging from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareAgreement } from '../corpus/compare-agreement.js';
import type { GroundTruthLine } from '../corpus/document-model.js';
import { createAccuracyTally, formatAccuracy } from '../corpus/tally-accuracy.js';
import { parseAgreement } from '../parsing/index.js';
import { CORPUS_ACCURACY_USAGE, exitWithHelpIfAsked } from './help.js';

function main(): void {
  exitWithHelpIfAsked(process.argv.slice(2), CORPUS_ACCURACY_USAGE);
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write(CORPUS_ACCURACY_USAGE);
    process.exit(2);
  }
  let lines: string[];
  try {
    lines = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
  } catch {
    process.stderr.write(
      `corpus-accuracy: no ${join(dir, 'ground-truth.jsonl')}; generate one with npm run corpus -- --agreements N --seed S --out ${dir}\n`,
    );
    process.exit(2);
  }
  const tally = createAccuracyTally();
  let done = 0;
  for (const line of lines) {
    const truth = JSON.parse(line) as GroundTruthLine;
    const text = readFileSync(join(dir, truth.file), 'utf8');
    let result;
    try {
      result = compareAgreement(truth.expected, parseAgreement(text));
    } catch (e) {
      result = e instanceof Error ? e : new Error(String(e));
    }
    tally.add(truth, result);
    done++;
    if (done % 1000 === 0) process.stderr.write(`corpus-accuracy: ${done}/${lines.length} parsed\n`);
  }
  const report = tally.report();
  writeFileSync(join(dir, 'accuracy.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatAccuracy(report));
  process.stdout.write(`\nexamples of invented and missing values: ${join(dir, 'accuracy.json')}\n`);
}

main();
