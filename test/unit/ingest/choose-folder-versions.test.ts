import { describe, expect, it } from 'vitest';
import { chooseFolderVersions, type FolderDocument } from '../../../src/ingest/choose-folder-versions.js';

const doc = (file: string, over: Partial<FolderDocument> = {}): FolderDocument => ({
  file: `folder/${file}`,
  name: file,
  contentHash: `hash-${file}`,
  numbersKey: 'PKS12/2023',
  numberKeys: ['PKS12/2023'],
  partiesDateKey: null,
  signedOn: '2023-05-15',
  label: 'PKS 12/2023',
  ...over,
});

describe('chooseFolderVersions', () => {
  it('keeps the later file name when the signing dates are the same, whatever the listing order', () => {
    for (const docs of [
      [doc('a.md'), doc('b.md')],
      [doc('b.md'), doc('a.md')],
    ]) {
      const choice = chooseFolderVersions(docs);
      expect([...choice.superseded.keys()]).toEqual(['folder/a.md']);
      expect(choice.clashes.map((c) => c.message)).toEqual([
        'b.md and a.md are versions of PKS 12/2023; kept b.md (rule: the later signing date, then the later file name)',
      ]);
    }
  });

  it('keeps the later signing date before the later name', () => {
    const choice = chooseFolderVersions([doc('a.md', { signedOn: '2024-01-02' }), doc('b.md')]);
    expect(choice.clashes[0]!.kept).toBe('folder/a.md');
    expect([...choice.superseded.keys()]).toEqual(['folder/b.md']);
  });

  it('joins versions through either key: same numbers, or same parties and date', () => {
    const choice = chooseFolderVersions([
      doc('a.md', { numbersKey: null, numberKeys: [], partiesDateKey: 'bssn & kemendag @ 2023-05-15' }),
      doc('b.md', { partiesDateKey: 'bssn & kemendag @ 2023-05-15' }),
      doc('c.md', { numbersKey: 'OTHER', numberKeys: ['OTHER'], partiesDateKey: null }),
    ]);
    expect(choice.clashes.map((c) => c.files)).toEqual([['folder/b.md', 'folder/a.md']]);
    expect(choice.superseded.has('folder/c.md')).toBe(false);
  });

  it('keeps apart two agreements of the same parties and day whose numbers differ (as the graph does)', () => {
    const day = 'bssn & kemendag @ 2023-05-15';
    const choice = chooseFolderVersions([
      doc('a.md', { numbersKey: 'A', numberKeys: ['A'], partiesDateKey: day }),
      doc('b.md', { numbersKey: 'B', numberKeys: ['B'], partiesDateKey: day }),
    ]);
    expect(choice.clashes).toEqual([]);
  });

  it('calls identical files copies, not versions', () => {
    const choice = chooseFolderVersions([
      doc('a.txt', { contentHash: 'x' }),
      doc('copy.txt', { contentHash: 'x' }),
    ]);
    expect(choice.clashes[0]!.message).toBe(
      'copy.txt and a.txt are copies of the same document (PKS 12/2023); kept copy.txt',
    );
  });
});
