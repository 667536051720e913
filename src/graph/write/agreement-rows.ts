/**
 * One agreement's document as rows: what prepareAgreementRows makes of a parsed Agreement,
 * before it has a graph id. The writers bind the id into them (statement-rows.ts) and write
 * them with the statements of write-statements.ts.
 *
 * Rows of things that belong to one agreement (parties, clauses, provisions, definitions) carry
 * a `localId` ("party/1", "pasal/4", "party/1/obligation/3"); their graph id is
 * `<agreementId>/<localId>`. Shared entities (institutions, officials, decrees) carry their
 * identity key and id. Every span is [spanStart, spanEnd) into the source document's text.
 */

export type AgreementLoadStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface SpanFields {
  readonly spanStart: number;
  readonly spanEnd: number;
}

export interface SourceDocumentRow {
  readonly id: string;
  readonly name: string;
  readonly contentHash: string;
  /** ISO date-time of this load. */
  readonly loadedAt: string;
  /** The exact text the spans index into, so any answer can quote its sentence. */
  readonly text: string;
  /** SHA-256 of the text itself (equal to contentHash for a text file; differs for a PDF). */
  readonly textHash: string;
  /** application/pdf, text/plain or text/markdown. */
  readonly mediaType: string;
  /** Pages of a PDF, null for a text. */
  readonly pageCount: number | null;
  /** 1-based pages read by OCR; empty when none. */
  readonly ocrPages: readonly number[];
  /** Offset in `text` at which each page begins, null for a text: spans map to pages through it. */
  readonly pageStarts: readonly number[] | null;
}

export interface AgreementRow {
  /** Identity key used to mint the id when the agreement is new. */
  readonly identityKey: string;
  readonly numbersKey: string | null;
  readonly numberKeys: readonly string[];
  readonly partiesDateKey: string | null;
  /** ISO dates, stored as Neo4j Date. */
  readonly signedOn: string | null;
  readonly effectiveFrom: string | null;
  readonly expiresOn: string | null;
  /** Scalar properties stored as they are (strings, numbers, booleans, lists of them). */
  readonly properties: Readonly<
    Record<string, string | number | boolean | null | readonly (string | number)[]>
  >;
}

export interface InstitutionRow {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly acronym: string | null;
}

/** A unit is part of an agency, as one agreement states (the party acting for the unit). */
export interface UnitLinkRow extends SpanFields {
  readonly unitKey: string;
  readonly agencyKey: string;
}

export interface OfficialRow {
  readonly id: string;
  /** The graph identity key: the parser's official key, qualified by agency when uncertain. */
  readonly key: string;
  /** The parser's official key alone, to find every official of one name. */
  readonly nameKey: string;
  readonly name: string;
  readonly honorifics: readonly string[];
  /** Why this official was kept apart from others of the same name, or null. */
  readonly identityNote: string | null;
}

export interface DecreeRow {
  readonly id: string;
  readonly key: string;
  readonly kind: string;
  readonly issuer: string | null;
  readonly number: string | null;
  readonly year: number | null;
  readonly date: string | null;
  readonly title: string | null;
  readonly gazette: string | null;
  readonly text: string;
}

export interface PartyRow extends SpanFields {
  readonly localId: string;
  readonly ordinal: number;
  /** Null when the office was not read, or only by a weak rule (then kept as a property). */
  readonly institutionKey: string | null;
  readonly agencyKey: string | null;
  /** The body the office acts for ("… serta sah mewakili Pemerintah …"): ON_BEHALF_OF. */
  readonly onBehalfOfKey: string | null;
  /** Null when no signatory was read, or only by a weak rule: then no SIGNED_BY. */
  readonly officialKey: string | null;
  readonly decreeKey: string | null;
  readonly position: string | null;
  readonly institutionSpan: readonly [number, number] | null;
  readonly agencySpan: readonly [number, number] | null;
  readonly onBehalfOfSpan: readonly [number, number] | null;
  readonly signatorySpan: readonly [number, number] | null;
  readonly appointmentSpan: readonly [number, number] | null;
  readonly properties: Readonly<Record<string, string | number | boolean | null>>;
}

export interface ClauseRow extends SpanFields {
  readonly localId: string;
  readonly ordinal: number;
  readonly number: string;
  readonly heading: string;
  readonly topic: string;
  readonly text: string;
  /** Paragraphs and items as JSON, their words as offsets into `text` (clause-paragraphs.ts). */
  readonly paragraphs: string;
  readonly paragraphCount: number;
}

export interface ProvisionRow extends SpanFields {
  readonly localId: string;
  readonly partyLocalId: string;
  readonly clauseLocalId: string | null;
  readonly kind: 'OBLIGATION' | 'RIGHT';
  readonly ordinal: number;
  readonly label: string | null;
  readonly text: string;
  readonly source: string;
  readonly clauseNumber: string;
}

export interface LegalBasisRow extends SpanFields {
  readonly decreeKey: string;
  readonly ordinal: number;
  readonly text: string;
}

export interface CitationRow extends SpanFields {
  readonly decreeKey: string;
  readonly ordinal: number;
  readonly article: string | null;
  readonly clauseNumber: string | null;
  readonly text: string;
}

/** `amendingKey` amends `amendedKey`, as one agreement's legal basis says. */
export interface AmendmentRow extends SpanFields {
  readonly amendingKey: string;
  readonly amendedKey: string;
}

export interface DefinitionRow extends SpanFields {
  readonly localId: string;
  readonly ordinal: number;
  readonly term: string;
  readonly meaning: string;
}

/** The MoU an agreement follows up; created as a referenced-only agreement until it is loaded. */
export interface ImplementsRow extends SpanFields {
  readonly identityKey: string;
  readonly numbersKey: string | null;
  readonly numberKeys: readonly string[];
  readonly numbers: readonly string[];
  readonly kind: string;
  readonly title: string | null;
}

export interface AgreementGraphRows {
  readonly source: SourceDocumentRow;
  readonly agreement: AgreementRow;
  readonly institutions: readonly InstitutionRow[];
  readonly unitLinks: readonly UnitLinkRow[];
  readonly officials: readonly OfficialRow[];
  readonly decrees: readonly DecreeRow[];
  readonly parties: readonly PartyRow[];
  readonly clauses: readonly ClauseRow[];
  readonly provisions: readonly ProvisionRow[];
  readonly legalBases: readonly LegalBasisRow[];
  readonly citations: readonly CitationRow[];
  readonly amendments: readonly AmendmentRow[];
  readonly definitions: readonly DefinitionRow[];
  readonly implements: ImplementsRow | null;
  /** Identity decisions worth telling the user ("kept apart because …"). */
  readonly notes: readonly string[];
}
