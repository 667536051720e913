/**
 * Page furniture is what a PDF repeats on every page around the text: running headers, page
 * numbers ("- 3 -", "Halaman 3 dari 12", "Page 3 of 12"), initials boxes ("Paraf PIHAK KESATU").
 * Left in, it lands mid-sentence when pages are joined. Pure: lines in, lines out.
 */

/** Lines at the top and bottom of a page that are looked at as possible furniture. */
const EDGE_LINES = 3;

const PAGE_NUMBER =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|(?:halaman|hal\.?|page)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:dari|of|\/)\s*\d{1,4})$/i;

/**
 * Drops, from the first and last lines of each page, page numbers and lines that appear
 * exactly (after folding spaces and case) at the edge of at least half of the pages (two at
 * least). Body lines are never touched: an article heading that happens to open two pages
 * ("Pasal 5", "Pasal 7") differs in its number and stays.
 */
export function dropPageFurniture(pages: readonly (readonly string[])[]): string[][] {
  const fold = (line: string) => line.replace(/\s+/g, ' ').trim().toLowerCase();
  const edges = (lines: readonly string[]) => {
    const idx = new Set<number>();
    for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i++) idx.add(i);
    for (let i = Math.max(0, lines.length - EDGE_LINES); i < lines.length; i++) idx.add(i);
    return idx;
  };
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set([...edges(lines)].map((i) => fold(lines[i]!)));
    for (const key of seen) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edge = edges(lines);
    return lines.filter((line, i) => {
      if (!edge.has(i)) return true;
      const key = fold(line);
      if (PAGE_NUMBER.test(key)) return false;
      return pages.length < 2 || (pagesWith.get(key) ?? 0) < threshold;
    });
  });
}
