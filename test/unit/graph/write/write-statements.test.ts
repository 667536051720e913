/**
 * Every statement of the write side, as full text with its parameters, in a file per statement
 * (test/unit/graph/write/statements/<NAME>.cypher), in the manner of @neo4j/graphql's TCK: a
 * change to a statement, or to the shape of the rows it is sent, shows up in review as a diff of
 * that file. Update them on purpose with `npx vitest run test/unit/graph/write -u`.
 *
 * Beyond the snapshots, each `$rows` statement is checked against the rows the pipeline really
 * sends for the sample agreement: every `row.<field>` the Cypher reads must be in every row,
 * so a row type that drifts from its Cypher fails here, without a database.
 */
import { describe, expect, it } from 'vitest';
import {
  GRAPH_VERSION_BUMP,
  GRAPH_VERSION_READ,
  GRAPH_WRITE_LOCK,
} from '../../../../src/graph/graph-version.js';
import { prepareAgreementRows } from '../../../../src/graph/write/prepare-agreement-rows.js';
import { agreementWriteRows } from '../../../../src/graph/write/statement-rows.js';
import {
  contentBatches,
  implementsBatch,
  relabelBatch,
  type WriteBatch,
} from '../../../../src/graph/write/write-pipeline.js';
import * as statements from '../../../../src/graph/write/write-statements.js';
import { SAMPLE_TEXT, sampleAgreement } from '../../../fixtures/graph/sample-agreement.js';

const rows = prepareAgreementRows(sampleAgreement(), {
  text: SAMPLE_TEXT,
  sourceName: 'sample.txt',
  loadedAt: '2025-01-01T00:00:00Z',
});
const params = agreementWriteRows([{ rows, agreementId: 'agreement:sample', implementsId: 'agreement:mou' }]);
const batches: WriteBatch[] = [
  ...contentBatches(params),
  implementsBatch(params),
  relabelBatch(params.institutionIds),
];
/** The parameters each statement of the pipeline is sent for the sample agreement. */
const sentParams = new Map(batches.map(([, query, p]) => [query, p as Record<string, unknown> | null]));

const ALL: Record<string, string> = {
  ...statements,
  GRAPH_VERSION_BUMP,
  GRAPH_WRITE_LOCK,
  GRAPH_VERSION_READ,
};

/** The names of a statement's parameters, as the Cypher refers to them. */
function parameterNames(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/** A value's shape: types instead of values, keys sorted, a list by its first element. */
function shape(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)]),
    );
  }
  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
}

function render(name: string, cypher: string): string {
  const sent = sentParams.get(cypher);
  const lines = [
    `// ${name}`,
    `// parameters: ${
      parameterNames(cypher)
        .map((p) => `$${p}`)
        .join(', ') || 'none'
    }`,
  ];
  if (sent) {
    lines.push('// sent for the sample agreement (shape of the first row):');
    for (const line of JSON.stringify(shape(sent), null, 2).split('\n')) lines.push(`//   ${line}`);
  }
  return `${lines.join('\n')}\n${cypher.trim()}\n`;
}

describe('write statements', () => {
  it.each(Object.entries(ALL))('%s matches its snapshot', async (name, cypher) => {
    await expect(render(name, cypher)).toMatchFileSnapshot(`./statements/${name}.cypher`);
  });

  it('the pipeline sends every write statement it runs, with rows, for the sample agreement', () => {
    expect(
      batches.map(([step, , p]) => [step, p === null ? 0 : ((p as { rows?: unknown[] }).rows?.length ?? 1)]),
    ).toEqual([
      ['agreement', 1],
      ['institutions', 3],
      ['unit-links', 1],
      ['officials', 2],
      ['decrees', 5],
      ['parties', 2],
      ['clauses', 3],
      ['provisions', 5],
      ['legal-bases', 2],
      ['citations', 1],
      ['amendments', 1],
      ['definitions', 1],
      ['implements', 1],
      ['sweep', 1],
    ]);
  });

  it.each(
    batches.filter(([, query]) => query.includes('UNWIND $rows')).map(([step, query]) => [step, query]),
  )('every row.<field> that %s reads is in every row sent', (_step, query) => {
    const sent = (sentParams.get(query) as { rows: Record<string, unknown>[] }).rows;
    const fields = [...query.matchAll(/\brow\.([A-Za-z]+)(?:\.([A-Za-z]+))?/g)].map((m) => [m[1]!, m[2]]);
    expect(fields.length).toBeGreaterThan(0);
    for (const row of sent) {
      for (const [field, sub] of fields) {
        expect(row, `row.${field}`).toHaveProperty(field!);
        if (sub) expect(row[field!], `row.${field}.${sub}`).toHaveProperty(sub);
      }
    }
  });
});
