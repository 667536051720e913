/**
 * Every value keeps the span of its source in the original input: the folded slice equals
 * (or, for values with markup or honorifics around them, contains) the value.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { Span } from '../../../src/domain/agreement.js';
import { parseAgreement } from '../../../src/parsing/index.js';

const SEED_DIR = new URL('../../../seed/', import.meta.url);
const fold = (s: string): string =>
  s
    .replace(/\]\([^)]*\)|\[/g, '')
    .replace(/\*+|\\(?=[$#_])|^#+ /gm, '')
    .replace(/\n\s*[-#]+\s+/g, ' ')
    .replace(/(\p{L})-\s*\n\s*(?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();

describe('spans point back into the original input', () => {
  for (const name of readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(name, () => {
      const input = readFileSync(new URL(name, SEED_DIR), 'utf8');
      const a = parseAgreement(input);
      const at = (span: Span): string => fold(input.slice(span.start, span.end));
      for (const p of a.parties) {
        expect(at(p.signatory!.span)).toBe(p.signatory!.name);
        expect(at(p.institution!.span)).toBe(p.institution!.name);
        expect(at(p.span)).toContain(p.label!.split(' ')[0]);
        for (const o of [...p.obligations, ...p.rights]) expect(at(o.span)).toBe(o.text);
        if (p.appointment) expect(at(p.appointment.span)).toBe(p.appointment.text);
      }
      for (const c of a.clauses) {
        expect(at(c.span)).toContain(c.heading);
        for (const para of c.paragraphs) for (const item of para.items) expect(at(item.span)).toBe(item.text);
      }
      for (const b of a.legalBases) expect(at(b.span)).toBe(b.text);
      for (const c of a.citations) expect(at(c.span)).toContain('Pasal 1266');
      if (a.spans.title && a.title) expect(at(a.spans.title)).toBe(a.title);
      if (a.spans.signedDay && a.signedDay) expect(at(a.spans.signedDay)).toBe(a.signedDay);
      if (a.spans.signedOn) expect(at(a.spans.signedOn)).toMatch(/^tanggal /);
      for (const d of a.definitions) expect(at(d.span)).toContain(d.meaning);
    });
  }
});
