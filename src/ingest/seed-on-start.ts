import { applySchema } from '../graph/apply-schema.js';
import type { GraphDatabase } from '../graph/driver.js';
import type { Logger } from '../support/logger.js';
import { seedPaths, type SeedSummary } from './seed-paths.js';

/**
 * What `npm start` runs before serving: apply schema/constraints.cypher, then (when `seed` is
 * true) load the seed directory idempotently: unchanged texts cost one indexed lookup each.
 * A file that fails is logged and skipped; serving goes on with what loaded.
 */
export async function prepareGraphOnStart(
  db: GraphDatabase,
  options: {
    readonly seedDir: string;
    readonly seed: boolean;
    readonly parseWorkers?: number;
    /** This process started the database and does not serve yet (see SeedOptions.ownsDatabase). */
    readonly ownsDatabase?: boolean;
  },
  log: Logger,
): Promise<SeedSummary | null> {
  const statements = await applySchema(db);
  log.info('graph schema applied', { statements });
  if (!options.seed) return null;
  const summary = await seedPaths(db, [options.seedDir], {
    parseWorkers: options.parseWorkers,
    ownsDatabase: options.ownsDatabase,
    onBuildingFullText: () => log.info('seed written; building the full-text indexes'),
  });
  log.info('seeded', {
    dir: options.seedDir,
    created: summary.created,
    updated: summary.updated,
    unchanged: summary.unchanged,
    failed: summary.failed,
    superseded: summary.superseded,
  });
  for (const f of summary.files) {
    if (f.status === 'FAILED')
      log.warn('seed file failed and was skipped', { file: f.file, reason: f.reason });
  }
  for (const clash of summary.clashes) log.warn('seed folder holds versions of one agreement', { clash });
  for (const s of summary.skipped) log.info('seed entry skipped', { file: s.file, reason: s.reason });
  return summary;
}
