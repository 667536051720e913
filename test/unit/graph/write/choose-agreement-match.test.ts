import { describe, expect, it } from 'vitest';
import {
  chooseAgreementMatch,
  type AgreementCandidate,
} from '../../../../src/graph/write/choose-agreement-match.js';

const candidate = (over: Partial<AgreementCandidate>): AgreementCandidate => ({
  id: 'agreement:a',
  loaded: true,
  contentHash: 'old',
  numberKeys: ['N1', 'N2'],
  via: 'NUMBERS',
  ...over,
});

describe('chooseAgreementMatch', () => {
  it('creates when nothing matches', () => {
    expect(chooseAgreementMatch([], { contentHash: 'h', numberKeys: [] })).toEqual({
      status: 'CREATED',
      existingId: null,
      replaces: false,
      notes: [],
    });
  });

  it('is unchanged for the same text, updated for another text with the same numbers', () => {
    expect(
      chooseAgreementMatch([candidate({})], { contentHash: 'old', numberKeys: ['N1', 'N2'] }).status,
    ).toBe('UNCHANGED');
    expect(
      chooseAgreementMatch([candidate({})], { contentHash: 'new', numberKeys: ['N1', 'N2'] }),
    ).toMatchObject({
      status: 'UPDATED',
      existingId: 'agreement:a',
      replaces: true,
    });
  });

  it('creates over a referenced-only agreement (an MoU known by its numbers), keeping its id', () => {
    expect(
      chooseAgreementMatch([candidate({ loaded: false, contentHash: null })], {
        contentHash: 'h',
        numberKeys: [],
      }),
    ).toMatchObject({ status: 'CREATED', existingId: 'agreement:a', replaces: false });
  });

  it('updates by parties and date when one number was corrected', () => {
    const c = candidate({ via: 'PARTIES_AND_DATE' });
    expect(chooseAgreementMatch([c], { contentHash: 'new', numberKeys: ['N1', 'N3'] }).status).toBe(
      'UPDATED',
    );
  });

  it('keeps apart an agreement with the same parties and date but no number in common, and says why', () => {
    const c = candidate({ via: 'PARTIES_AND_DATE' });
    const match = chooseAgreementMatch([c], { contentHash: 'new', numberKeys: ['X1'] });
    expect(match.status).toBe('CREATED');
    expect(match.existingId).toBeNull();
    expect(match.notes).toEqual([expect.stringContaining('no document number in common')]);
  });

  it('prefers a numbers match over a parties-and-date match', () => {
    const match = chooseAgreementMatch(
      [
        candidate({ id: 'agreement:by-date', via: 'PARTIES_AND_DATE' }),
        candidate({ id: 'agreement:by-number' }),
      ],
      { contentHash: 'new', numberKeys: ['N1', 'N2'] },
    );
    expect(match.existingId).toBe('agreement:by-number');
  });
});
