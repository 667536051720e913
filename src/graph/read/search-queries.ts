import type { GraphDatabase } from '../driver.js';
import { CLAUSE, CLAUSE_ENTRIES, type ClauseRecord } from './entity-queries.js';
import { agreementEntries, agreementProjection, projectEntries, type AgreementRecord } from './records.js';
import type { SearchText } from './search-text.js';

export interface SearchHitRecord {
  readonly score: number;
  /** The label of what matched: Clause, Provision, Definition, Agreement, Institution, Official, Decree. */
  readonly type: string;
  readonly id: string;
  readonly agreementId: string | null;
  readonly clauseId: string | null;
  readonly text: string;
  /**
   * The agreement of `agreementId` when asked for (`withAgreement`), else null; with
   * `agreementFields`, only those fields (and the id).
   */
  readonly agreement: AgreementRecord | null;
  /** The clause of `clauseId` when asked for (`withClause`), else null; see `clauseFields`. */
  readonly clause: ClauseRecord | null;
}

/**
 * Both full-text indexes in one query: clause-level text (clauses, provisions, definitions)
 * and the names of entities. Scores from the two indexes are both Lucene scores, so one
 * ordering serves; each index returns at most `$limit` before the merge. An agreement whose
 * document number is the whole text or one of its words (`$numberQuery`, the agreement_numbers
 * keyword index) comes first whatever the scores: a user who pastes a number wants that
 * agreement, not the clauses that share its words. `$text` only ever holds a query built by parseSearchText (quoted terms),
 * so a user's words cannot be Lucene syntax. With `withAgreement` / `withClause` each hit also
 * carries the agreement and the article it is in, in the shapes the agreement and clause loaders
 * return, so a search is one round trip whatever it selects.
 */
export function searchCypher(options: SearchOptions): string {
  const agreement = options.agreementFields
    ? projectEntries('a', agreementEntries('a'), options.agreementFields)
    : agreementProjection('a');
  const clause = options.clauseFields ? projectEntries('c', CLAUSE_ENTRIES, options.clauseFields) : CLAUSE;
  return `
CALL () {
  UNWIND CASE WHEN $numberQuery IS NULL THEN [] ELSE [$numberQuery] END AS numberQuery
  CALL db.index.fulltext.queryNodes('agreement_numbers', numberQuery, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score, 0 AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes('clause_text', $text, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score, 1 AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score, 1 AS tier
}
WITH node, min(tier) AS tier, max(score) AS score
ORDER BY tier, score DESC, node.id LIMIT toInteger($limit)
WITH node, score, tier,
  CASE WHEN node:Agreement THEN node.id ELSE node.agreementId END AS agreementId,
  CASE WHEN node:Clause THEN node
       WHEN node:Provision THEN head(COLLECT { MATCH (c:Clause)-[:HAS_PROVISION]->(node) RETURN c })
       ELSE null END AS c
ORDER BY tier, score DESC, node.id
RETURN score,
  head([l IN labels(node) WHERE l IN ['Clause', 'Provision', 'Definition', 'Agreement', 'Institution', 'Official', 'Decree']]) AS type,
  node.id AS id,
  agreementId,
  c.id AS clauseId,
  coalesce(node.text, node.meaning, node.name, node.title, '') AS text,
  ${options.withAgreement ? `head(COLLECT { MATCH (a:Agreement {id: agreementId}) RETURN ${agreement} })` : 'null'} AS agreement,
  ${options.withClause ? clause : 'null'} AS clause`;
}

export interface SearchOptions {
  /** Also read the agreement each hit belongs to. */
  readonly withAgreement: boolean;
  /** Also read the article (clause) each hit is in. */
  readonly withClause: boolean;
  /** Read only these fields of the agreement (its entries' names; id always); absent or null: all. */
  readonly agreementFields?: readonly string[] | null;
  /** Read only these fields of the clause (CLAUSE_ENTRIES' names; id always); absent or null: all. */
  readonly clauseFields?: readonly string[] | null;
}

/** The hits for `text` (from parseSearchText), best first: an exact document number, then by score. */
export function searchGraph(
  db: GraphDatabase,
  text: SearchText,
  limit: number,
  options: SearchOptions = { withAgreement: false, withClause: false },
): Promise<SearchHitRecord[]> {
  return db.read<SearchHitRecord>(searchCypher(options), {
    text: text.lucene,
    numberQuery: text.numberQuery,
    limit,
  });
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
