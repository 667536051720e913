import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../../src/domain/agreement.js';
import { agreementWriteRows } from '../../../../src/graph/write/statement-rows.js';
import { agreementId } from '../../../../src/graph/graph-ids.js';
import {
  BulkRunMemory,
  planAgreementBatch,
  type BatchLookups,
  type BatchStep,
} from '../../../../src/graph/write/plan-agreement-batch.js';
import { SELF_IMPLEMENTS_NOTE } from '../../../../src/graph/write/write-pipeline.js';
import { prepareAgreementRows } from '../../../../src/graph/write/prepare-agreement-rows.js';
import { SAMPLE_TEXT, sampleAgreement, sampleParties } from '../../../fixtures/graph/sample-agreement.js';

const EMPTY: BatchLookups = { numbersKeys: new Set(), partiesDateKeys: new Set(), targets: new Map() };

/** The sample under other numbers and date, so each call is a different agreement and text. */
const doc = (n: number, overrides: Partial<Agreement> = {}, text = `${SAMPLE_TEXT}#${n}`) =>
  prepareAgreementRows(
    sampleAgreement({
      numbers: [`${n}/PKS/2024`],
      signedOn: `2024-02-${String(n).padStart(2, '0')}`,
      implements: null,
      ...overrides,
    }),
    { text, sourceName: `${n}.txt`, loadedAt: '2025-01-01T00:00:00Z' },
  );

/** Steps as short strings: "bulk 0,1" or "single 2". */
const shape = (steps: readonly BatchStep[]) =>
  steps.map((s) =>
    s.kind === 'bulk' ? `bulk ${s.docs.map((d) => d.index).join(',')}` : `single ${s.index}`,
  );

describe('planAgreementBatch', () => {
  it('writes new agreements that share nothing in one run, with ids minted from their numbers', () => {
    const docs = [doc(1), doc(2), doc(3)];
    const steps = planAgreementBatch(docs, EMPTY, new BulkRunMemory());
    expect(shape(steps)).toEqual(['bulk 0,1,2']);
    const [run] = steps;
    expect(run?.kind === 'bulk' && run.docs.map((d) => d.agreementId)).toEqual([
      agreementId('1/PKS/2024'),
      agreementId('2/PKS/2024'),
      agreementId('3/PKS/2024'),
    ]);
  });

  it('sends a document the graph may hold a version of (numbers or parties and date) to the single path, in order', () => {
    const docs = [doc(1), doc(2), doc(3), doc(4)];
    const lookups: BatchLookups = {
      ...EMPTY,
      numbersKeys: new Set(['2/PKS/2024']),
      partiesDateKeys: new Set([docs[3]!.agreement.partiesDateKey!]),
    };
    expect(shape(planAgreementBatch(docs, lookups, new BulkRunMemory()))).toEqual([
      'bulk 0',
      'single 1',
      'bulk 2',
      'single 3',
    ]);
  });

  it('sends a repeated text, repeated numbers or repeated parties and date to the single path', () => {
    const first = doc(1);
    const sameText = doc(9, {}, first.source.text);
    const sameNumbers = doc(2, { numbers: ['1/PKS/2024'] });
    const sameDate = doc(3, { signedOn: '2024-02-01' });
    expect(
      shape(planAgreementBatch([first, sameText, sameNumbers, sameDate], EMPTY, new BulkRunMemory())),
    ).toEqual(['bulk 0', 'single 1', 'single 2', 'single 3']);
  });

  it('remembers earlier batches of the run through the run memory', () => {
    const earlier = new BulkRunMemory();
    planAgreementBatch([doc(1)], EMPTY, earlier);
    expect(shape(planAgreementBatch([doc(2), doc(1, {}, 'an edited text')], EMPTY, earlier))).toEqual([
      'bulk 0',
      'single 1',
    ]);
  });

  it('links to an MoU loaded earlier in the run by the id that MoU was minted with, in bulk', () => {
    const mou = doc(1, { kind: 'MOU' });
    const mouReference = { ...sampleAgreement().implements!, numbers: ['1/PKS/2024'] };
    const pks = doc(2, { implements: mouReference });
    const steps = planAgreementBatch([mou, pks], EMPTY, new BulkRunMemory());
    expect(shape(steps)).toEqual(['bulk 0,1']);
    const run = steps[0]!;
    expect(run.kind === 'bulk' && run.docs[1]!.implementsId).toBe(agreementId('1/PKS/2024'));
  });

  it('but sends it to the single path when that MoU took the single path (its id is decided then)', () => {
    const mou = doc(1, { kind: 'MOU' });
    const pks = doc(2, { implements: { ...sampleAgreement().implements!, numbers: ['1/PKS/2024'] } });
    const lookups: BatchLookups = { ...EMPTY, numbersKeys: new Set(['1/PKS/2024']) };
    expect(shape(planAgreementBatch([mou, pks], lookups, new BulkRunMemory()))).toEqual([
      'single 0',
      'single 1',
    ]);
  });

  it('uses the id of the agreement the graph holds under the MoU numbers', () => {
    const pks = doc(2, { implements: sampleAgreement().implements });
    const key = pks.implements!.numbersKey!;
    const steps = planAgreementBatch(
      [pks],
      { ...EMPTY, targets: new Map([[key, 'agreement:known']]) },
      new BulkRunMemory(),
    );
    expect(steps[0]!.kind === 'bulk' && steps[0]!.docs[0]!.implementsId).toBe('agreement:known');
  });

  it('stores no link, and says so, when an agreement names its own numbers as the MoU', () => {
    const self = doc(5, { implements: { ...sampleAgreement().implements!, numbers: ['5/PKS/2024'] } });
    const [run] = planAgreementBatch([self], EMPTY, new BulkRunMemory());
    expect(run?.kind).toBe('bulk');
    const written = run!.kind === 'bulk' ? run!.docs[0]! : null;
    expect(written?.implementsId).toBeNull();
    expect(written!.notes).toContain(SELF_IMPLEMENTS_NOTE);
  });
});

describe('agreementWriteRows', () => {
  it('stamps every row with its agreement and source document, in document order', () => {
    const [a, b] = [doc(1), doc(2)];
    const rows = agreementWriteRows([
      { rows: a, agreementId: 'agreement:a', implementsId: null },
      { rows: b, agreementId: 'agreement:b', implementsId: null },
    ]);
    expect(rows.agreements.map((r) => [r.agreementId, r.sourceId])).toEqual([
      ['agreement:a', a.source.id],
      ['agreement:b', b.source.id],
    ]);
    expect(rows.parties.map((p) => p.id)).toEqual([
      'agreement:a/party/1',
      'agreement:a/party/2',
      'agreement:b/party/1',
      'agreement:b/party/2',
    ]);
    expect(rows.provisions[0]).toMatchObject({ agreementId: 'agreement:a', partyId: 'agreement:a/party/1' });
    expect(rows.unitLinks.map((u) => u.agreementId)).toEqual(['agreement:a', 'agreement:b']);
  });

  it('merges a shared entity once per spelling, keeping the first spelling first', () => {
    const [p1, p2] = sampleParties();
    const shouting = {
      ...p2!,
      institution: { ...p2!.institution, name: 'BADAN SIBER DAN SANDI NEGARA' },
      agency: { ...p2!.agency, name: 'BADAN SIBER DAN SANDI NEGARA' },
    };
    const docs = [doc(1), doc(2), doc(3, { parties: [p1!, shouting] })].map((rows, i) => ({
      rows,
      agreementId: `agreement:${i}`,
      implementsId: null,
    }));
    const rows = agreementWriteRows(docs);
    const bssn = rows.institutions.filter((i) => i.key === 'badan siber dan sandi negara');
    expect(bssn.map((i) => i.name)).toEqual(['Badan Siber dan Sandi Negara', 'BADAN SIBER DAN SANDI NEGARA']);
    expect(rows.officials).toHaveLength(2);
    expect(rows.institutionIds).toHaveLength(3);
    // Owned rows and evidence are never merged: each agreement states its own.
    expect(rows.parties).toHaveLength(6);
    expect(rows.amendments).toHaveLength(3);
  });

  it('links to the MoU only when a target id is given', () => {
    const pks = doc(1, { implements: sampleAgreement().implements });
    expect(
      agreementWriteRows([{ rows: pks, agreementId: 'agreement:a', implementsId: null }]).implements,
    ).toEqual([]);
    const [link] = agreementWriteRows([
      { rows: pks, agreementId: 'agreement:a', implementsId: 'agreement:m' },
    ]).implements;
    expect(link).toMatchObject({ agreementId: 'agreement:a', target: { id: 'agreement:m' } });
  });
});
