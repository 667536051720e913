import type { Agreement } from '../domain/agreement.js';
import type { GraphDatabase } from '../graph/driver.js';
import { storedWarnings } from '../graph/write/agreement-source.js';
import { findAgreementIdsByContentHashes } from '../graph/write/find-loaded-agreements.js';
import type { BulkRunMemory } from '../graph/write/plan-agreement-batch.js';
import type { SaveAgreementOptions } from '../graph/write/save-agreement.js';
import {
  NOTHING_PLANNED,
  planAgreements,
  startBulkRun,
  writePlannedBatch,
  type AgreementToSave,
  type BatchSaveOutcome,
  type PlannedBatch,
} from '../graph/write/save-agreements.js';
import { contentHashOf, type AgreementInput, type DeferredAgreementInput } from './load-agreement.js';
import type { LoadResult } from './load-parsed-agreement.js';
import { createParsePool, type ParsePool } from './parse-pool.js';

/** Documents per write transaction unless told otherwise: big enough to amortise a commit, small enough for the heap. */
export const DEFAULT_BULK_BATCH_SIZE = 200;

/** One document's outcome: loaded (CREATED, UPDATED, UNCHANGED) or why it failed, alone. */
export type BulkLoadOutcome =
  { readonly ok: true; readonly result: LoadResult } | { readonly ok: false; readonly error: unknown };

export interface BulkLoadOptions extends SaveAgreementOptions {
  /** Documents per transaction (default DEFAULT_BULK_BATCH_SIZE). */
  readonly batchSize?: number;
  /** Called once per document, in input order, as soon as its outcome is known. */
  readonly onOutcome?: (index: number, outcome: BulkLoadOutcome) => void;
  /** Where the texts are parsed (default: in this thread). The caller owns it and closes it. */
  readonly parsePool?: ParsePool;
}

/**
 * A document already read and parsed (seedPaths parses every new file once, to decide between
 * versions, and hands the result on), so the loader neither reads nor parses it again.
 */
export interface ParsedAgreementInput {
  readonly contentHash: string;
  readonly input: AgreementInput;
  readonly agreement: Agreement;
}

type BulkInput = AgreementInput | DeferredAgreementInput | ParsedAgreementInput;

function hashOf(input: BulkInput): string {
  return 'agreement' in input ? input.contentHash : contentHashOf(input);
}

/**
 * Loads many agreement texts with the same outcome as calling loadAgreement on each in order,
 * but fast: per batch, one read finds the texts already loaded (UNCHANGED: not parsed, nothing
 * written), the others are parsed (a text that fails to parse is reported and skipped), and the
 * new agreements are written many per transaction (see writePlannedBatch). While one batch is
 * written, the next is read and parsed, so Node and Neo4j work at the same time.
 *
 * `readInput(i)` gives the i-th document, as text, deferred (a file whose text is extracted
 * only when it is not already loaded) or already parsed; when it or the deferred read throws (an
 * unreadable file, a PDF that cannot be read) that document fails alone. The texts of a batch are
 * parsed by `options.parsePool` (worker threads) or in this thread; either way the outcomes,
 * their order and the graph are the same.
 */
export async function loadAgreementsInBulk(
  db: GraphDatabase,
  count: number,
  readInput: (index: number) => Promise<BulkInput>,
  options: BulkLoadOptions = {},
): Promise<BulkLoadOutcome[]> {
  const parsePool = options.parsePool ?? createParsePool(1);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BULK_BATCH_SIZE);
  const outcomes = new Array<BulkLoadOutcome>(count);
  const settle = (index: number, outcome: BulkLoadOutcome) => {
    outcomes[index] = outcome;
    options.onOutcome?.(index, outcome);
  };
  // Every document handed to the writer so far in this run (see planAgreementBatch).
  const run = startBulkRun();
  let writing: Promise<void> = Promise.resolve();
  let previousHadSingles = false;

  for (let start = 0; start < count; start += batchSize) {
    const indices = Array.from({ length: Math.min(batchSize, count - start) }, (_, i) => start + i);
    // A single-document load may update an agreement, which changes what a text's hash finds;
    // only plain creates (which add hashes this run already knows) may overlap the next read.
    if (previousHadSingles) await writing;
    const prepared = await prepareBatch(db, indices, readInput, run, parsePool);
    previousHadSingles = prepared.planned.steps.some((s) => s.kind === 'single');
    await writing;
    // Everything decided before writing (unchanged, unreadable, unparseable) is reported in order first.
    const pendingReport = reportInOrder(indices, prepared.early, settle);
    writing = writePlannedBatch(db, prepared.planned, options).then((saved) => {
      saved.forEach((outcome, i) =>
        pendingReport.set(prepared.docIndex[i]!, toLoadOutcome(outcome, prepared, i)),
      );
      pendingReport.flush();
    });
  }
  await writing;
  // Searchable when this returns, like a single-document load (the batches did not wait).
  if (outcomes.some((o) => o.ok && o.result.status !== 'UNCHANGED')) await db.awaitSearchIndexRefresh();
  return outcomes;
}

interface PreparedBatch {
  /** Outcomes known before any write, by input index. */
  readonly early: Map<number, BulkLoadOutcome>;
  readonly planned: PlannedBatch;
  /** Input index of each planned document. */
  readonly docIndex: readonly number[];
  /** Parser warnings of each planned document ("CODE: message"). */
  readonly parserWarnings: readonly (readonly string[])[];
}

async function prepareBatch(
  db: GraphDatabase,
  indices: readonly number[],
  readInput: (index: number) => Promise<BulkInput>,
  run: BulkRunMemory,
  parsePool: ParsePool,
): Promise<PreparedBatch> {
  const early = new Map<number, BulkLoadOutcome>();
  const inputs: { index: number; input: BulkInput; hash: string }[] = [];
  for (const index of indices) {
    try {
      const input = await readInput(index);
      inputs.push({ index, input, hash: hashOf(input) });
    } catch (error) {
      early.set(index, { ok: false, error });
    }
  }
  const failAll = (error: unknown): PreparedBatch => {
    for (const { index } of inputs) early.set(index, { ok: false, error });
    return { early, planned: NOTHING_PLANNED, docIndex: [], parserWarnings: [] };
  };

  let known: Map<string, string>;
  try {
    known = await findAgreementIdsByContentHashes(
      db,
      // A text repeated within the run is decided by the single path, after the first copy is written.
      inputs.filter((i) => !run.hasText(i.hash)).map((i) => i.hash),
    );
  } catch (error) {
    return failAll(error);
  }

  // The new texts: read (a deferred file), then parsed, all of the batch at once so a pool of
  // worker threads parses them in parallel while this thread serves the batch being written.
  const toParse: { index: number; read: AgreementInput }[] = [];
  const parsed = new Map<number, { read: AgreementInput; agreement: Agreement }>();
  for (const { index, input, hash } of inputs) {
    const agreementId = run.hasText(hash) ? undefined : known.get(hash);
    if (agreementId) {
      early.set(index, { ok: true, result: { status: 'UNCHANGED', agreementId, warnings: [] } });
    } else if ('agreement' in input) {
      parsed.set(index, { read: input.input, agreement: input.agreement });
    } else {
      try {
        toParse.push({ index, read: 'read' in input ? await input.read() : input });
      } catch (error) {
        early.set(index, { ok: false, error });
      }
    }
  }
  const outcomes = await parsePool.parseAll(toParse.map((t) => t.read));
  toParse.forEach(({ index, read }, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) parsed.set(index, { read, agreement: outcome.agreement });
    else early.set(index, { ok: false, error: outcome.error });
  });

  const items: AgreementToSave[] = [];
  const docIndex: number[] = [];
  const parserWarnings: string[][] = [];
  for (const { index } of inputs) {
    const doc = parsed.get(index);
    if (!doc) continue;
    try {
      items.push({ agreement: doc.agreement, source: doc.read });
      docIndex.push(index);
      parserWarnings.push(storedWarnings(doc.agreement, doc.read).map((w) => `${w.code}: ${w.message}`));
    } catch (error) {
      early.set(index, { ok: false, error });
    }
    // Preparing rows costs about half a parse: let the driver move the previous batch meanwhile.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  try {
    return { early, planned: await planAgreements(db, items, run), docIndex, parserWarnings };
  } catch (error) {
    for (const i of docIndex) early.set(i, { ok: false, error });
    return { early, planned: NOTHING_PLANNED, docIndex: [], parserWarnings: [] };
  }
}

function toLoadOutcome(outcome: BatchSaveOutcome, prepared: PreparedBatch, i: number): BulkLoadOutcome {
  if (!outcome.ok) return outcome;
  const { status, agreementId, notes } = outcome.result;
  const warnings = status === 'UNCHANGED' ? [] : [...(prepared.parserWarnings[i] ?? []), ...notes];
  return { ok: true, result: { status, agreementId, warnings } };
}

/** Reports outcomes in input order: those known now at once, the rest as `set` + `flush` supply them. */
function reportInOrder(
  indices: readonly number[],
  known: ReadonlyMap<number, BulkLoadOutcome>,
  settle: (index: number, outcome: BulkLoadOutcome) => void,
) {
  const ready = new Map(known);
  let next = 0;
  const flush = () => {
    while (next < indices.length && ready.has(indices[next]!)) {
      settle(indices[next]!, ready.get(indices[next]!)!);
      next++;
    }
  };
  flush();
  return {
    set: (index: number, outcome: BulkLoadOutcome) => ready.set(index, outcome),
    flush,
  };
}
