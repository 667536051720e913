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
import type { FieldValue } from '../corpus/compare-agreement.js';
import { compareAgreement } from '../corpus/compare-agreement.js';
import type { GroundTruthLine } from '../corpus/document-model.js';
import { parseAgreement } from '../parsing/index.js';

interface Tally {
  correct: number;
  values: number;
  invented: number;
  inventedWeak: number;
  missing: number;
  /** Documents with at least one invented value in this field. */
  inventedDocuments: number;
}

interface Group {
  documents: number;
  fields: Map<string, Tally>;
}

interface Example {
  file: string;
  layout: string;
  shapes: readonly string[];
  expected: unknown;
  actual: unknown;
}

const EXAMPLES = 5;
/** The whole document: right when every field is, invented when any value is. */
const ANY = 'any field';

const emptyTally = (): Tally => ({
  correct: 0,
  values: 0,
  invented: 0,
  inventedWeak: 0,
  missing: 0,
  inventedDocuments: 0,
});

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((n / d) * 100).toFixed(2)}%`;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write(
      'usage: node dist/cli/corpus-accuracy.js DIR (a directory written by npm run corpus)\n',
    );
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

  const groups = new Map<string, Group>();
  const group = (name: string): Group => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { documents: 0, fields: new Map() }));
    return g;
  };
  const tally = (g: Group, field: string): Tally => {
    let t = g.fields.get(field);
    if (!t) g.fields.set(field, (t = emptyTally()));
    return t;
  };
  const invented = new Map<string, Example[]>();
  const missing = new Map<string, Example[]>();
  const keep = (m: Map<string, Example[]>, field: string, e: Example): void => {
    const list = m.get(field) ?? [];
    if (list.length < EXAMPLES) list.push(e);
    m.set(field, list);
  };

  let done = 0;
  for (const line of lines) {
    const truth = JSON.parse(line) as GroundTruthLine;
    // Ground truth written before the real-world shapes has no family: it is the seeds' family.
    const family = truth.family ?? 'bssn';
    const shapes = truth.shapes ?? [];
    const inGroups = [
      'all',
      `family:${family}`,
      `layout:${truth.layout}`,
      ...shapes.map((s) => `shape:${s}`),
    ].map(group);
    for (const g of inGroups) g.documents++;
    const text = readFileSync(join(dir, truth.file), 'utf8');
    let values: Record<string, FieldValue> | null = null;
    try {
      values = compareAgreement(truth.expected, parseAgreement(text));
    } catch (e) {
      keep(missing, 'parses', {
        file: truth.file,
        layout: truth.layout,
        shapes,
        expected: 'an Agreement',
        actual: (e as Error).message,
      });
    }
    for (const g of inGroups) {
      const t = tally(g, 'parses');
      t.values++;
      if (values) t.correct++;
      else t.missing++;
    }
    if (values) {
      // The document as a whole: every field right, or at least one value invented.
      const vs = Object.values(values);
      const anyInvented = vs.some((v) => v.invented > 0);
      for (const g of inGroups) {
        const t = tally(g, ANY);
        t.values++;
        if (vs.every((v) => v.correct)) t.correct++;
        if (anyInvented) {
          t.invented++;
          t.inventedDocuments++;
        } else if (vs.some((v) => v.missing > 0)) t.missing++;
      }
      for (const [name, v] of Object.entries(values)) {
        for (const g of inGroups) {
          const t = tally(g, name);
          if (v.correct) t.correct++;
          t.values += v.values;
          t.invented += v.invented;
          t.inventedWeak += v.inventedWeak;
          t.missing += v.missing;
          if (v.invented > 0) t.inventedDocuments++;
        }
        const example = {
          file: truth.file,
          layout: truth.layout,
          shapes,
          expected: v.expected,
          actual: v.actual,
        };
        if (v.invented > 0) keep(invented, name, example);
        else if (v.missing > 0) keep(missing, name, example);
      }
    }
    done++;
    if (done % 1000 === 0) process.stderr.write(`corpus-accuracy: ${done}/${lines.length} parsed\n`);
  }

  const all = group('all');
  const fieldNames = [...all.fields.keys()];
  const report = {
    documents: all.documents,
    // Over all documents of a group: a text the parser rejected counts as wrong in every field.
    groups: Object.fromEntries(
      [...groups.entries()].map(([name, g]) => [
        name,
        {
          documents: g.documents,
          fields: Object.fromEntries(
            [...g.fields.entries()].map(([f, t]) => [f, { accuracy: t.correct / g.documents, ...t }]),
          ),
        },
      ]),
    ),
    examples: Object.fromEntries(
      fieldNames.map((f) => [f, { invented: invented.get(f) ?? [], missing: missing.get(f) ?? [] }]),
    ),
  };
  writeFileSync(join(dir, 'accuracy.json'), `${JSON.stringify(report, null, 2)}\n`);

  const out: string[] = [];
  const width = Math.max(...fieldNames.map((n) => n.length), 5);
  const sorted = [...fieldNames].sort(
    (a, b) =>
      all.fields.get(b)!.invented - all.fields.get(a)!.invented ||
      all.fields.get(a)!.correct - all.fields.get(b)!.correct,
  );
  const families = ['family:bssn', 'family:real-world'].filter((n) => groups.has(n));
  out.push(
    `${all.documents} documents (${families.map((f) => `${f.slice(7)} ${groups.get(f)!.documents}`).join(', ')})`,
    '',
    `${'field'.padEnd(width)}  accuracy   correct/documents  invented (weak)  missing`,
  );
  for (const name of sorted) {
    const t = all.fields.get(name)!;
    out.push(
      `${name.padEnd(width)}  ${pct(t.correct, all.documents).padStart(7)}  ${`${t.correct}/${all.documents}`.padStart(17)}  ${String(t.invented).padStart(8)} ${`(${t.inventedWeak})`.padStart(6)}  ${String(t.missing).padStart(7)}`,
    );
  }

  const columns = [
    ...families,
    ...['layout:plain', 'layout:markdown', 'layout:flattened'].filter((n) => groups.has(n)),
  ];
  out.push(
    '',
    'accuracy / invented values, by family and layout',
    `${'field'.padEnd(width)}  ${columns.map((c) => `${c.replace(/^\w+:/, '')} (${groups.get(c)!.documents})`.padStart(20)).join('')}`,
  );
  for (const name of sorted) {
    out.push(
      `${name.padEnd(width)}  ${columns
        .map((c) => {
          const g = groups.get(c)!;
          const t = g.fields.get(name);
          return (t ? `${pct(t.correct, g.documents)} / ${t.invented}` : '-').padStart(20);
        })
        .join('')}`,
    );
  }

  const shapeGroups = [...groups.entries()]
    .filter(([n]) => n.startsWith('shape:'))
    .sort((a, b) => a[0].localeCompare(b[0]));
  if (shapeGroups.length > 0) {
    out.push('', 'by shape: documents, documents with an invented value, and the fields invented most');
    const sw = Math.max(...shapeGroups.map(([n]) => n.length));
    for (const [name, g] of shapeGroups) {
      const fields = [...g.fields.entries()]
        .filter(([f, t]) => t.invented > 0 && f !== ANY)
        .sort((a, b) => b[1].invented - a[1].invented);
      const docsInvented = g.fields.get(ANY)?.inventedDocuments ?? 0;
      out.push(
        `${name.padEnd(sw)}  ${String(g.documents).padStart(6)}  ${String(docsInvented).padStart(6)}  ${fields
          .slice(0, 5)
          .map(([f, t]) => `${f}=${t.invented}`)
          .join(' ')}`,
      );
    }
  }
  out.push('', `examples of invented and missing values: ${join(dir, 'accuracy.json')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
