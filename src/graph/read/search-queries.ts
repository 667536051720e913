import type { GraphDatabase } from '../driver.js';
import { CLAUSE, CLAUSE_ENTRIES, type ClauseRecord } from './entity-queries.js';
import { projectEntries, selectedAgreementProjection, type AgreementRecord } from './records.js';
import { snippet } from './search-snippet.js';
import type { SearchText } from './search-text.js';

export interface SearchHitRecord {
  readonly score: number;
  /** The label of what matched: Clause, Provision, Definition, Agreement, Institution, Official, Decree. */
  readonly type: string;
  readonly id: string;
  readonly agreementId: string | null;
  readonly clauseId: string | null;
  /** The matched text, whole (a clause, a provision, a name); absent without `withSnippet`. */
  readonly text?: string;
  /** About 160 characters of `text` around the first word searched for (search-snippet.ts); absent without `withSnippet`. */
  readonly snippet?: string;
  /**
   * The agreement of `agreementId` (null when the hit has none) when asked for
   * (`withAgreement`), else absent; with `agreementFields`, only those fields (and the id).
   */
  readonly agreement?: AgreementRecord | null;
  /** The clause of `clauseId` (null when none) when asked for (`withClause`), else absent; see `clauseFields`. */
  readonly clause?: ClauseRecord | null;
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
  const agreement = selectedAgreementProjection('a', options.agreementFields ?? null);
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
       ELSE null END AS c${
         // An OPTIONAL MATCH on the unique id finds at most one agreement per hit; as a COLLECT
         // subquery per row it cost Neo4j a fifth more CPU per search (docs/search-performance.md).
         options.withAgreement
           ? `
OPTIONAL MATCH (a:Agreement {id: agreementId})`
           : ''
       }
ORDER BY tier, score DESC, node.id
RETURN ${[
    'score',
    "head([l IN labels(node) WHERE l IN ['Clause', 'Provision', 'Definition', 'Agreement', 'Institution', 'Official', 'Decree']]) AS type",
    'node.id AS id',
    'agreementId',
    'c.id AS clauseId',
    ...(options.withSnippet === false
      ? []
      : ["coalesce(node.text, node.meaning, node.name, node.title, '') AS text"]),
    ...(options.withAgreement ? [`${agreement} AS agreement`] : []),
    ...(options.withClause ? [`${clause} AS clause`] : []),
  ].join(',\n  ')}`;
}

export interface SearchOptions {
  /** Also read the agreement each hit belongs to. */
  readonly withAgreement: boolean;
  /** Also read the article (clause) each hit is in. */
  readonly withClause: boolean;
  /** Read the matched text and cut each hit's snippet from it (default); false: neither. */
  readonly withSnippet?: boolean;
  /** Read only these fields of the agreement (its entries' names; id always); absent or null: all. */
  readonly agreementFields?: readonly string[] | null;
  /** Read only these fields of the clause (CLAUSE_ENTRIES' names; id always); absent or null: all. */
  readonly clauseFields?: readonly string[] | null;
}

/**
 * The hits for `text` (from parseSearchText), best first: an exact document number, then by
 * score. Each row of the statement is the hit itself, its snippet added in place: the answer is
 * built once, as plain data.
 */
export async function searchGraph(
  db: GraphDatabase,
  text: SearchText,
  limit: number,
  options: SearchOptions = { withAgreement: false, withClause: false },
): Promise<SearchHitRecord[]> {
  const hits = await db.read<Omit<SearchHitRecord, 'snippet'> & { snippet?: string }>(searchCypher(options), {
    text: text.lucene,
    numberQuery: text.numberQuery,
    limit,
  });
  if (options.withSnippet !== false) {
    for (const hit of hits) hit.snippet = snippet(hit.text ?? '', text.snippet);
  }
  return hits;
}
