import { describe, expect, it } from 'vitest';
import { prepareAgreementRows } from '../../../../src/graph/write/prepare-agreement-rows.js';
import { sha256 } from '../../../../src/graph/graph-ids.js';
import { SAMPLE_TEXT, sampleAgreement, sampleParties } from '../../../fixtures/graph/sample-agreement.js';

const source = { text: SAMPLE_TEXT, sourceName: 'sample.txt', loadedAt: '2025-01-01T00:00:00Z' };

describe('prepareAgreementRows', () => {
  const rows = prepareAgreementRows(sampleAgreement(), source);

  it('keys the agreement by its numbers, case and spacing folded and order ignored', () => {
    expect(rows.agreement.numbersKey).toBe('045/PKS/2024 + PERJ.100/BSSN/SU/HK.07.02/01/2024');
    const reordered = prepareAgreementRows(
      sampleAgreement({ numbers: ['perj.100/bssn/su/hk.07.02/01/2024', '045/PKS/ 2024'] }),
      source,
    );
    expect(reordered.agreement.numbersKey).toBe(rows.agreement.numbersKey);
    expect(rows.agreement.identityKey).toBe(rows.agreement.numbersKey);
  });

  it('keys it by agencies and date too, and by those alone when it has no numbers', () => {
    expect(rows.agreement.partiesDateKey).toBe(
      'badan siber dan sandi negara & pemerintah kota contoh @ 2024-01-15',
    );
    const unnumbered = prepareAgreementRows(sampleAgreement({ numbers: [] }), source);
    expect(unnumbered.agreement.numbersKey).toBeNull();
    expect(unnumbered.agreement.identityKey).toBe(rows.agreement.partiesDateKey);
  });

  it('hashes the exact text for the source document', () => {
    expect(rows.source.contentHash).toBe(sha256(SAMPLE_TEXT));
    expect(rows.source.id).toBe(`source:${sha256(SAMPLE_TEXT)}`);
    expect(rows.agreement.properties.contentHash).toBe(rows.source.contentHash);
  });

  it('makes one institution row per key: the unit, its agency and BSSN (acting for itself)', () => {
    expect(rows.institutions.map((i) => i.id)).toEqual([
      'institution:dinas-komunikasi-dan-informatika-kota-contoh',
      'institution:pemerintah-kota-contoh',
      'institution:badan-siber-dan-sandi-negara',
    ]);
    expect(rows.unitLinks).toEqual([
      expect.objectContaining({
        unitKey: 'dinas komunikasi dan informatika kota contoh',
        agencyKey: 'pemerintah kota contoh',
      }),
    ]);
  });

  it('de-duplicates decrees: appointment, two bases, one amender, one code', () => {
    expect(rows.decrees.map((d) => d.key)).toEqual([
      'KEPUTUSAN_KEPALA_DAERAH|wali kota contoh|800/12|2021',
      'UNDANG_UNDANG||11|2008',
      'UNDANG_UNDANG||1|2024',
      'PERATURAN_PRESIDEN||28|2021',
      'KITAB|||kuhperdata',
    ]);
    expect(rows.amendments).toEqual([
      expect.objectContaining({ amendingKey: 'UNDANG_UNDANG||1|2024', amendedKey: 'UNDANG_UNDANG||11|2008' }),
    ]);
  });

  it('gives provisions local ids under their party and links them to the clause they were read in', () => {
    expect(rows.provisions.map((p) => [p.localId, p.kind, p.clauseLocalId])).toEqual([
      ['party/1/obligation/1', 'OBLIGATION', 'pasal/2'],
      ['party/1/obligation/2', 'OBLIGATION', 'pasal/2'],
      ['party/1/right/1', 'RIGHT', 'pasal/3'],
      ['party/2/obligation/1', 'OBLIGATION', 'pasal/2'],
      ['party/2/right/1', 'RIGHT', 'pasal/3'],
    ]);
  });

  it('keeps paragraphs and items of a clause as JSON, their words as offsets into the clause text', () => {
    const clause = rows.clauses[1]!;
    expect(clause.localId).toBe('pasal/2');
    const [paragraph] = JSON.parse(clause.paragraphs) as {
      label: string;
      at: [number, number];
      items: { label: string; at: [number, number] }[];
    }[];
    expect(paragraph).toMatchObject({ label: '(1)', items: [{ label: 'a.' }] });
    expect(clause.text.slice(...paragraph!.at)).toBe(sampleAgreement().clauses[1]!.paragraphs[0]!.text);
    expect(clause.text.slice(...paragraph!.items[0]!.at)).toBe(
      sampleAgreement().clauses[1]!.paragraphs[0]!.items[0]!.text,
    );
  });

  it('stores a repeated Pasal number under a distinct id and says so', () => {
    const a = sampleAgreement();
    const twice = prepareAgreementRows(sampleAgreement({ clauses: [...a.clauses, a.clauses[0]!] }), source);
    expect(twice.clauses.map((c) => c.localId)).toEqual(['pasal/1', 'pasal/2', 'pasal/3', 'pasal/1~4']);
    expect(twice.notes).toEqual([expect.stringContaining('Pasal 1 appears more than once')]);
  });

  it('merges a multi-word name across agencies but keeps a single-word name per agency, with a note', () => {
    const [p1, p2] = sampleParties();
    const mononym = { ...p1!, signatory: { ...p1!.signatory, name: 'SUHANTO', key: 'suhanto' } };
    const prepared = prepareAgreementRows(sampleAgreement({ parties: [mononym, p2!] }), source);
    expect(prepared.officials.map((o) => [o.id, o.nameKey])).toEqual([
      ['official:suhanto@pemerintah-kota-contoh', 'suhanto'],
      ['official:yb-susilo-wibowo', 'yb susilo wibowo'],
    ]);
    expect(prepared.notes).toEqual([expect.stringContaining('single-word name')]);
  });

  it('describes the implemented MoU by its numbers', () => {
    expect(rows.implements).toMatchObject({
      numbersKey: 'MOU.1/KOTA/2023 + PERJ.9/KABSSN/KJ.01.01/01/2023',
      kind: 'MOU',
      title: 'Keamanan Informasi',
    });
  });

  it('stores field spans as [start, end] pairs', () => {
    expect(rows.agreement.properties.signedOnSpan).toEqual([120, 130]);
  });
});
