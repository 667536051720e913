/**
 * The corpus generator: builds the world of officials once, then composes and lays out
 * agreements one by one. Pure and lazy: it yields texts and their ground truth and never
 * touches the file system, so tests can take a few documents and the CLI can stream many.
 * The same seed gives the same corpus, byte for byte.
 */
import { buildWorld } from './build-world.js';
import { composeAgreement, createRegistry } from './compose-agreement.js';
import { composeRealWorld } from './compose-real-world.js';
import type { ExpectedAgreement, Family, Layout } from './document-model.js';
import { createRandom } from './random.js';
import { renderFlattened } from './render-flattened.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPlain } from './render-plain.js';

export interface CorpusOptions {
  readonly agreements: number;
  readonly seed: number;
  /**
   * Share of real-world texts, REAL_WORLD_SHARE unless given; 0 gives the seeds' family only,
   * byte for byte what the generator wrote before the real-world shapes.
   */
  readonly realWorldShare?: number;
}

/** Share of documents in the real-world shapes (../shared/REAL-WORLD.md); the rest are the seeds' family. */
export const REAL_WORLD_SHARE = 0.35;

export interface CorpusDocument {
  readonly file: string;
  readonly layout: Layout;
  readonly family: Family;
  readonly shapes: readonly string[];
  readonly text: string;
  readonly expected: ExpectedAgreement;
}

/** "000123.txt": six digits at least, more when the corpus is larger. */
export function fileName(index: number, total: number): string {
  return `${String(index).padStart(Math.max(6, String(total - 1).length), '0')}.txt`;
}

export function* generateCorpus(options: CorpusOptions): Generator<CorpusDocument> {
  const root = createRandom(options.seed);
  const world = buildWorld(root.fork('world'));
  const registry = createRegistry();
  const docs = root.fork('documents');
  for (let i = 0; i < options.agreements; i++) {
    const random = docs.fork(`document ${i}`);
    // The seeds' family is composed for every index, so its documents stay byte for byte what
    // earlier versions of the generator wrote at that index; a real-world text takes its place
    // at about a third of the indexes.
    const { document, expected } = composeAgreement(random.fork('compose'), world, registry);
    const layout: Layout = random.chance(0.45) ? 'markdown' : 'plain';
    const layoutRandom = random.fork('layout');
    const family = random.fork('family');
    const file = fileName(i, options.agreements);
    if (family.chance(options.realWorldShare ?? REAL_WORLD_SHARE)) {
      const real = composeRealWorld(family.fork('compose'));
      const realLayout = family.weighted<Layout>([
        ['plain', 40],
        ['flattened', 35],
        ['markdown', 25],
      ]);
      const r = family.fork('layout');
      const text =
        realLayout === 'markdown'
          ? renderMarkdown(r, real.document)
          : realLayout === 'flattened'
            ? renderFlattened(r, real.document)
            : renderPlain(r, real.document);
      yield {
        file,
        layout: realLayout,
        family: 'real-world',
        shapes: real.shapes,
        text,
        expected: real.expected,
      };
      continue;
    }
    const text =
      layout === 'markdown' ? renderMarkdown(layoutRandom, document) : renderPlain(layoutRandom, document);
    yield { file, layout, family: 'bssn', shapes: [`bssn:kind:${expected.kind}`], text, expected };
  }
}
