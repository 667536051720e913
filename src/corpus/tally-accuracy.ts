/**
 * Adds up the comparisons of a corpus run (compare-agreement.ts) per field, for all documents
 * and per group: family (`family:bssn`, `family:real-world`), layout (`layout:flattened` …) and
 * shape (`shape:party:form` …), so a reader sees where invented values come from; and lays
 * the result out as the tables corpus-accuracy prints. Pure: the CLI reads and parses files.
 */
import type { FieldValue } from './compare-agreement.js';
import type { GroundTruthLine } from './document-model.js';

export interface FieldTally {
  /** Documents where the whole field is right. */
  correct: number;
  values: number;
  invented: number;
  inventedWeak: number;
  missing: number;
  /** Documents with at least one invented value in this field. */
  inventedDocuments: number;
}

export interface GroupReport {
  readonly documents: number;
  /** Per field; `accuracy` is over all documents of the group, a text the parser rejected counting as wrong. */
  readonly fields: Readonly<Record<string, FieldTally & { readonly accuracy: number }>>;
}

export interface Example {
  readonly file: string;
  readonly layout: string;
  readonly shapes: readonly string[];
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface AccuracyReport {
  readonly documents: number;
  /** "all", "family:…", "layout:…", "shape:…". */
  readonly groups: Readonly<Record<string, GroupReport>>;
  readonly examples: Readonly<
    Record<string, { readonly invented: readonly Example[]; readonly missing: readonly Example[] }>
  >;
}

export interface AccuracyTally {
  /** One document: its ground truth and the comparison, or the error the parser threw. */
  add(truth: GroundTruthLine, result: Readonly<Record<string, FieldValue>> | Error): void;
  report(): AccuracyReport;
}

/** The whole document: right when every field is, invented when any value is. */
export const ANY_FIELD = 'any field';

const EXAMPLES = 5;

const emptyTally = (): FieldTally => ({
  correct: 0,
  values: 0,
  invented: 0,
  inventedWeak: 0,
  missing: 0,
  inventedDocuments: 0,
});

interface Group {
  documents: number;
  fields: Map<string, FieldTally>;
}

export function createAccuracyTally(): AccuracyTally {
  return new CorpusTally();
}

/** The tallies per group and field, and a few examples of invented and missing values per field. */
class CorpusTally implements AccuracyTally {
  private readonly groups = new Map<string, Group>();
  private readonly invented = new Map<string, Example[]>();
  private readonly missing = new Map<string, Example[]>();

  add(truth: GroundTruthLine, result: Readonly<Record<string, FieldValue>> | Error): void {
    // Ground truth written before the real-world shapes has no family: it is the seeds' family.
    const family = truth.family ?? 'bssn';
    const shapes = truth.shapes ?? [];
    const inGroups = [
      'all',
      `family:${family}`,
      `layout:${truth.layout}`,
      ...shapes.map((s) => `shape:${s}`),
    ].map((name) => this.group(name));
    for (const g of inGroups) g.documents++;
    const values = result instanceof Error ? null : result;
    if (result instanceof Error) {
      this.keep(this.missing, 'parses', {
        file: truth.file,
        layout: truth.layout,
        shapes,
        expected: 'an Agreement',
        actual: result.message,
      });
    }
    for (const g of inGroups) {
      const t = tally(g, 'parses');
      t.values++;
      if (values) t.correct++;
      else t.missing++;
    }
    if (!values) return;
    this.addAnyField(inGroups, Object.values(values));
    for (const [name, v] of Object.entries(values)) this.addField(inGroups, truth, shapes, name, v);
  }

  report(): AccuracyReport {
    const all = this.group('all');
    return {
      documents: all.documents,
      groups: Object.fromEntries(
        [...this.groups.entries()].map(([name, g]) => [
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
        [...all.fields.keys()].map((f) => [
          f,
          { invented: this.invented.get(f) ?? [], missing: this.missing.get(f) ?? [] },
        ]),
      ),
    };
  }

  /** The whole document: right when every field is, invented when any value is. */
  private addAnyField(inGroups: readonly Group[], vs: readonly FieldValue[]): void {
    const anyInvented = vs.some((v) => v.invented > 0);
    for (const g of inGroups) {
      const t = tally(g, ANY_FIELD);
      t.values++;
      if (vs.every((v) => v.correct)) t.correct++;
      if (anyInvented) {
        t.invented++;
        t.inventedDocuments++;
      } else if (vs.some((v) => v.missing > 0)) t.missing++;
    }
  }

  /** One field of one document, in every group the document is in; kept as an example when wrong. */
  private addField(
    inGroups: readonly Group[],
    truth: GroundTruthLine,
    shapes: readonly string[],
    name: string,
    v: FieldValue,
  ): void {
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
    if (v.invented > 0) this.keep(this.invented, name, example);
    else if (v.missing > 0) this.keep(this.missing, name, example);
  }

  private group(name: string): Group {
    let g = this.groups.get(name);
    if (!g) this.groups.set(name, (g = { documents: 0, fields: new Map() }));
    return g;
  }

  private keep(m: Map<string, Example[]>, field: string, e: Example): void {
    const list = m.get(field) ?? [];
    if (list.length < EXAMPLES) list.push(e);
    m.set(field, list);
  }
}

function tally(g: Group, field: string): FieldTally {
  let t = g.fields.get(field);
  if (!t) g.fields.set(field, (t = emptyTally()));
  return t;
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((n / d) * 100).toFixed(2)}%`;
}

/**
 * The tables corpus-accuracy prints: per field over all documents (accuracy, invented with the
 * parser's own WEAK ones in brackets, missing), fields with the most invented values first;
 * accuracy / invented by family and layout; and per shape, the documents that carry it, those
 * with an invented value, and the fields invented most.
 */
export function formatAccuracy(report: AccuracyReport): string {
  const { groups } = report;
  const all = groups.all;
  if (!all) return 'no documents\n';
  const fieldNames = Object.keys(all.fields);
  const field = (g: GroupReport, name: string): FieldTally | undefined => g.fields[name];
  const out: string[] = [];
  const width = Math.max(...fieldNames.map((n) => n.length), 5);
  const sorted = [...fieldNames].sort(
    (a, b) =>
      field(all, b)!.invented - field(all, a)!.invented || field(all, a)!.correct - field(all, b)!.correct,
  );
  const families = ['family:bssn', 'family:real-world'].filter((n) => groups[n]);
  out.push(
    `${all.documents} documents (${families.map((f) => `${f.slice(7)} ${groups[f]!.documents}`).join(', ')})`,
    '',
    `${'field'.padEnd(width)}  accuracy   correct/documents  invented (weak)  missing`,
  );
  for (const name of sorted) {
    const t = field(all, name)!;
    out.push(
      `${name.padEnd(width)}  ${pct(t.correct, all.documents).padStart(7)}  ${`${t.correct}/${all.documents}`.padStart(17)}  ${String(t.invented).padStart(8)} ${`(${t.inventedWeak})`.padStart(6)}  ${String(t.missing).padStart(7)}`,
    );
  }

  const columns = [
    ...families,
    ...['layout:plain', 'layout:markdown', 'layout:flattened'].filter((n) => groups[n]),
  ];
  out.push(
    '',
    'accuracy / invented values, by family and layout',
    `${'field'.padEnd(width)}  ${columns.map((c) => `${c.replace(/^\w+:/, '')} (${groups[c]!.documents})`.padStart(20)).join('')}`,
  );
  for (const name of sorted) {
    out.push(
      `${name.padEnd(width)}  ${columns
        .map((c) => {
          const g = groups[c]!;
          const t = field(g, name);
          return (t ? `${pct(t.correct, g.documents)} / ${t.invented}` : '-').padStart(20);
        })
        .join('')}`,
    );
  }

  const shapeGroups = Object.entries(groups)
    .filter(([n]) => n.startsWith('shape:'))
    .sort((a, b) => a[0].localeCompare(b[0]));
  if (shapeGroups.length > 0) {
    out.push('', 'by shape: documents, documents with an invented value, and the fields invented most');
    const sw = Math.max(...shapeGroups.map(([n]) => n.length));
    for (const [name, g] of shapeGroups) {
      const fields = Object.entries(g.fields)
        .filter(([f, t]) => t.invented > 0 && f !== ANY_FIELD)
        .sort((a, b) => b[1].invented - a[1].invented);
      const docsInvented = field(g, ANY_FIELD)?.inventedDocuments ?? 0;
      out.push(
        `${name.padEnd(sw)}  ${String(g.documents).padStart(6)}  ${String(docsInvented).padStart(6)}  ${fields
          .slice(0, 5)
          .map(([f, t]) => `${f}=${t.invented}`)
          .join(' ')}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
