import type { Citation } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { INSTRUMENT_START, parseInstrument } from './parse-instrument.js';
import { readValue } from './read-value.js';

export interface CitationRegion {
  readonly start: number;
  readonly end: number;
  readonly clauseNumber: string | null;
}

const ONE_ARTICLE = 'Pasal\\s+\\d{1,4}[A-Za-z]?(?:\\s+ayat\\s+\\(\\d{1,2}\\))?(?:\\s+huruf\\s+[a-z])?';
/** "Pasal 1266", or a list "Pasal 1266 dan Pasal 1267", right before the instrument. */
const ARTICLE_BEFORE = new RegExp(
  `(${ONE_ARTICLE}(?:\\s*(?:,|dan|atau|serta)\\s*${ONE_ARTICLE})*)\\s*$`,
  'i',
);
const ARTICLE = new RegExp(ONE_ARTICLE, 'gi');
/** INSTRUMENT_START for this scan alone (its lastIndex is this loop's), built once, not per region. */
const INSTRUMENT_SCAN = new RegExp(INSTRUMENT_START.source, INSTRUMENT_START.flags);

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
    const re = INSTRUMENT_SCAN;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = region.start + m.index;
      const found = parseInstrument(clean, at, region.end);
      if (!found) continue;
      const window = Math.max(region.start, at - 200);
      const before = ARTICLE_BEFORE.exec(text.slice(window, at));
      if (!before) {
        out.push({
          instrument: found.instrument,
          article: null,
          clauseNumber: region.clauseNumber,
          span: readValue(clean, at, found.end, false).span,
        });
      } else {
        // One citation per article: "Pasal 1266 dan Pasal 1267 KUHPerdata" cites two articles.
        const listStart = window + before.index;
        ARTICLE.lastIndex = 0;
        const list = before[1]!;
        for (let a = ARTICLE.exec(list); a; a = ARTICLE.exec(list)) {
          const as = listStart + a.index;
          out.push({
            instrument: found.instrument,
            article: readValue(clean, as, as + a[0].length).value,
            clauseNumber: region.clauseNumber,
            span: readValue(clean, as, found.end, false).span,
          });
        }
      }
      re.lastIndex = Math.max(re.lastIndex, found.fullEnd - region.start);
    }
  }
  return out;
}
