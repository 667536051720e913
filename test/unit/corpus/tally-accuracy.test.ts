import { describe, expect, it } from 'vitest';

import type { FieldValue } from '../../../src/corpus/compare-agreement.js';
import type { ExpectedAgreement, GroundTruthLine } from '../../../src/corpus/document-model.js';
import { ANY_FIELD, createAccuracyTally, formatAccuracy } from '../../../src/corpus/tally-accuracy.js';

const expected = {} as ExpectedAgreement;
const line = (file: string, over: Partial<GroundTruthLine>): GroundTruthLine => ({
  file,
  layout: 'plain',
  family: 'bssn',
  shapes: [],
  expected,
  ...over,
});
const value = (over: Partial<FieldValue>): FieldValue => ({
  expected: null,
  actual: null,
  correct: true,
  values: 1,
  invented: 0,
  inventedWeak: 0,
  missing: 0,
  ...over,
});

function sample() {
  const tally = createAccuracyTally();
  tally.add(line('a.txt', {}), {
    kind: value({}),
    'parties.signatory.name': value({ values: 2, expected: ['BUDI', 'SITI'], actual: ['BUDI', 'SITI'] }),
  });
  tally.add(line('b.txt', { family: 'real-world', layout: 'flattened', shapes: ['party:form'] }), {
    kind: value({}),
    'parties.signatory.name': value({
      correct: false,
      values: 2,
      invented: 1,
      inventedWeak: 1,
      expected: [null, 'SITI'],
      actual: ['Nama', 'SITI'],
    }),
  });
  tally.add(
    line('c.txt', { family: 'real-world', shapes: ['party:form'] }),
    new Error('no party could be read'),
  );
  return tally.report();
}

describe('createAccuracyTally', () => {
  it('adds up documents and values per field, a rejected text wrong in every field', () => {
    const r = sample();
    expect(r.documents).toBe(3);
    expect(r.groups.all!.fields['parties.signatory.name']).toEqual({
      accuracy: 1 / 3,
      correct: 1,
      values: 4,
      invented: 1,
      inventedWeak: 1,
      missing: 0,
      inventedDocuments: 1,
    });
    expect(r.groups.all!.fields.parses).toMatchObject({ correct: 2, missing: 1 });
    expect(r.groups.all!.fields[ANY_FIELD]).toMatchObject({ correct: 1, invented: 1, inventedDocuments: 1 });
  });

  it('splits by family, layout and shape', () => {
    const r = sample();
    expect(r.groups['family:bssn']!.documents).toBe(1);
    expect(r.groups['family:real-world']!.documents).toBe(2);
    expect(r.groups['layout:flattened']!.fields['parties.signatory.name']!.invented).toBe(1);
    expect(r.groups['layout:plain']!.fields['parties.signatory.name']!.invented).toBe(0);
    expect(r.groups['shape:party:form']).toMatchObject({ documents: 2 });
    expect(r.groups['shape:party:form']!.fields[ANY_FIELD]!.inventedDocuments).toBe(1);
  });

  it('keeps the invented value and the rejection as examples', () => {
    const r = sample();
    expect(r.examples['parties.signatory.name']!.invented).toEqual([
      {
        file: 'b.txt',
        layout: 'flattened',
        shapes: ['party:form'],
        expected: [null, 'SITI'],
        actual: ['Nama', 'SITI'],
      },
    ]);
    expect(r.examples.parses!.missing[0]).toMatchObject({ file: 'c.txt', actual: 'no party could be read' });
  });
});

describe('formatAccuracy', () => {
  it('prints accuracy, invented (weak) and missing per field, then the splits', () => {
    const text = formatAccuracy(sample());
    expect(text).toContain('3 documents (bssn 1, real-world 2)');
    expect(text).toMatch(/parties\.signatory\.name\s+33\.33%\s+1\/3\s+1\s+\(1\)\s+0/);
    expect(text).toMatch(/shape:party:form\s+2\s+1\s+parties\.signatory\.name=1/);
    expect(text).toContain('accuracy / invented values, by family and layout');
  });
});
