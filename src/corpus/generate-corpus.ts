/**
 * The corpus generator: builds the world of officials once, then composes and lays out
 * agreements one by one. Pure and lazy: it yields texts and their ground truth and never
 * touches the file system, so tests can take a few documents and the CLI can stream many.
 * The same seed gives the same corpus, byte for byte.
 */
import { buildWorld } from './build-world.js';
import { composeAgreement, createRegistry } from './compose-agreement.js';
import type { ExpectedAgreement, Layout } from './document-model.js';
import { createRandom } from './random.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPlain } from './render-plain.js';

export interface CorpusOptions {
  readonly agreements: number;
  readonly seed: number;
}

export interface CorpusDocument {
  readonly file: string;
  readonly layout: Layout;
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
    const { document, expected } = composeAgreement(random.fork('compose'), world, registry);
    const layout: Layout = random.chance(0.45) ? 'markdown' : 'plain';
    const layoutRandom = random.fork('layout');
    const text =
      layout === 'markdown' ? renderMarkdown(layoutRandom, document) : renderPlain(layoutRandom, document);
    yield { file: fileName(i, options.agreements), layout, text, expected };
  }
}
