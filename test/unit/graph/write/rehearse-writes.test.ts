import { describe, expect, it } from 'vitest';
import { prepareAgreementRows } from '../../../../src/graph/write/prepare-agreement-rows.js';
import { rehearsalCopy } from '../../../../src/graph/write/rehearse-writes.js';
import { SAMPLE_TEXT, sampleAgreement } from '../../../fixtures/graph/sample-agreement.js';

const rows = prepareAgreementRows(sampleAgreement(), {
  text: SAMPLE_TEXT,
  sourceName: 'sample.txt',
  loadedAt: '2025-01-01T00:00:00Z',
});

describe('rehearsalCopy', () => {
  it('gives the document keys and a content hash no real document has', () => {
    const copy = rehearsalCopy(rows, 'ingest');
    expect(rows.agreement.numbersKey).not.toBeNull();
    expect(copy.agreement.identityKey).toBe(`warm-up-rehearsal/ingest:${rows.agreement.identityKey}`);
    expect(copy.agreement.numbersKey).toBe(`warm-up-rehearsal/ingest:${rows.agreement.numbersKey}`);
    expect(copy.agreement.numberKeys).toEqual(
      rows.agreement.numberKeys.map((k) => `warm-up-rehearsal/ingest:${k}`),
    );
    expect(copy.agreement.partiesDateKey).toBe(`warm-up-rehearsal/ingest:${rows.agreement.partiesDateKey}`);
    expect(copy.source.contentHash).toBe(`warm-up-rehearsal/ingest/v1:${rows.source.contentHash}`);
    expect(copy.source.id).toBe(`source:${copy.source.contentHash}`);
    expect(copy.agreement.properties.contentHash).toBe(copy.source.contentHash);
    expect(copy.implements?.numbersKey).toBe(`warm-up-rehearsal/ingest:${rows.implements?.numbersKey}`);
    expect(copy.implements?.identityKey).toBe(`warm-up-rehearsal/ingest:${rows.implements?.identityKey}`);
  });

  it('keeps the content and the shared entities, which merge into the graph’s own', () => {
    const copy = rehearsalCopy(rows, 'ingest');
    expect(copy.source.text).toBe(rows.source.text);
    expect(copy.institutions).toEqual(rows.institutions);
    expect(copy.officials).toEqual(rows.officials);
    expect(copy.decrees).toEqual(rows.decrees);
    expect(copy.parties).toEqual(rows.parties);
    expect(copy.agreement.properties.numbers).toEqual(rows.agreement.properties.numbers);
  });

  it('makes versions of one agreement under one tag, other agreements under other tags', () => {
    const [v1, v2, other] = [
      rehearsalCopy(rows, 'a', 1),
      rehearsalCopy(rows, 'a', 2),
      rehearsalCopy(rows, 'b'),
    ];
    expect(v2.agreement.numbersKey).toBe(v1.agreement.numbersKey);
    expect(v2.source.contentHash).not.toBe(v1.source.contentHash);
    expect(other.agreement.numbersKey).not.toBe(v1.agreement.numbersKey);
    expect(rows.agreement.identityKey).not.toContain('warm-up-rehearsal');
  });
});
