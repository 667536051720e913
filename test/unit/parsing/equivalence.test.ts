/**
 * The same agreement from another tool gives the same result: the Markdown seeds with their
 * markup stripped, and the plain seeds reflowed into long lines, parse to the same values
 * (spans aside, which point into each input).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseAgreement } from '../../../src/parsing/index.js';

const SEED_DIR = new URL('../../../seed/', import.meta.url);
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, SEED_DIR), 'utf8') }));

const isMarkdown = (text: string): boolean => /\*\*|^#{1,6} /m.test(text);

/** What a plain-text tool would give for a Markdown seed: no bold, headings, bullets, escapes or links. */
function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/\*+/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\\([$#_*.\\-])/g, '$1'),
    )
    .join('\n');
}

/** Lines a tool keeps apart when it reflows: page furniture and structural starts. */
const KEEP_APART =
  /^(?:-\s*\d+\s*-|Dokumen ini|diterbitkan oleh|[A-Z][A-Z ]{6,}$|\$|#|(?:Pasal|PASAL)\s+\d+|\(\d+\)|[a-z]\.|\d{1,2}\.|PIHAK\s+\S+\s*,?\s*$|Telp|Email|Jalan|Nomor|Pada hari|PERJANJIAN|[A-Z ]+$)/;

/** Lines that never absorb the next one: page furniture, headings and names in capitals. */
const STANDS_ALONE =
  /^(?:-\s*\d+\s*-|Dokumen ini|diterbitkan oleh|\$|#|(?:Pasal|PASAL)\s+\d+|[A-Z][A-Z ,.]+)$/;

/** What a tool that joins wrapped lines would give for a plain seed: one line per paragraph. */
function reflow(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = out.length - 1;
    const prev = out[last];
    if (prev !== undefined && !KEEP_APART.test(line) && !STANDS_ALONE.test(prev)) {
      // A word hyphenated at the line end joins without a space, as the plain-text rule says.
      out[last] = prev.endsWith('-') ? `${prev}${line}` : `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** The parse result without spans, which differ between the two inputs by construction. */
function withoutSpans(text: string): unknown {
  return JSON.parse(
    JSON.stringify(parseAgreement(text), (k, v: unknown) => (k === 'span' || k === 'spans' ? undefined : v)),
  );
}

describe('plain and Markdown forms of one agreement give one result', () => {
  for (const seed of seeds) {
    if (isMarkdown(seed.text)) {
      it(`${seed.name}: the Markdown and its stripped plain text`, () => {
        const plain = stripMarkdown(seed.text);
        expect(plain).not.toMatch(/\*\*|^#{2,}/m);
        expect(withoutSpans(plain)).toEqual(withoutSpans(seed.text));
      });
    } else {
      it(`${seed.name}: the hard-wrapped text and its reflowed long lines`, () => {
        const long = reflow(seed.text);
        // The reflow really joins lines: far fewer, longer lines than the hard-wrapped text.
        expect(long.split('\n').length).toBeLessThan(
          seed.text.split('\n').filter((l) => l.trim()).length * 0.6,
        );
        expect(withoutSpans(long)).toEqual(withoutSpans(seed.text));
      });
    }
  }

  it('covers both kinds among the seeds', () => {
    expect(seeds.filter((s) => isMarkdown(s.text)).length).toBeGreaterThan(0);
    expect(seeds.filter((s) => !isMarkdown(s.text)).length).toBeGreaterThan(0);
  });
});
