import type {
  AgreementGraphRows,
  AgreementRow,
  AmendmentRow,
  CitationRow,
  ClauseRow,
  DecreeRow,
  DefinitionRow,
  ImplementsRow,
  InstitutionRow,
  LegalBasisRow,
  OfficialRow,
  PartyRow,
  ProvisionRow,
  SourceDocumentRow,
  UnitLinkRow,
} from './agreement-rows.js';

/**
 * The `$rows` of each write statement (write-statements.ts), one type per statement, so a row
 * that no longer matches its Cypher is a type error rather than a failed integration test.
 * Rows of one agreement's content carry the agreement and source document they belong to.
 */
export interface Provenance {
  readonly agreementId: string;
  readonly sourceId: string;
}

/** UPSERT_AGREEMENTS: the Agreement node and its SourceDocument. */
export interface AgreementStatementRow extends Provenance {
  readonly properties: AgreementRow['properties'];
  readonly signedOn: string | null;
  readonly effectiveFrom: string | null;
  readonly expiresOn: string | null;
  readonly numbersKey: string | null;
  readonly numberKeys: readonly string[];
  readonly partiesDateKey: string | null;
  readonly source: SourceDocumentRow;
}
/** UPSERT_INSTITUTIONS, UPSERT_OFFICIALS, UPSERT_DECREES: shared entities, merged on their key. */
export type InstitutionStatementRow = InstitutionRow;
export type OfficialStatementRow = OfficialRow;
export type DecreeStatementRow = DecreeRow;
/** CREATE_UNIT_LINKS */
export type UnitLinkStatementRow = UnitLinkRow & Provenance;
/** CREATE_PARTIES: graph ids in place of local ids. */
export type PartyStatementRow = Omit<PartyRow, 'localId'> & { readonly id: string } & Provenance;
/** CREATE_CLAUSES */
export type ClauseStatementRow = Omit<ClauseRow, 'localId'> & { readonly id: string } & Provenance;
/** CREATE_PROVISIONS: the provision, the party it falls on and the clause it was read in (null: none). */
export type ProvisionStatementRow = Omit<ProvisionRow, 'localId' | 'partyLocalId' | 'clauseLocalId'> & {
  readonly id: string;
  readonly partyId: string;
  readonly clauseId: string | null;
} & Provenance;
/** CREATE_LEGAL_BASES */
export type LegalBasisStatementRow = LegalBasisRow & Provenance;
/** CREATE_CITATIONS */
export type CitationStatementRow = CitationRow & Provenance;
/** CREATE_AMENDMENTS */
export type AmendmentStatementRow = AmendmentRow & Provenance;
/** CREATE_DEFINITIONS */
export type DefinitionStatementRow = Omit<DefinitionRow, 'localId'> & { readonly id: string } & Provenance;
/** CREATE_IMPLEMENTS: the target's id is resolved before (resolveImplementsTarget). */
export interface ImplementsStatementRow extends Provenance {
  readonly target: ImplementsRow & { readonly id: string };
}

/** One agreement about to be written: its rows, the id it is written under, the MoU it links to. */
export interface AgreementToWrite {
  readonly rows: AgreementGraphRows;
  readonly agreementId: string;
  /** Id of the agreement it implements (existing or minted), or null for no IMPLEMENTS link. */
  readonly implementsId: string | null;
}

/** The `$rows` of every write statement, for one agreement or many. */
export interface AgreementWriteRows {
  readonly agreements: readonly AgreementStatementRow[];
  readonly institutions: readonly InstitutionStatementRow[];
  readonly unitLinks: readonly UnitLinkStatementRow[];
  readonly officials: readonly OfficialStatementRow[];
  readonly decrees: readonly DecreeStatementRow[];
  readonly parties: readonly PartyStatementRow[];
  readonly clauses: readonly ClauseStatementRow[];
  readonly provisions: readonly ProvisionStatementRow[];
  readonly legalBases: readonly LegalBasisStatementRow[];
  readonly citations: readonly CitationStatementRow[];
  readonly amendments: readonly AmendmentStatementRow[];
  readonly definitions: readonly DefinitionStatementRow[];
  readonly implements: readonly ImplementsStatementRow[];
  /** Every institution written, once: their Agency/Unit labels are re-derived afterwards. */
  readonly institutionIds: readonly string[];
}

/** `<agreementId>/<localId>`: ids of the nodes an agreement owns, stable across reloads of it. */
export function ownedId(agreementId: string, localId: string): string {
  return `${agreementId}/${localId}`;
}

/** The rows of an agreement's owned nodes with graph ids in place of local ids. */
export interface BoundAgreementBatches {
  readonly parties: readonly Omit<PartyStatementRow, keyof Provenance>[];
  readonly clauses: readonly Omit<ClauseStatementRow, keyof Provenance>[];
  readonly provisions: readonly Omit<ProvisionStatementRow, keyof Provenance>[];
  readonly definitions: readonly Omit<DefinitionStatementRow, keyof Provenance>[];
}

/** Binds an agreement's id into its rows (pure, so the ids are testable without a database). */
export function bindAgreementRows(rows: AgreementGraphRows, agreementId: string): BoundAgreementBatches {
  const id = (localId: string) => ownedId(agreementId, localId);
  return {
    parties: rows.parties.map(({ localId, ...rest }) => ({ ...rest, id: id(localId) })),
    clauses: rows.clauses.map(({ localId, ...rest }) => ({ ...rest, id: id(localId) })),
    provisions: rows.provisions.map(({ localId, partyLocalId, clauseLocalId, ...rest }) => ({
      ...rest,
      id: id(localId),
      partyId: id(partyLocalId),
      clauseId: clauseLocalId === null ? null : id(clauseLocalId),
    })),
    definitions: rows.definitions.map(({ localId, ...rest }) => ({ ...rest, id: id(localId) })),
  };
}

/**
 * Concatenates the rows of several agreements, in document order, each row stamped with the
 * agreement and source document it belongs to. Pure, so what a bulk load sends is unit-tested.
 *
 * Shared-entity rows (institutions, officials, decrees) that repeat an earlier row exactly are
 * dropped: merging the same spelling again changes nothing (names already listed, display name
 * already decided, coalesce already filled), so the graph is the same as with one load per
 * document, while a batch of 200 agreements merges BSSN once instead of 200 times.
 */
export function agreementWriteRows(docs: readonly AgreementToWrite[]): AgreementWriteRows {
  const out = {
    agreements: [] as AgreementStatementRow[],
    institutions: new UniqueRows<InstitutionStatementRow>(),
    unitLinks: [] as UnitLinkStatementRow[],
    officials: new UniqueRows<OfficialStatementRow>(),
    decrees: new UniqueRows<DecreeStatementRow>(),
    parties: [] as PartyStatementRow[],
    clauses: [] as ClauseStatementRow[],
    provisions: [] as ProvisionStatementRow[],
    legalBases: [] as LegalBasisStatementRow[],
    citations: [] as CitationStatementRow[],
    amendments: [] as AmendmentStatementRow[],
    definitions: [] as DefinitionStatementRow[],
    implements: [] as ImplementsStatementRow[],
    institutionIds: new Set<string>(),
  };
  for (const doc of docs) {
    const { rows } = doc;
    const stamp: Provenance = { agreementId: doc.agreementId, sourceId: rows.source.id };
    const stamped = <T extends object>(list: readonly T[]) => list.map((r) => ({ ...r, ...stamp }));
    out.agreements.push(agreementStatementRow(rows, stamp));
    for (const i of rows.institutions) {
      out.institutions.add(i);
      out.institutionIds.add(i.id);
    }
    for (const o of rows.officials) out.officials.add(o);
    for (const d of rows.decrees) out.decrees.add(d);
    const bound = bindAgreementRows(rows, doc.agreementId);
    out.unitLinks.push(...stamped(rows.unitLinks));
    out.parties.push(...stamped(bound.parties));
    out.clauses.push(...stamped(bound.clauses));
    out.provisions.push(...stamped(bound.provisions));
    out.legalBases.push(...stamped(rows.legalBases));
    out.citations.push(...stamped(rows.citations));
    out.amendments.push(...stamped(rows.amendments));
    out.definitions.push(...stamped(bound.definitions));
    const link = implementsStatementRow(doc);
    if (link) out.implements.push(link);
  }
  return {
    ...out,
    institutions: out.institutions.rows,
    officials: out.officials.rows,
    decrees: out.decrees.rows,
    institutionIds: [...out.institutionIds],
  };
}

function agreementStatementRow(rows: AgreementGraphRows, stamp: Provenance): AgreementStatementRow {
  const { agreement, source } = rows;
  return {
    ...stamp,
    properties: agreement.properties,
    signedOn: agreement.signedOn,
    effectiveFrom: agreement.effectiveFrom,
    expiresOn: agreement.expiresOn,
    numbersKey: agreement.numbersKey,
    numberKeys: agreement.numberKeys,
    partiesDateKey: agreement.partiesDateKey,
    source,
  };
}

/** The IMPLEMENTS row of one agreement, or null when it implements nothing or its own numbers. */
export function implementsStatementRow(doc: AgreementToWrite): ImplementsStatementRow | null {
  if (!doc.rows.implements || doc.implementsId === null) return null;
  return {
    agreementId: doc.agreementId,
    sourceId: doc.rows.source.id,
    target: { ...doc.rows.implements, id: doc.implementsId },
  };
}

/** Rows in first-seen order, exact repeats dropped. */
class UniqueRows<Row extends object> {
  readonly rows: Row[] = [];
  private readonly seen = new Set<string>();
  add(row: Row): void {
    const key = JSON.stringify(row);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.push(row);
  }
}
