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
}

/** Agreement variable `a` (or another name) as an AgreementRecord map. */
export function agreementProjection(v: string): string {
  return `${v} { .id, .kind, .kindName, isDraft: coalesce(${v}.isDraft, false), .title, numbers: coalesce(${v}.numbers, []), signedOn: toString(${v}.signedOn),
    .signedDay, .place, effectiveFrom: toString(${v}.effectiveFrom), .durationMonths,
    expiresOn: toString(${v}.expiresOn), .terminationNoticeDays, .renewable, loaded: coalesce(${v}.loaded, false) }`;
}

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

/** A span map from spanStart/spanEnd properties of a node or relationship (null when absent). */
export function spanProjection(v: string): string {
  return `CASE WHEN ${v}.spanStart IS NULL THEN null ELSE {start: ${v}.spanStart, end: ${v}.spanEnd} END`;
}
