/**
 * `cold` is our API with the read cache off (READ_CACHE_ENTRIES=0): measured only for the
 * queries our API answers through the cache, so the table shows both what a repeated question
 * costs and what the first one after a change costs. `raw` is the hand-written Cypher through
 * neo4j-driver in this process; `rawHttp` is the same statement behind a bare node:http handler
 * in its own process (raw-http-server.ts), the least any HTTP API can cost.
 */
export type Side = 'ours' | 'cold' | 'raw' | 'rawHttp' | 'peer';
export const SIDES: readonly Side[] = ['ours', 'cold', 'raw', 'rawHttp', 'peer'];
