import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileName, generateCorpus } from '../corpus/generate-corpus.js';

export interface BenchCorpusOptions {
  /** Directory the corpus is written to (created). */
  readonly dir: string;
  readonly agreements: number;
  readonly seed: number;
  /**
   * Where to write the agreement the generator makes right after the corpus (its index is
   * `agreements`), or undefined for none: the first ingest after ready. A seed text will not do
   * as that ingest: at 10,000 agreements the generator has written one with a seed's document
   * number, so ingesting the seed updated that agreement instead of creating one. The next
   * generated agreement takes its numbers from the same registry as the corpus, which never
   * gives a number twice, so it is new to the graph at every size.
   */
  readonly firstIngestFile?: string;
}

/**
 * The bench's corpus: the seeds' family only (realWorldShare 0), the corpus BENCHMARKS.md was
 * measured on, so a new run stays comparable with the report until the report is regenerated
 * on the mixed corpus. The generator is prefix-stable (document i does not depend on how many
 * follow it), so the corpus is byte for byte what `generateCorpus({ agreements })` writes and
 * the extra agreement is the one a larger corpus would hold next.
 */
export function writeBenchCorpus(options: BenchCorpusOptions): void {
  mkdirSync(options.dir, { recursive: true });
  const extra = options.firstIngestFile === undefined ? 0 : 1;
  let i = 0;
  for (const doc of generateCorpus({
    agreements: options.agreements + extra,
    seed: options.seed,
    realWorldShare: 0,
  })) {
    if (i < options.agreements) {
      // Named as a corpus of exactly `agreements` names its files (the padding depends on the count).
      writeFileSync(path.join(options.dir, fileName(i, options.agreements)), doc.text);
    } else if (options.firstIngestFile !== undefined) {
      mkdirSync(path.dirname(options.firstIngestFile), { recursive: true });
      writeFileSync(options.firstIngestFile, doc.text);
    }
    i++;
  }
}
