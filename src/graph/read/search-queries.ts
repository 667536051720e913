import type { GraphDatabase } from '../driver.js';
import { escapeFullText } from './list-queries.js';

export interface SearchHitRecord {
  readonly score: number;
  /** The label of what matched: Clause, Provision, Definition, Agreement, Institution, Official, Decree. */
  readonly type: string;
  readonly id: string;
  readonly agreementId: string | null;
  readonly clauseId: string | null;
  readonly text: string;
}

/**
 * Both full-text indexes in one query: clause-level text (clauses, provisions, definitions)
 * and the names of entities. Scores from the two indexes are both Lucene scores, so one
 * ordering serves; each index returns at most `$limit` before the merge.
 */
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('clause_text', $text, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
RETURN score,
  head([l IN labels(node) WHERE l IN ['Clause', 'Provision', 'Definition', 'Agreement', 'Institution', 'Official', 'Decree']]) AS type,
  node.id AS id,
  CASE WHEN node:Agreement THEN node.id ELSE node.agreementId END AS agreementId,
  CASE WHEN node:Clause THEN node.id
       WHEN node:Provision THEN head(COLLECT { MATCH (c:Clause)-[:HAS_PROVISION]->(node) RETURN c.id })
       ELSE null END AS clauseId,
  coalesce(node.text, node.meaning, node.name, node.title, '') AS text`;

export async function searchGraph(
  db: GraphDatabase,
  text: string,
  limit: number,
): Promise<SearchHitRecord[]> {
  const query = escapeFullText(text);
  if (query === '') return [];
  return db.read<SearchHitRecord>(SEARCH, { text: query, limit });
}

/**
 * About `width` characters of `text` around the first word of `query` that occurs in it, with
 * "…" where it was cut; the start of the text when no word occurs (a stemmed match).
 */
export function snippet(text: string, query: string, width = 160): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= width) return folded;
  const lower = folded.toLowerCase();
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const hit = at.length ? Math.min(...at) : 0;
  const start = Math.max(0, Math.min(hit - Math.floor(width / 3), folded.length - width));
  const end = Math.min(folded.length, start + width);
  return `${start > 0 ? '…' : ''}${folded.slice(start, end).trim()}${end < folded.length ? '…' : ''}`;
}
