import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../src/corpus/generate-corpus.js';
import { createRandom } from '../../../../src/corpus/random.js';
import { snippet, snippetQuery } from '../../../../src/graph/read/search-snippet.js';
import { projectRoot } from '../../../../src/server/config.js';
import { snippetBefore } from '../../../fixtures/graph/snippet-before.js';

// snippet() takes the query's words read once per search (issue 13, docs/search-performance.md);
// every snippet must stay what the original (test/fixtures/graph/snippet-before.ts) cut,
// character for character.

const QUERIES = [
  'keadaan kahar',
  'Keadaan Kahar',
  '"keadaan kahar" bencana',
  'jangka waktu',
  '"jangka waktu" sertifikat',
  'PIHAK KEDUA',
  'pasal 1',
  'sertifikat elektronik',
  'penyelesaian perselisihan musyawarah',
  'berakhir',
  'Badan Siber dan Sandi Negara',
  '046/218/PKS/2022',
  'PERJ.206/BSSN/SU/HK.07.02/05/2023',
  'Sukmariah',
  'bertindak untuk dan atas nama',
  'AND',
  'a',
  'x y z',
  'kahar~2 title:x^3 a*',
  'é',
  'Émile dan İbrahim',
  'σοφία',
  'kelvin',
  'zzzqqq tidak ada',
  '',
];

/** Seeds, the real-world fixtures and a generated corpus with real-world shapes: raw texts. */
function sourceTexts(): string[] {
  const read = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return [
    ...read(path.join(projectRoot(), 'seed')),
    ...read(path.join(projectRoot(), 'test/fixtures/real-world')),
    ...[...generateCorpus({ agreements: 24, seed: 7 })].map((doc) => doc.text),
  ];
}

/** Pieces the size of a hit's text (a name, a provision, a clause, a whole text) from random places. */
function pieces(texts: readonly string[]): string[] {
  const random = createRandom(20261130);
  const out: string[] = [];
  for (const text of texts) {
    out.push(text);
    for (const paragraph of text.split(/\n\s*\n/).slice(0, 30)) if (paragraph.trim()) out.push(paragraph);
    for (let i = 0; i < 12; i++) {
      const length = random.pick([20, 150, 161, 165, 200, 400, 1_100, 3_000]);
      const start = random.int(0, Math.max(0, text.length - length));
      out.push(text.slice(start, start + length));
    }
  }
  return out;
}

/** Text built to hit the edges: Unicode whitespace, letters whose lower case is longer or contextual, surrogates. */
function adversarial(count: number): string[] {
  const random = createRandom(7);
  const atoms = [
    ...'keadaan kahar jangka waktu pihak pasal sertifikat KEADAAN Kahar WAKTU a b x'.split(' '),
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\t',
    '\r\n',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '\u2028',
    '\u180e',
    '\u200b',
    '“',
    '”',
    '—',
    '…',
    'İ',
    'Σ',
    'ΣΟΦΊΑ',
    '\u212a',
    'é',
    'É',
    'ß',
    '🙂',
    '(1)',
    '.',
  ];
  // Half the texts keep to ASCII and spaces, where the windowed cut (commit 7a8f355) took its fast way.
  const plain = atoms.filter((a) => /^[\t\n\r -~\u00a0\u2000-\u206f]*$/.test(a));
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const size = random.int(1, 220);
    const from = random.chance(0.5) ? plain : atoms;
    for (let i = 0; i < size; i++) parts.push(random.pick(from), random.chance(0.7) ? ' ' : '');
    out.push(parts.join(''));
  }
  return out;
}

function differences(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const query of QUERIES) {
    const compiled = snippetQuery(query);
    for (const text of texts) {
      const expected = snippetBefore(text, query);
      const actual = snippet(text, compiled);
      if (actual !== expected && found.length < 5) {
        found.push(
          `${JSON.stringify(query)} on ${JSON.stringify(text.slice(0, 80))}…: ${actual} ≠ ${expected}`,
        );
      }
    }
  }
  return found;
}

describe('snippet', () => {
  it('cuts the original snippet from every seed, real-world and generated text and their pieces', () => {
    const texts = pieces(sourceTexts());
    expect(texts.length).toBeGreaterThan(1_000);
    expect(differences(texts)).toEqual([]);
  }, 60_000);

  it('cuts the original snippet from text full of Unicode whitespace, cased non-ASCII letters and surrogates', () => {
    expect(differences(adversarial(1_500))).toEqual([]);
  }, 60_000);

  it('centres on the first query word, folds whitespace and marks both cuts', () => {
    const text = `${'Pasal 12\nKEADAAN   KAHAR\n'.padEnd(40, '-')} ${'lorem ipsum '.repeat(20)}keadaan kahar meliputi bencana alam ${'dolor sit '.repeat(30)}`;
    const cut = snippet(text, snippetQuery('bencana'));
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('keadaan kahar meliputi bencana alam');
    // 160 characters of folded text, trimmed, between the two ellipses.
    expect(cut.length).toBeLessThanOrEqual(162);
    // The first word of the query in the text wins: the heading, so the snippet starts there.
    expect(snippet(text, snippetQuery('kahar bencana'))).toMatch(/^Pasal 12 KEADAAN KAHAR -+/);
    // A short text is the whole text, folded.
    expect(snippet('  Imas\n Sukmariah ', snippetQuery('Sukmariah'))).toBe('Imas Sukmariah');
  });
});
