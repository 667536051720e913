/**
 * The graph version: one `:GraphVersion` node whose random token every write transaction that
 * changes the graph renews (in the same transaction, so it changes atomically with the data).
 * The read cache (read-cache.ts) keeps grouped answers under the token they were read at, so
 * API processes sharing a database see each other's writes; db.write (driver.ts) renews it.
 */

/** Sets a new graph version; the last statement of every write transaction that changed the graph. */
export const GRAPH_VERSION_BUMP = `
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.changedAt = datetime()
RETURN v.token AS token`;

/**
 * The first statement of every single-document write (ingest, delete): it takes the write lock
 * of the one :GraphVersion node without changing it, so such writers queue behind each other.
 * Two ingests of the same new text then cannot both find no earlier version and both create
 * it: the second one starts after the first has committed, finds it, and is UNCHANGED.
 */
export const GRAPH_WRITE_LOCK = `
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.token = randomUUID(), v.changedAt = datetime()
SET v.token = v.token
RETURN v.token AS token`;

/** The stored graph version (null on an empty graph: a wipe removes the node too). */
export const GRAPH_VERSION_READ = `
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.token AS token`;
