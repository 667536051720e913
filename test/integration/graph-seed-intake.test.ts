/**
 * Seeding folders as users hold them, against a real Neo4j: PDFs beside texts (the PDF known by
 * its SHA-256, its pages and spans mapped to pages), other files named as skipped, and a folder
 * holding two versions of one agreement, which must store the same version on every run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphDatabase } from '../../src/graph/driver.js';
import { sha256OfBytes } from '../../src/intake/read-document.js';
import { documentInput, loadAgreement } from '../../src/ingest/load-agreement.js';
import { seedPaths } from '../../src/ingest/seed-paths.js';
import { projectRoot } from '../../src/server/config.js';
import { graphSnapshot, rows, wipeGraph } from '../fixtures/graph/graph-snapshot.js';
import { connectTestDatabase } from '../helpers/graph-database.js';
import { makeTextPdf } from '../helpers/make-pdf.js';

const SEED_DIR = path.join(projectRoot(), 'seed');
const seedText = (file: string) => readFileSync(path.join(SEED_DIR, file), 'utf8');

let db: GraphDatabase;
let dir: string;

beforeAll(async () => {
  db = await connectTestDatabase();
  await applySchema(db);
  dir = mkdtempSync(path.join(os.tmpdir(), 'graph-seed-intake-'));
});
afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await wipeGraph(db);
});

function writeFolder(name: string, files: Record<string, string | Uint8Array>): string {
  const target = mkdtempSync(path.join(dir, `${name}-`));
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(target, file), content);
  return target;
}

describe('a folder of mixed PDF, text and other files', () => {
  it('loads the PDF and the text, names what it skipped, and knows the PDF again by its SHA-256', async () => {
    const pdf = await makeTextPdf(seedText('001_66609aa826267f0e.txt'), { footer: '- {page} -' });
    const from = writeFolder('mixed', {
      'pks-001.pdf': pdf,
      'pks-002.txt': seedText('002_937a1dba0e293d21.txt'),
      'catatan.docx': 'PK\u0003\u0004',
      'index.html': '<html></html>',
    });
    const summary = await seedPaths(db, [from]);
    expect(summary).toMatchObject({ created: 2, failed: 0, superseded: 0 });
    expect(summary.skipped.map((s) => [path.basename(s.file), s.reason])).toEqual([
      ['catatan.docx', 'not an agreement document (.docx): a folder seed reads .txt, .md, .pdf'],
      ['index.html', 'not an agreement document (.html): a folder seed reads .txt, .md, .pdf'],
    ]);

    const [source] = await rows(
      db,
      `MATCH (a:Agreement)-[:FROM_SOURCE]->(s:SourceDocument {name: 'pks-001.pdf'})
       RETURN s.contentHash AS sha256, s.mediaType AS mediaType, s.pageCount AS pageCount,
              s.ocrPages AS ocrPages, size(s.pageStarts) AS pages, a.numbers AS numbers`,
    );
    expect(source).toMatchObject({
      sha256: sha256OfBytes(pdf),
      mediaType: 'application/pdf',
      ocrPages: [],
    });
    expect(source!.pageCount).toBeGreaterThan(1);
    expect(source!.pages).toBe(source!.pageCount);

    const before = await graphSnapshot(db);
    const again = await seedPaths(db, [from]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    const alone = await loadAgreement(db, documentInput(pdf, 'renamed.pdf'));
    expect(alone.status).toBe('UNCHANGED');
    expect(await graphSnapshot(db)).toBe(before);
  });
});

describe('a folder holding two versions of one agreement', () => {
  // Seed 004 and an edited version of it: the same numbers ("046/218/PKS/2022"), another venue.
  const original = seedText('004_0485f73840a29589.txt');
  const edited = original.replace('Depok', 'Jakarta');

  it('stores the later file name on every run and names the clash', async () => {
    expect(edited).not.toBe(original);
    const from = writeFolder('versions', { 'a.txt': original, 'b.txt': edited });
    const snapshots: string[] = [];
    for (let run = 1; run <= 3; run++) {
      const summary = await seedPaths(db, [from]);
      expect(summary.clashes).toEqual([
        expect.stringMatching(
          /^b\.txt and a\.txt are versions of \S+; kept b\.txt \(rule: the later signing date, then the later file name\)$/,
        ),
      ]);
      const byName = Object.fromEntries(summary.files.map((f) => [path.basename(f.file), f.status]));
      expect(byName).toEqual({ 'a.txt': 'SUPERSEDED', 'b.txt': run === 1 ? 'CREATED' : 'UNCHANGED' });
      const stored = await rows(
        db,
        'MATCH (a:Agreement {loaded: true})-[:FROM_SOURCE]->(s:SourceDocument) RETURN s.name AS name',
      );
      expect(stored).toEqual([{ name: 'b.txt' }]);
      snapshots.push(await graphSnapshot(db));
    }
    expect(snapshots[1]).toBe(snapshots[0]);
    expect(snapshots[2]).toBe(snapshots[0]);
  });

  it('replaces an earlier version already stored by the one the rule keeps', async () => {
    await loadAgreement(db, { text: edited, sourceName: 'b.txt' });
    await loadAgreement(db, { text: original, sourceName: 'a.txt' }); // a.txt stored last, by hand
    const from = writeFolder('versions-stored', { 'a.txt': original, 'b.txt': edited });
    const summary = await seedPaths(db, [from]);
    const byName = Object.fromEntries(summary.files.map((f) => [path.basename(f.file), f.status]));
    expect(byName).toEqual({ 'a.txt': 'SUPERSEDED', 'b.txt': 'UPDATED' });
    const stored = await rows(
      db,
      'MATCH (:Agreement {loaded: true})-[:FROM_SOURCE]->(s) RETURN s.name AS name',
    );
    expect(stored).toEqual([{ name: 'b.txt' }]);
  });
});
