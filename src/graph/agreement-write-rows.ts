import type { AgreementGraphRows } from './agreement-graph-rows.js';
import { bindAgreementRows } from './bind-agreement-rows.js';

/** One agreement about to be written: its rows, the id it is written under, the MoU it links to. */
export interface AgreementToWrite {
  readonly rows: AgreementGraphRows;
  readonly agreementId: string;
  /** Id of the agreement it implements (existing or minted), or null for no IMPLEMENTS link. */
  readonly implementsId: string | null;
}

type Row = Readonly<Record<string, unknown>>;

/** The `$rows` of every write statement in agreement-cypher.ts, for one agreement or many. */
export interface AgreementWriteRows {
  readonly agreements: readonly Row[];
  readonly institutions: readonly Row[];
  readonly unitLinks: readonly Row[];
  readonly officials: readonly Row[];
  readonly decrees: readonly Row[];
  readonly parties: readonly Row[];
  readonly clauses: readonly Row[];
  readonly provisions: readonly Row[];
  readonly legalBases: readonly Row[];
  readonly citations: readonly Row[];
  readonly amendments: readonly Row[];
  readonly definitions: readonly Row[];
  readonly implements: readonly Row[];
  /** Every institution written, once: their Agency/Unit labels are re-derived afterwards. */
  readonly institutionIds: readonly string[];
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
    agreements: [] as Row[],
    institutions: new UniqueRows(),
    unitLinks: [] as Row[],
    officials: new UniqueRows(),
    decrees: new UniqueRows(),
    parties: [] as Row[],
    clauses: [] as Row[],
    provisions: [] as Row[],
    legalBases: [] as Row[],
    citations: [] as Row[],
    amendments: [] as Row[],
    definitions: [] as Row[],
    implements: [] as Row[],
    institutionIds: new Set<string>(),
  };
  for (const { rows, agreementId, implementsId } of docs) {
    const stamp = { agreementId, sourceId: rows.source.id };
    const { agreement, source } = rows;
    out.agreements.push({
      ...stamp,
      properties: agreement.properties,
      signedOn: agreement.signedOn,
      effectiveFrom: agreement.effectiveFrom,
      expiresOn: agreement.expiresOn,
      numbersKey: agreement.numbersKey,
      numberKeys: agreement.numberKeys,
      partiesDateKey: agreement.partiesDateKey,
      source,
    });
    for (const i of rows.institutions) {
      out.institutions.add(i);
      out.institutionIds.add(i.id);
    }
    for (const o of rows.officials) out.officials.add(o);
    for (const d of rows.decrees) out.decrees.add(d);
    const bound = bindAgreementRows(rows, agreementId);
    const stamped = (list: readonly object[]) => list.map((r) => ({ ...r, ...stamp }));
    out.unitLinks.push(...stamped(rows.unitLinks));
    out.parties.push(...stamped(bound.parties));
    out.clauses.push(...stamped(bound.clauses));
    out.provisions.push(...stamped(bound.provisions));
    out.legalBases.push(...stamped(rows.legalBases));
    out.citations.push(...stamped(rows.citations));
    out.amendments.push(...stamped(rows.amendments));
    out.definitions.push(...stamped(bound.definitions));
    if (rows.implements && implementsId !== null) {
      out.implements.push({ ...stamp, target: { ...rows.implements, id: implementsId } });
    }
  }
  return {
    ...out,
    institutions: out.institutions.rows,
    officials: out.officials.rows,
    decrees: out.decrees.rows,
    institutionIds: [...out.institutionIds],
  };
}

/** Rows in first-seen order, exact repeats dropped. */
class UniqueRows {
  readonly rows: Row[] = [];
  private readonly seen = new Set<string>();
  add(row: object): void {
    const key = JSON.stringify(row);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.push(row as Row);
  }
}
