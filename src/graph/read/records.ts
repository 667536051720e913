import type { AgreementKind, InstrumentKind } from '../../domain/agreement.js';

/**
 * What the read side of the graph returns: plain rows shaped like the GraphQL types, built by
 * the projections below inside Cypher. Dates come back as ISO strings (`toString(date)`).
 *
 * The projections are fixed Cypher text (a variable name chosen by the query that uses them,
 * never a user value), shared so every query returns an entity in exactly the same shape.
 */

export interface AgreementRecord {
  readonly id: string;
  readonly kind: AgreementKind;
  readonly kindName: string | null;
  readonly isDraft: boolean;
  readonly title: string | null;
  readonly numbers: string[];
  readonly signedOn: string | null;
  readonly signedDay: string | null;
  readonly place: string | null;
  readonly effectiveFrom: string | null;
  readonly durationMonths: number | null;
  readonly expiresOn: string | null;
  readonly terminationNoticeDays: number | null;
  readonly renewable: boolean | null;
  readonly loaded: boolean;
}

export interface InstitutionRecord {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly aliases: string[];
  readonly isAgency: boolean;
}

export interface OfficialRecord {
  readonly id: string;
  readonly name: string;
  readonly honorifics: string[];
}

export interface DecreeRecord {
  readonly id: string;
  readonly kind: InstrumentKind;
  readonly issuer: string | null;
  readonly number: string | null;
  readonly year: number | null;
  readonly date: string | null;
  readonly title: string | null;
  readonly gazette: string | null;
  readonly text: string;
}

export interface SpanRecord {
  readonly start: number;
  readonly end: number;
  /** 1-based page of the source PDF the span starts on; null for a source that has no pages (a text). */
  readonly page: number | null;
}

/** Each field of an agreement `v` as a map entry (FieldEntries, below). */
export function agreementEntries(v: string): FieldEntries<AgreementRecord> {
  return {
    id: '.id',
    kind: '.kind',
    kindName: '.kindName',
    isDraft: `isDraft: coalesce(${v}.isDraft, false)`,
    title: '.title',
    numbers: `numbers: coalesce(${v}.numbers, [])`,
    signedOn: `signedOn: toString(${v}.signedOn)`,
    signedDay: '.signedDay',
    place: '.place',
    effectiveFrom: `effectiveFrom: toString(${v}.effectiveFrom)`,
    durationMonths: '.durationMonths',
    expiresOn: `expiresOn: toString(${v}.expiresOn)`,
    terminationNoticeDays: '.terminationNoticeDays',
    renewable: '.renewable',
    loaded: `loaded: coalesce(${v}.loaded, false)`,
  };
}

/** Agreement variable `a` (or another name) as an AgreementRecord map. */
export function agreementProjection(v: string): string {
  return `${v} { .id, .kind, .kindName, isDraft: coalesce(${v}.isDraft, false), .title, numbers: coalesce(${v}.numbers, []), signedOn: toString(${v}.signedOn),
    .signedDay, .place, effectiveFrom: toString(${v}.effectiveFrom), .durationMonths,
    expiresOn: toString(${v}.expiresOn), .terminationNoticeDays, .renewable, loaded: coalesce(${v}.loaded, false) }`;
}

/**
 * An agreement read with only the fields a request selects: the id and some (or all) of the
 * rest. What the agreement lists answer; never handed to a loader or a cache, which keep whole
 * AgreementRecords (the type keeps a partial one out of them).
 */
export type SelectedAgreementRecord = Pick<AgreementRecord, 'id'> & Partial<AgreementRecord>;

/**
 * Agreement `v` as a map of the fields `fields` (names of agreementEntries; `id` always, then
 * the others in the table's order, so one selection is one statement text whatever order the
 * request names them in), or as the whole AgreementRecord (agreementProjection) when null. A
 * name without an entry is a programming error and throws.
 */
export function selectedAgreementProjection(v: string, fields: readonly string[] | null): string {
  if (fields === null) return agreementProjection(v);
  const entries = agreementEntries(v);
  const chosen = new Set(fields);
  for (const name of chosen) {
    if (!Object.hasOwn(entries, name)) throw new Error(`no Cypher projection for field ${name} of ${v}`);
  }
  return projectEntries(
    v,
    entries,
    Object.keys(entries).filter((name) => chosen.has(name)),
  );
}

/**
 * Each field of a record as one entry of a Cypher map projection of node `v`, so a statement can
 * read some fields only (the agreement page reads what its request selects) in exactly the form
 * the whole projection reads them. Keys are the record's (and the GraphQL type's) field names.
 */
export type FieldEntries<R> = Readonly<Record<keyof R & string, string>>;

export function institutionEntries(v: string): FieldEntries<InstitutionRecord> {
  return {
    id: '.id',
    name: '.name',
    acronym: '.acronym',
    aliases: `aliases: [alias IN coalesce(${v}.names, []) WHERE alias <> ${v}.name]`,
    isAgency: `isAgency: NOT ${v}:Unit`,
  };
}

export function officialEntries(v: string): FieldEntries<OfficialRecord> {
  return { id: '.id', name: '.name', honorifics: `honorifics: coalesce(${v}.honorifics, [])` };
}

export function decreeEntries(v: string): FieldEntries<DecreeRecord> {
  return {
    id: '.id',
    kind: '.kind',
    issuer: '.issuer',
    number: '.number',
    year: '.year',
    date: `date: toString(${v}.date)`,
    title: '.title',
    gazette: '.gazette',
    text: '.text',
  };
}

/**
 * The map projection of node `v` with the entries of `names` (every entry when absent), `id`
 * always first. A name without an entry is a programming error and throws.
 */
export function projectEntries<R>(v: string, entries: FieldEntries<R>, names?: Iterable<string>): string {
  return `${v} { ${selectEntries(v, entries, names).join(', ')} }`;
}

/** The entries projectEntries joins, for a projection that adds entries of its own. */
export function selectEntries<R>(v: string, entries: FieldEntries<R>, names?: Iterable<string>): string[] {
  const all = entries as Readonly<Record<string, string>>;
  const chosen = names === undefined ? Object.keys(all) : ['id', ...[...names].filter((n) => n !== 'id')];
  return chosen.map((name) => {
    const entry = all[name];
    if (entry === undefined) throw new Error(`no Cypher projection for field ${name} of ${v}`);
    return entry;
  });
}

// The whole projections keep their text (statements elsewhere are pinned to it); a unit test
// checks that each reads exactly its entries (test/unit/graph/read/records.test.ts).
export function institutionProjection(v: string): string {
  return `${v} { .id, .name, .acronym, aliases: [alias IN coalesce(${v}.names, []) WHERE alias <> ${v}.name],
    isAgency: NOT ${v}:Unit }`;
}

export function officialProjection(v: string): string {
  return `${v} { .id, .name, honorifics: coalesce(${v}.honorifics, []) }`;
}

export function decreeProjection(v: string): string {
  return `${v} { .id, .kind, .issuer, .number, .year, date: toString(${v}.date), .title, .gazette, .text }`;
}

/**
 * A span map from spanStart/spanEnd properties of a node or relationship (null when absent).
 * Its page comes from the page starts of the source document the fact was read from (its
 * `sourceId`, one index seek): the number of pages that begin at or before the span's start.
 */
export function spanProjection(v: string): string {
  return `CASE WHEN ${v}.spanStart IS NULL THEN null ELSE {start: ${v}.spanStart, end: ${v}.spanEnd,
    page: COLLECT { MATCH (spanSource:SourceDocument {id: ${v}.sourceId})
      RETURN size([pageStart IN spanSource.pageStarts WHERE pageStart <= ${v}.spanStart]) }[0]} END`;
}
