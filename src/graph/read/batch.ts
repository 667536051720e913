import type { GraphDatabase } from '../driver.js';

/**
 * Runs a query that takes `$keys` and returns rows `{ key, value }`, and groups the values by
 * key in the order of `keys`: one round trip for a whole batch (what a DataLoader needs).
 */
export async function readGrouped<T>(
  db: GraphDatabase,
  cypher: string,
  keys: readonly string[],
): Promise<T[][]> {
  const rows = await db.read<{ key: string; value: T }>(cypher, { keys: [...new Set(keys)] });
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row.value);
    else byKey.set(row.key, [row.value]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** Like readGrouped for one value per key; null where the query returned none. */
export async function readOnePerKey<T>(
  db: GraphDatabase,
  cypher: string,
  keys: readonly string[],
): Promise<(T | null)[]> {
  const groups = await readGrouped<T>(db, cypher, keys);
  return groups.map((g) => g[0] ?? null);
}
