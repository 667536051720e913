import type { GraphDatabase } from '../driver.js';
import { toNeo4jParams } from '../neo4j-params.js';
import { LINKED_PARTIES_OF_A, PARTY_ENTRIES, type LinkedPartyRecord } from './entity-queries.js';
import {
  decreeEntries,
  decreeProjection,
  institutionEntries,
  institutionProjection,
  officialEntries,
  officialProjection,
  projectEntries,
  selectEntries,
  selectedAgreementProjection,
  type FieldEntries,
  type AgreementRecord,
  type DecreeRecord,
  type InstitutionRecord,
  type OfficialRecord,
} from './records.js';
import { parseDocumentNumber, parseSearchText } from './search-text.js';

/**
 * Paged lists with filters. Each page is one query that also counts the whole result
 * (`totalCount`), so a Relay connection costs one round trip. A user value is only ever a
 * parameter: the named lists guard each filter with `$param IS NULL OR …`; the agreement page
 * includes only the conditions a request sets (see agreementPageCypher).
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
  /** Full-text words matched against clause text, provisions and definitions (parseSearchText). */
  readonly text?: string | null;
  /** One document number as printed; matched exactly, case and whitespace aside (parseDocumentNumber). */
  readonly number?: string | null;
  /** true: only agreements stored with warnings (for review); false: only those without. */
  readonly hasWarnings?: boolean | null;
}

export type AgreementOrder = 'SIGNED_ON' | 'EXPIRES_ON' | 'TITLE';

/**
 * The agreement page is built from fixed fragments: one condition per filter the request sets
 * (so the planner sees only real predicates and can seek an index, e.g. a signing range), one
 * ORDER BY per field and direction, and the parties' projection only when the request selects
 * them. A user value is still only ever a parameter; the choice of fragments is the only thing
 * a request decides.
 */
const AGREEMENT_CONDITIONS: Record<Exclude<keyof AgreementFilter, 'text' | 'number'>, string> = {
  kind: 'a.kind = $kind',
  signedFrom: 'a.signedOn >= date($signedFrom)',
  signedTo: 'a.signedOn <= date($signedTo)',
  expiresFrom: 'a.expiresOn >= date($expiresFrom)',
  expiresTo: 'a.expiresOn <= date($expiresTo)',
  agencyId: 'EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:OF_AGENCY]->(:Institution {id: $agencyId}) }',
  institutionId:
    'EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:ACTS_FOR|OF_AGENCY]->(:Institution {id: $institutionId}) }',
  officialId: 'EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:SIGNED_BY]->(:Official {id: $officialId}) }',
  hasWarnings: '(size(coalesce(a.warnings, [])) > 0) = $hasWarnings',
  decreeId: `(EXISTS { (a)-[:LEGAL_BASIS|CITES]->(:Decree {id: $decreeId}) }
       OR EXISTS { (a)-[:HAS_PARTY]->(:Party)-[:APPOINTED_UNDER]->(:Decree {id: $decreeId}) })`,
};

/** Agreement ids whose clause-level text matches `$text` (the text filter), as `textIds`. */
const TEXT_IDS = `CALL () {
  CALL db.index.fulltext.queryNodes('clause_text', $text) YIELD node
  RETURN collect(DISTINCT node.agreementId) AS textIds
}`;

/**
 * Agreement ids with the document number `$number` (the number filter), as `numberIds`: one
 * lookup in the agreement_numbers keyword index, whose tokens are whole numbers.
 */
const NUMBER_IDS = `CALL () {
  CALL db.index.fulltext.queryNodes('agreement_numbers', $number) YIELD node
  RETURN collect(DISTINCT node.id) AS numberIds
}`;

/** The stored property each indexed order sorts by (range indexes agreement_signed_on / _expires_on). */
const ORDER_PROPERTY: Record<Exclude<AgreementOrder, 'TITLE'>, string> = {
  SIGNED_ON: 'signedOn',
  EXPIRES_ON: 'expiresOn',
};

export interface AgreementPageOptions {
  /** Also read each agreement's parties with their bodies, signatory and appointing decree. */
  readonly withParties: boolean;
  /**
   * With withParties: read only these fields of each party and of what it links to, as
   * `partyNodes`, instead of every field as `parties`. Absent or null: every field.
   */
  readonly partyFields?: PartyFieldSelection | null;
  /**
   * Read only these fields of each agreement (names of agreementEntries; `id` is always read,
   * the others in the table's order: selectedAgreementProjection), as a partial AgreementRecord.
   * Absent or null: every field (agreementProjection).
   */
  readonly agreementFields?: readonly string[] | null;
}

/** What a party links to, by the name of the GraphQL field that answers it. */
export type PartyLink = 'institution' | 'agency' | 'actsFor' | 'signatory' | 'appointment';

/**
 * The fields of a party to read: names of PARTY_ENTRIES, and for each link to read, names of
 * its record's entries (institutionEntries, officialEntries, decreeEntries). `id` is always read.
 */
export interface PartyFieldSelection {
  readonly party: readonly string[];
  readonly links: Partial<Record<PartyLink, readonly string[]>>;
}

/** Each link: the pattern from party `p` (the same as LINKED_PARTIES_OF_A's) and its entries. */
const PARTY_LINKS: Record<PartyLink, { match: string; v: string; entries: (v: string) => object }> = {
  institution: { match: '(p)-[:ACTS_FOR]->(i:Institution)', v: 'i', entries: institutionEntries },
  agency: { match: '(p)-[:OF_AGENCY]->(i:Institution)', v: 'i', entries: institutionEntries },
  actsFor: { match: '(p)-[:ON_BEHALF_OF]->(i:Institution)', v: 'i', entries: institutionEntries },
  signatory: { match: '(p)-[:SIGNED_BY]->(o:Official)', v: 'o', entries: officialEntries },
  appointment: { match: '(p)-[:APPOINTED_UNDER]->(d:Decree)', v: 'd', entries: decreeEntries },
};

/** A party read with only some fields: `id`, the fields asked for, the links asked for. */
export type PartyNodeRecord = Readonly<Record<string, unknown>> & { readonly id: string };

/**
 * The parties of agreement `a` with the fields of `selection` only, in LINKED_PARTIES_OF_A's
 * order, each link as head(COLLECT …) of its pattern as there. The field names come from the
 * fixed entry tables, never from a request.
 */
export function selectedPartiesOfA(selection: PartyFieldSelection): string {
  const entries = selectEntries('p', PARTY_ENTRIES, selection.party);
  for (const [name, fields] of Object.entries(selection.links) as [PartyLink, readonly string[]][]) {
    const link = PARTY_LINKS[name];
    const projection = projectEntries(link.v, link.entries(link.v) as FieldEntries<{ id: string }>, fields);
    entries.push(`${name}: head(COLLECT { MATCH ${link.match} RETURN ${projection} })`);
  }
  return `COLLECT {
  MATCH (a)-[:HAS_PARTY]->(p:Party)
  WITH p ORDER BY p.ordinal
  RETURN p { ${entries.join(', ')} }
}`;
}

/** One agreement of a page, with its parties when they were asked for (else null). */
export interface AgreementPageItem {
  /** The whole record, or with agreementFields only those fields and the id (never for a loader). */
  readonly agreement: AgreementRecord;
  /** Every field of each party (withParties without partyFields), else null. */
  readonly parties: LinkedPartyRecord[] | null;
  /** The selected fields of each party (withParties with partyFields), else null. */
  readonly partyNodes: PartyNodeRecord[] | null;
}

/**
 * The Cypher of one agreement page: `totalCount` and the page's items in one statement.
 *
 * For SIGNED_ON and EXPIRES_ON the page sorts the stored date itself, so the date's range index
 * hands over agreements already in order and the planner stops after `$offset + $limit` of them
 * (PartialTop) instead of sorting every match. That index holds no nulls, and an agreement
 * without the date sorts first when descending and last when ascending (Cypher's order, as the
 * API has always answered); those few are read by a second, id-ordered part that only runs when
 * the count says there are any. TITLE sorts by `toLower(a.title)`, which no index holds.
 * Ties go by id in every order, so an offset cursor always lands on the same agreement.
 */
export function agreementPageCypher(
  filter: AgreementFilter,
  order: { field: AgreementOrder; descending: boolean },
  options: AgreementPageOptions,
): string {
  const conditions = ['a.loaded = true'];
  for (const [name, condition] of Object.entries(AGREEMENT_CONDITIONS)) {
    if (filter[name as keyof typeof AGREEMENT_CONDITIONS] != null) conditions.push(condition);
  }
  const text = filter.text != null && parseSearchText(filter.text) !== null;
  const number = filter.number != null;
  if (text) conditions.push('a.id IN textIds');
  if (number) conditions.push('a.id IN numberIds');
  const where = conditions.join('\n    AND ');
  const imports = [text ? 'textIds' : '', number ? 'numberIds' : ''].filter(Boolean).join(', ');
  const direction = order.descending ? 'DESC' : 'ASC';
  const parts: string[] = [...(number ? [NUMBER_IDS] : []), ...(text ? [TEXT_IDS] : [])];
  // A number names one or two agreements: seek them by id (the unique constraint's index). Left
  // to itself the planner may prefer the `loaded` index, which holds every loaded agreement.
  const matchA = number ? 'MATCH (a:Agreement) USING INDEX a:Agreement(id)' : 'MATCH (a:Agreement)';

  if (order.field === 'TITLE') {
    parts.push(
      `CALL (${imports}) {
  ${matchA} WHERE ${where}
  RETURN count(a) AS totalCount
}
CALL (${imports}) {
  ${matchA} WHERE ${where}
  WITH a ORDER BY toLower(a.title) ${direction}, a.id ASC SKIP $offset LIMIT $limit
  RETURN collect(a) AS page
}`,
    );
  } else {
    const key = `a.${ORDER_PROPERTY[order.field]}`;
    parts.push(
      `CALL (${imports}) {
  ${matchA} WHERE ${where}
  RETURN count(a) AS totalCount, count(${key}) AS keyedCount
}
CALL (${imports}) {
  ${matchA} WHERE ${key} IS NOT NULL
    AND ${where}
  WITH a ORDER BY ${key} ${direction}, a.id ASC LIMIT $offset + $limit
  RETURN collect(a) AS keyed
}
CALL (${[imports, 'totalCount', 'keyedCount'].filter(Boolean).join(', ')}) {
  UNWIND CASE WHEN totalCount > keyedCount THEN [true] ELSE [] END AS someUnkeyed
  ${matchA} WHERE ${key} IS NULL
    AND ${where}
  WITH a ORDER BY a.id ASC LIMIT $offset + $limit
  RETURN collect(a) AS unkeyed
}
WITH totalCount, (${order.descending ? 'unkeyed + keyed' : 'keyed + unkeyed'})[$offset..($offset + $limit)] AS page`,
    );
  }
  const selected = options.withParties && options.partyFields ? options.partyFields : null;
  const parties = options.withParties && !selected ? LINKED_PARTIES_OF_A : 'null';
  const partyNodes = selected ? selectedPartiesOfA(selected) : 'null';
  const agreement = selectedAgreementProjection('a', options.agreementFields ?? null);
  parts.push(`RETURN totalCount, [a IN page | {agreement: ${agreement},
  parties: ${parties}, partyNodes: ${partyNodes}}] AS items`);
  return parts.join('\n');
}

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
  // Whole numbers as Neo4j integers: offsets and limits may feed LIMIT, which refuses floats.
  const [row] = await db.read<{ totalCount: number; items: T[] }>(
    cypher,
    toNeo4jParams(params) as Record<string, unknown>,
  );
  return { totalCount: row?.totalCount ?? 0, offset: Number(params.offset), items: row?.items ?? [] };
}

/**
 * One page of loaded agreements in one statement; with `withParties`, each agreement's parties
 * and what they link to come along (the GraphQL layer primes its loaders with them).
 */
export function agreementPage(
  db: GraphDatabase,
  filter: AgreementFilter,
  order: { field: AgreementOrder; descending: boolean },
  offset: number,
  limit: number,
  options: AgreementPageOptions = { withParties: false },
): Promise<Page<AgreementPageItem>> {
  // Both throw SearchTextError for input that cannot be searched (the resolver checks first).
  const text = filter.text != null ? parseSearchText(filter.text) : null;
  const number = filter.number != null ? parseDocumentNumber(filter.number) : null;
  const params = {
    agencyId: filter.agencyId ?? null,
    institutionId: filter.institutionId ?? null,
    officialId: filter.officialId ?? null,
    decreeId: filter.decreeId ?? null,
    kind: filter.kind ?? null,
    signedFrom: filter.signedFrom ?? null,
    signedTo: filter.signedTo ?? null,
    expiresFrom: filter.expiresFrom ?? null,
    expiresTo: filter.expiresTo ?? null,
    text: text?.lucene ?? null,
    number,
    hasWarnings: filter.hasWarnings ?? null,
    offset,
    limit,
  };
  return readPage<AgreementPageItem>(db, agreementPageCypher(filter, order, options), params);
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
