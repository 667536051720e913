import path from 'node:path';
import type { SeedProgress, SeedSummary } from './seed-paths.js';

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): unknown;
}

/**
 * Progress of a seed run: on a terminal one bar redrawn in place, otherwise (CI, pipes, logs)
 * one plain line per file, so a log file shows what happened without control characters.
 */
export function createSeedProgress(stream: ProgressStream): (progress: SeedProgress) => void {
  return ({ done, total, result }) => {
    const name = path.basename(result.file);
    if (!stream.isTTY) {
      stream.write(`[${done}/${total}] ${result.status} ${name}\n`);
      return;
    }
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${result.status} ${name}`;
    const max = (stream.columns ?? 80) - 1;
    stream.write(`\r\x1b[2K${line.length > max ? line.slice(0, max) : line}`);
    if (done === total) stream.write('\n');
  };
}

/**
 * The summary printed after a seed run: the counts, then each failure with its reason, each
 * clash between versions of one agreement with the file kept, and each file left out and why.
 */
export function formatSeedSummary(summary: SeedSummary): string {
  const extra = [
    summary.superseded ? `, ${summary.superseded} superseded` : '',
    summary.skipped.length ? `, ${summary.skipped.length} skipped` : '',
  ].join('');
  const lines = [
    `seeded ${summary.files.length} file(s): ${summary.created} created, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged, ${summary.failed} failed${extra}`,
  ];
  for (const f of summary.files) {
    if (f.status === 'FAILED') lines.push(`  failed ${f.file}: ${f.reason ?? 'unknown reason'}`);
  }
  for (const clash of summary.clashes) lines.push(`  versions: ${clash}`);
  for (const s of summary.skipped) lines.push(`  skipped ${s.file}: ${s.reason}`);
  return lines.join('\n') + '\n';
}
