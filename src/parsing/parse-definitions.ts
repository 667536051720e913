import type { Definition } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { foldClean } from './clean-text.js';
import type { ScannedClause } from './parse-provisions.js';
import { itemRange } from './parse-recitals.js';
import { readValue } from './read-value.js';

const IS = /\s(?:adalah|merupakan|yaitu|ialah)\s/i;
const ALIAS = /\s+yang\s+selanjutnya\s+(?:disebut|disingkat)\b[\s\S]*$/i;

/**
 * Terms and meanings from the definitions article: each item reads
 * "“Term” (yang selanjutnya disebut “T”) adalah meaning".
 */
export function parseDefinitions(clean: CleanText, clauses: readonly ScannedClause[]): Definition[] {
  const text = clean.text;
  const out: Definition[] = [];
  for (const clause of clauses) {
    if (clause.topic !== 'DEFINITIONS') continue;
    for (const p of clause.paragraphs) {
      const pieces =
        p.items.length > 0
          ? p.items.map((i) => [i.bodyStart, i.end] as const)
          : p.label
            ? [[p.bodyStart, p.end] as const]
            : [];
      for (const [ps, pe] of pieces) {
        const [s, e] = itemRange(text, ps, pe);
        const item = text.slice(s, e);
        const is = IS.exec(item);
        if (!is) continue;
        const term = foldClean(item.slice(0, is.index).replace(ALIAS, ''))
          .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
          .trim();
        const meaning = readValue(clean, s + is.index + is[0].length, e, false);
        if (!term || !meaning.value) continue;
        out.push({ term, meaning: meaning.value, span: readValue(clean, s, e, false).span });
      }
    }
  }
  return out;
}
