import type { GraphDatabase } from './driver.js';

/**
 * The full-text indexes (clause_text, entity_names) are eventually consistent: a commit does
 * not wait for Lucene, which indexes in the background (on a second core while the next batch
 * is written; a synchronous full-text index was a quarter of Neo4j's work during a bulk load).
 * Every write path calls this after it commits, so when an ingest, delete or seed returns its
 * text is searchable, as it was with synchronous indexes. Harmless on a database created
 * before, whose indexes are still synchronous.
 */
export async function awaitSearchIndexRefresh(db: GraphDatabase): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      {},
      {
        timeout: db.queryTimeoutMs,
      },
    );
  } finally {
    await session.close();
  }
}
