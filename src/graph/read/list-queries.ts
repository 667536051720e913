import type { GraphDatabase } from '../driver.js';
import {
  agreementProjection,
  decreeProjection,
  institutionProjection,
  officialProjection,
  type AgreementRecord,
  type DecreeRecord,
  type InstitutionRecord,
  type OfficialRecord,
} from './records.js';

/**
 * Paged lists with filters. Each page is one query that also counts the whole result
 * (`totalCount`), so a Relay connection costs one round trip. Filters are fixed Cypher with
 * `$param IS NULL OR …` guards: a user value is only ever a parameter.
 */

export interface Page<T> {
  readonly totalCount: number;
  readonly offset: number;
  readonly items: T[];
}

export interface AgreementFilter {
  readonly agencyId?: string | null;
  readonly institutionId?: string | null;
  readonly officialId?: string | null;
  readonly decreeId?: string | null;
  readonly kind?: string | null;
  readonly signedFrom?: string | null;
  readonly signedTo?: string | null;
  readonly expiresFrom?: string | null;
  readonly expiresTo?: string | null;
  /** Full-text words matched against clause text, provisions and definitions. */
  readonly text?: string | null;
}

export type AgreementOrder = 'SIGNED_ON' | 'EXPIRES_ON' | 'TITLE';

/** Lucene reads + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / as syntax; a user's words are only words. */
export function escapeFullText(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').trim();
}

const AGREEMENT_PAGE = `
CALL () {
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('clause_text', text) YIELD node
  RETURN collect(DISTINCT node.agreementId) AS textIds
}
MATCH (a:Agreement)
WHERE a.loaded = true
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($signedFrom IS NULL OR a.signedOn >= date($signedFrom))
  AND ($signedTo IS NULL OR a.signedOn <= date($signedTo))
  AND ($expiresFrom IS NULL OR a.expiresOn >= date($expiresFrom))
  AND ($expiresTo IS NULL OR a.expiresOn <= date($expiresTo))
  AND ($text IS NULL OR a.id IN textIds)
  AND ($agencyId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(:Institution {id: $agencyId}) })
  AND ($institutionId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:ACTS_FOR|OF_AGENCY]->(:Institution {id: $institutionId}) })
  AND ($officialId IS NULL OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:SIGNED_BY]->(:Official {id: $officialId}) })
  AND ($decreeId IS NULL
       OR EXISTS { (a)-[:LEGAL_BASIS|CITES]->(:Decree {id: $decreeId}) }
       OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:APPOINTED_UNDER]->(:Decree {id: $decreeId}) })
WITH a,
     CASE $order WHEN 'EXPIRES_ON' THEN toString(a.expiresOn) WHEN 'TITLE' THEN toLower(a.title) ELSE toString(a.signedOn) END AS sortKey
ORDER BY
  CASE WHEN $descending THEN sortKey END DESC,
  CASE WHEN NOT $descending THEN sortKey END ASC,
  a.id ASC
WITH collect(a) AS matched
RETURN size(matched) AS totalCount, [a IN matched[$offset..($offset + $limit)] | ${agreementProjection('a')}] AS items`;

const NAMED_PAGE = (match: string, projection: string, extraFilter = '') => `
MATCH ${match}
WHERE ($search IS NULL OR any(name IN coalesce(n.names, [n.name]) + [n.acronym] WHERE toLower(name) CONTAINS toLower($search)))
${extraFilter}
WITH n ORDER BY toLower(n.name), n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | ${projection}] AS items`;

const INSTITUTION_PAGE = NAMED_PAGE(
  '(n:Institution)',
  institutionProjection('n'),
  'AND ($agenciesOnly = false OR n:Agency)',
);
const OFFICIAL_PAGE = NAMED_PAGE('(n:Official)', officialProjection('n'));

const DECREE_PAGE = `
MATCH (n:Decree)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($year IS NULL OR n.year = $year)
  AND ($search IS NULL OR toLower(n.text) CONTAINS toLower($search) OR toLower(coalesce(n.title, '')) CONTAINS toLower($search)
       OR toLower(coalesce(n.number, '')) CONTAINS toLower($search))
WITH n ORDER BY n.kind, n.year, n.number, n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | ${decreeProjection('n')}] AS items`;

async function readPage<T>(
  db: GraphDatabase,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Page<T>> {
  const [row] = await db.read<{ totalCount: number; items: T[] }>(cypher, params);
  return { totalCount: row?.totalCount ?? 0, offset: Number(params.offset), items: row?.items ?? [] };
}

export function agreementPage(
  db: GraphDatabase,
  filter: AgreementFilter,
  order: { field: AgreementOrder; descending: boolean },
  offset: number,
  limit: number,
): Promise<Page<AgreementRecord>> {
  const text = filter.text ? escapeFullText(filter.text) : '';
  return readPage(db, AGREEMENT_PAGE, {
    agencyId: filter.agencyId ?? null,
    institutionId: filter.institutionId ?? null,
    officialId: filter.officialId ?? null,
    decreeId: filter.decreeId ?? null,
    kind: filter.kind ?? null,
    signedFrom: filter.signedFrom ?? null,
    signedTo: filter.signedTo ?? null,
    expiresFrom: filter.expiresFrom ?? null,
    expiresTo: filter.expiresTo ?? null,
    text: text === '' ? null : text,
    order: order.field,
    descending: order.descending,
    offset,
    limit,
  });
}

export function institutionPage(
  db: GraphDatabase,
  search: string | null,
  agenciesOnly: boolean,
  offset: number,
  limit: number,
): Promise<Page<InstitutionRecord>> {
  return readPage(db, INSTITUTION_PAGE, { search: search || null, agenciesOnly, offset, limit });
}

export function officialPage(
  db: GraphDatabase,
  search: string | null,
  offset: number,
  limit: number,
): Promise<Page<OfficialRecord>> {
  return readPage(db, OFFICIAL_PAGE, { search: search || null, offset, limit });
}

export function decreePage(
  db: GraphDatabase,
  filter: { search?: string | null; kind?: string | null; year?: number | null },
  offset: number,
  limit: number,
): Promise<Page<DecreeRecord>> {
  return readPage(db, DECREE_PAGE, {
    search: filter.search || null,
    kind: filter.kind ?? null,
    year: filter.year ?? null,
    offset,
    limit,
  });
}
