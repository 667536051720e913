/**
 * A clause's paragraphs are stored with their words as offsets into the clause text
 * (docs/adr/0005-paragraphs-as-offsets.md). Reading them back must give exactly what the parser
 * returned: every label, every word and every span, on the seeds and on generated texts of both
 * families.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../src/corpus/generate-corpus.js';
import type { Clause } from '../../../../src/domain/agreement.js';
import { decodeParagraphs, encodeParagraphs } from '../../../../src/graph/write/clause-paragraphs.js';
import { parseAgreement } from '../../../../src/parsing/index.js';

const SEED_DIR = new URL('../../../../seed/', import.meta.url);

function asParsed(c: Clause) {
  const part = (p: { label: string | null; text: string; span: { start: number; end: number } }) => ({
    label: p.label,
    text: p.text,
    span: { start: p.span.start, end: p.span.end },
  });
  return c.paragraphs.map((p) => ({ ...part(p), items: p.items.map(part) }));
}

function clausesOf(texts: readonly string[]): Clause[] {
  return texts.flatMap((text) => parseAgreement(text).clauses);
}

const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8'));

describe('encodeParagraphs / decodeParagraphs', () => {
  it.each([
    ['the five seeds', () => clausesOf(seeds)],
    [
      "the bench's family (40 generated, seed 7)",
      () => clausesOf([...generateCorpus({ agreements: 40, seed: 7, realWorldShare: 0 })].map((d) => d.text)),
    ],
    [
      'the real-world family (40 generated, seed 11)',
      () =>
        clausesOf([...generateCorpus({ agreements: 40, seed: 11, realWorldShare: 1 })].map((d) => d.text)),
    ],
  ])('gives back every paragraph and item of %s, words as offsets', (_name, clauses) => {
    const all = clauses();
    expect(all.filter((c) => c.paragraphs.some((p) => p.items.length > 0)).length).toBeGreaterThan(0);
    for (const clause of all) {
      const stored = encodeParagraphs(clause);
      expect(decodeParagraphs(clause.text, stored)).toEqual(asParsed(clause));
      // In these texts every paragraph's words are in its clause's text: no copy is stored.
      expect(stored).not.toContain('"text"');
    }
  });

  it('reads seed 002\'s "Kewajiban PIHAK KESATU" paragraph from the clause text', () => {
    const clause = clausesOf([seeds[2]!]).find((c) =>
      c.paragraphs.some((p) => p.text.startsWith('Kewajiban PIHAK KESATU:')),
    )!;
    const stored = JSON.parse(encodeParagraphs(clause)) as { label: string; at: [number, number] }[];
    const i = clause.paragraphs.findIndex((p) => p.text.startsWith('Kewajiban PIHAK KESATU:'));
    expect(stored[i]!.label).toBe('(2)');
    expect(clause.text.slice(stored[i]!.at[0], stored[i]!.at[1])).toMatch(/^Kewajiban PIHAK KESATU: a\. /);
  });

  it('keeps the words of a paragraph that is not in the clause text, and reads both forms', () => {
    const span = { start: 10, end: 20 };
    const clause = {
      text: '(1) Para pihak sepakat. (2) Lain.',
      paragraphs: [
        { label: '(1)', text: 'Para pihak sepakat.', span, items: [] },
        {
          label: '(2)',
          text: 'Teks yang dibersihkan lain',
          span,
          items: [{ label: 'a.', text: 'Lain', span }],
        },
      ],
    };
    const stored = encodeParagraphs(clause);
    expect(JSON.parse(stored)).toEqual([
      { label: '(1)', at: [4, 23], span: [10, 20], items: [] },
      {
        label: '(2)',
        text: 'Teks yang dibersihkan lain',
        span: [10, 20],
        items: [{ label: 'a.', at: [28, 32], span: [10, 20] }],
      },
    ]);
    expect(decodeParagraphs(clause.text, stored)).toEqual(clause.paragraphs);
    // The form written before offsets (words copied) reads the same.
    const old = JSON.stringify([{ label: '(1)', text: 'Para pihak sepakat.', span: [10, 20], items: [] }]);
    expect(decodeParagraphs(clause.text, old)).toEqual([clause.paragraphs[0]]);
  });
});
