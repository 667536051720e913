/**
 * Reading order for one PDF page: the text layer gives runs of text at positions, in the order
 * the producer wrote them (which is not always the order a person reads). This puts them back
 * into lines, top to bottom, and reads a two-column page column by column. Pure: tested with
 * hand-made runs, no PDF needed.
 */

/** One run of text as the PDF places it: left edge x, baseline y (PDF space: y grows upwards). */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in points (the line height the run occupies). */
  readonly size: number;
}

interface Line {
  y: number;
  size: number;
  runs: TextRun[];
}

/** The page's lines, in reading order, each the runs of one baseline joined left to right. */
export function layoutPageText(runs: readonly TextRun[]): string[] {
  const visible = runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  if (visible.length === 0) return [];
  const gutter = findColumnGutter(visible);
  if (gutter === null) return groupLines(visible).map(lineText);
  const left = visible.filter((r) => r.x + r.width <= gutter);
  const right = visible.filter((r) => r.x >= gutter);
  return [...groupLines(left).map(lineText), ...groupLines(right).map(lineText)];
}

/** Runs whose baselines are within half a font size of each other are one line; lines top to bottom. */
function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) <= Math.max(line.size, run.size) * 0.5) {
      line.runs.push(run);
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/** Joins a line's runs, with a space where the gap between two runs is wider than a fifth of the type size. */
function lineText(line: Line): string {
  let out = '';
  let end = -Infinity;
  for (const run of line.runs) {
    const gap = run.x - end;
    if (out !== '' && gap > run.size * 0.2 && !/\s$/.test(out) && !/^\s/.test(run.text)) out += ' ';
    out += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The x of the gap between two columns of running text, or null for a one-column page.
 * A gutter is an x in the middle of the text area that no run crosses, with text filling up
 * to it from the left on most left-hand lines and both sides wide. A form of short labels and
 * their values ("Nama : …") also has an empty band, but its left side is narrow and ragged,
 * so it stays one column and each label keeps its value on its line.
 */
export function findColumnGutter(runs: readonly TextRun[]): number | null {
  const minX = Math.min(...runs.map((r) => r.x));
  const maxX = Math.max(...runs.map((r) => r.x + r.width));
  const span = maxX - minX;
  if (span <= 0 || runs.length < 6) return null;
  const steps = 40;
  for (let i = Math.round(steps * 0.3); i <= Math.round(steps * 0.7); i++) {
    const g = minX + (span * i) / steps;
    if (runs.some((r) => r.x < g && r.x + r.width > g)) continue;
    const left = runs.filter((r) => r.x + r.width <= g);
    const right = runs.filter((r) => r.x >= g);
    if (left.length < 3 || right.length < 3) continue;
    const leftEdge = Math.max(...left.map((r) => r.x + r.width));
    const leftWidth = leftEdge - minX;
    const rightWidth = maxX - Math.min(...right.map((r) => r.x));
    if (leftWidth < span * 0.3 || rightWidth < span * 0.3) continue;
    // Running text fills its column: most left-hand lines end near the column's right edge.
    const leftLines = groupLines(left);
    const filled = leftLines.filter((l) => {
      const end = Math.max(...l.runs.map((r) => r.x + r.width));
      return end >= leftEdge - leftWidth * 0.25;
    }).length;
    // Every x in one empty band splits the runs the same way: the first that qualifies will do.
    if (filled >= leftLines.length * 0.6) return g;
  }
  return null;
}
