/**
 * node dist/cli/corpus-accuracy.js DIR
 *
 * Parses every text of a generated corpus with parseAgreement and reports, per field, the
 * share of documents where the parser agrees with DIR/ground-truth.jsonl, with a few
 * mismatches per field to start debugging from. Writes DIR/accuracy.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareAgreement, sameValue } from '../corpus/compare-agreement.js';
import type { GroundTruthLine } from '../corpus/document-model.js';
import { parseAgreement } from '../parsing/index.js';
import { CORPUS_ACCURACY_USAGE, exitWithHelpIfAsked } from './help.js';

interface FieldStats {
  correct: number;
  total: number;
  examples: { file: string; layout: string; expected: unknown; actual: unknown }[];
}

const EXAMPLES = 5;

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
  const stats = new Map<string, FieldStats>();
  const failures: { file: string; error: string }[] = [];
  const field = (name: string): FieldStats => {
    let s = stats.get(name);
    if (!s) stats.set(name, (s = { correct: 0, total: 0, examples: [] }));
    return s;
  };
  let done = 0;
  for (const line of lines) {
    const truth = JSON.parse(line) as GroundTruthLine;
    const text = readFileSync(join(dir, truth.file), 'utf8');
    const parsed = field('parses');
    parsed.total++;
    let result;
    try {
      result = parseAgreement(text);
      parsed.correct++;
    } catch (e) {
      if (failures.length < EXAMPLES) failures.push({ file: truth.file, error: (e as Error).message });
      if (parsed.examples.length < EXAMPLES)
        parsed.examples.push({
          file: truth.file,
          layout: truth.layout,
          expected: 'an Agreement',
          actual: (e as Error).message,
        });
    }
    const values = result ? compareAgreement(truth.expected, result) : null;
    if (values) {
      for (const [name, v] of Object.entries(values)) {
        const s = field(name);
        s.total++;
        if (sameValue(v.expected, v.actual)) s.correct++;
        else if (s.examples.length < EXAMPLES)
          s.examples.push({ file: truth.file, layout: truth.layout, expected: v.expected, actual: v.actual });
      }
    }
    done++;
    if (done % 1000 === 0) process.stderr.write(`corpus-accuracy: ${done}/${lines.length} parsed\n`);
  }
  const documents = lines.length;
  const report = {
    documents,
    fields: Object.fromEntries(
      [...stats.entries()].map(([name, s]) => [
        name,
        // Over all documents: a text the parser rejected counts as wrong in every field.
        { accuracy: s.correct / documents, correct: s.correct, total: documents, examples: s.examples },
      ]),
    ),
  };
  writeFileSync(join(dir, 'accuracy.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(report.fields).sort((a, b) => a[1].accuracy - b[1].accuracy);
  const width = Math.max(...rows.map(([n]) => n.length));
  process.stdout.write(`${'field'.padEnd(width)}  accuracy   correct/documents\n`);
  for (const [name, r] of rows) {
    process.stdout.write(
      `${name.padEnd(width)}  ${(r.accuracy * 100).toFixed(2).padStart(7)}%  ${r.correct}/${documents}\n`,
    );
  }
  process.stdout.write(`\nexamples of mismatches: ${join(dir, 'accuracy.json')}\n`);
}

main();
