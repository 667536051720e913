import type { Citation } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { INSTRUMENT_START, parseInstrument } from './parse-instrument.js';
import { readValue } from './read-value.js';

export interface CitationRegion {
  readonly start: number;
  readonly end: number;
  readonly clauseNumber: string | null;
}

const ARTICLE_BEFORE = /(Pasal\s+\d{1,4}[A-Za-z]?(?:\s+ayat\s+\(\d{1,2}\))?(?:\s+huruf\s+[a-z])?)\s*$/i;

/**
 * Every legal instrument mentioned in the given regions (the articles and the recitals),
 * with the article cited when one is printed before it ("Pasal 1266 Kitab Undang-undang
 * Hukum Perdata"). Phrases without a number ("peraturan perundang-undangan") are not citations.
 */
export function findCitations(clean: CleanText, regions: readonly CitationRegion[]): Citation[] {
  const text = clean.text;
  const out: Citation[] = [];
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    const re = new RegExp(INSTRUMENT_START.source, INSTRUMENT_START.flags);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = region.start + m.index;
      const found = parseInstrument(clean, at, region.end);
      if (!found) continue;
      const before = ARTICLE_BEFORE.exec(text.slice(Math.max(region.start, at - 60), at));
      const start = before ? at - before[0].length : at;
      const article = before ? readValue(clean, start, start + before[1]!.length).value : null;
      out.push({
        instrument: found.instrument,
        article,
        clauseNumber: region.clauseNumber,
        span: readValue(clean, start, found.end, false).span,
      });
      re.lastIndex = Math.max(re.lastIndex, found.fullEnd - region.start);
    }
  }
  return out;
}
