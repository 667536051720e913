import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { bindAgreementRows } from '../../../../src/graph/write/statement-rows.js';
import { numbersKey } from '../../../../src/domain/identity.js';
import { agreementId, decreeId, institutionId, officialId } from '../../../../src/graph/graph-ids.js';
import { toNeo4jParams } from '../../../../src/graph/neo4j-params.js';
import { prepareAgreementRows } from '../../../../src/graph/write/prepare-agreement-rows.js';
import { SAMPLE_TEXT, sampleAgreement } from '../../../fixtures/graph/sample-agreement.js';

describe('graph ids', () => {
  it('derive from identity keys, readable and stable', () => {
    expect(institutionId('badan siber dan sandi negara')).toBe('institution:badan-siber-dan-sandi-negara');
    expect(officialId('yb susilo wibowo')).toBe('official:yb-susilo-wibowo');
    expect(decreeId('KEPUTUSAN_PRESIDEN||171/TPA|2020')).toBe('decree:KEPUTUSAN_PRESIDEN||171/TPA|2020');
    expect(agreementId('A + B')).toBe(agreementId('A + B'));
    expect(agreementId('A + B')).toMatch(/^agreement:[0-9a-f]{16}$/);
  });

  it('numbersKey ignores order, case and spacing; no numbers give null', () => {
    expect(numbersKey(['b/2', 'A / 1'])).toBe('A/1 + B/2');
    expect(numbersKey([])).toBeNull();
  });
});

describe('bindAgreementRows', () => {
  it('puts the agreement id in front of every owned node id', () => {
    const rows = prepareAgreementRows(sampleAgreement(), { text: SAMPLE_TEXT, sourceName: 's.txt' });
    const bound = bindAgreementRows(rows, 'agreement:x');
    expect(bound.parties.map((p) => p.id)).toEqual(['agreement:x/party/1', 'agreement:x/party/2']);
    expect(bound.provisions[0]).toMatchObject({
      id: 'agreement:x/party/1/obligation/1',
      partyId: 'agreement:x/party/1',
      clauseId: 'agreement:x/pasal/2',
    });
    expect(bound.definitions.map((d) => d.id)).toEqual(['agreement:x/definition/1']);
  });
});

describe('toNeo4jParams', () => {
  it('sends whole numbers as Neo4j integers, deep, and leaves the rest', () => {
    const out = toNeo4jParams({ a: 1, b: [2, 'x'], c: { d: 1.5, e: null, f: undefined } }) as Record<
      string,
      unknown
    >;
    expect(neo4j.isInt(out.a)).toBe(true);
    expect(neo4j.isInt((out.b as unknown[])[0])).toBe(true);
    expect((out.b as unknown[])[1]).toBe('x');
    expect(out.c).toEqual({ d: 1.5, e: null, f: null });
  });
});
