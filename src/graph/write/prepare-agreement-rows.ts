import type {
  Agreement,
  Clause,
  InstitutionRef,
  Instrument,
  Party,
  Person,
  Span,
} from '../../domain/agreement.js';
import {
  agreementIdentityKey,
  documentNumberKey,
  documentNumberKeys,
  implementedIdentityKey,
  numbersKey as keyOfNumbers,
  officialIdentity,
  partiesAndDateKey,
} from '../../domain/identity.js';
import { decreeId, institutionId, officialId, sha256, sourceDocumentId } from '../graph-ids.js';
import { storedWarnings, type SourceInfo } from './agreement-source.js';
import { encodeParagraphs } from './clause-paragraphs.js';
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
 * Turns a parsed agreement into the rows the writers write: one list per statement, shared
 * entities de-duplicated by identity key within the document, owned nodes given local ids.
 * Pure: no I/O, so identity decisions are unit-tested without a database.
 */
export function prepareAgreementRows(agreement: Agreement, source: SourceInfo): AgreementGraphRows {
  const sourceRow = sourceDocumentRow(source);
  const agreementRow = agreementRowOf(agreement, source, sourceRow.contentHash);
  const notes: string[] = [];
  const shared = new SharedEntities();
  const { clauses, clauseIdByNumber } = clauseRows(agreement.clauses, notes);
  const { parties, provisions } = partyRows(agreement, shared, clauseIdByNumber, notes);
  const amendments = legalBasisDecrees(agreement, shared);
  return {
    source: sourceRow,
    agreement: agreementRow,
    institutions: [...shared.institutions.values()],
    unitLinks: [...shared.unitLinks.values()],
    officials: [...shared.officials.values()],
    decrees: [...shared.decrees.values()],
    parties,
    clauses,
    provisions,
    legalBases: legalBasisRows(agreement),
    citations: citationRows(agreement),
    amendments,
    definitions: definitionRows(agreement),
    implements: implementsRow(agreement, agreementRow.identityKey),
    notes,
  };
}

/** A file is known by its bytes (the same PDF is UNCHANGED); a bare text by itself. */
function sourceDocumentRow(source: SourceInfo): SourceDocumentRow {
  const textHash = sha256(source.text);
  const contentHash = source.provenance?.sha256 ?? textHash;
  return {
    id: sourceDocumentId(contentHash),
    name: source.sourceName,
    contentHash,
    loadedAt: source.loadedAt ?? new Date().toISOString(),
    text: source.text,
    textHash,
    mediaType: source.provenance?.mediaType ?? 'text/plain',
    pageCount: source.provenance?.pageCount ?? null,
    ocrPages: source.provenance?.ocrPages ?? [],
    pageStarts: source.provenance?.pageStarts ?? null,
  };
}

/** The Agreement node: its identity keys, dates and scalar properties with the warnings kept for review. */
function agreementRowOf(agreement: Agreement, source: SourceInfo, contentHash: string): AgreementRow {
  const numbersKey = keyOfNumbers(agreement.numbers);
  const partiesDateKey = partiesAndDateKey(agreement);
  const warnings = storedWarnings(agreement, source);
  return {
    identityKey: agreementIdentityKey(numbersKey, partiesDateKey, contentHash),
    numbersKey,
    numberKeys: documentNumberKeys(agreement.numbers),
    partiesDateKey,
    signedOn: agreement.signedOn,
    effectiveFrom: agreement.effectiveFrom,
    expiresOn: agreement.expiresOn,
    properties: {
      kind: agreement.kind,
      kindName: agreement.kindName,
      isDraft: agreement.isDraft,
      title: agreement.title,
      numbers: agreement.numbers,
      signedDay: agreement.signedDay,
      place: agreement.place,
      durationMonths: agreement.durationMonths,
      terminationNoticeDays: agreement.terminationNoticeDays,
      renewable: agreement.renewable,
      contentHash,
      sourceName: source.sourceName,
      warnings: warnings.map((w) => `${w.code}: ${w.message}`),
      // Code, message and span of each warning, for Agreement.warnings (lists of maps cannot be properties).
      warningDetails: JSON.stringify(
        warnings.map((w) => ({
          code: w.code,
          message: w.message,
          span: w.span ? [w.span.start, w.span.end] : null,
        })),
      ),
      ...fieldSpans(agreement),
    },
  };
}

/** Institutions, unit links, officials and decrees of one document, once per identity key, first mention kept. */
class SharedEntities {
  readonly institutions = new Map<string, InstitutionRow>();
  readonly unitLinks = new Map<string, UnitLinkRow>();
  readonly officials = new Map<string, OfficialRow>();
  readonly decrees = new Map<string, DecreeRow>();

  institution(ref: InstitutionRef): void {
    if (!this.institutions.has(ref.key)) {
      this.institutions.set(ref.key, {
        id: institutionId(ref.key),
        key: ref.key,
        name: ref.name,
        acronym: ref.acronym,
      });
    }
  }

  /** The unit is part of the agency, as the party acting for the unit states. */
  unitLink(unit: InstitutionRef, agency: InstitutionRef): void {
    const linkKey = `${unit.key}>${agency.key}`;
    if (unit.key !== agency.key && !this.unitLinks.has(linkKey)) {
      this.unitLinks.set(linkKey, { unitKey: unit.key, agencyKey: agency.key, ...spanFields(unit.span) });
    }
  }

  /** Adds the official unless already known; returns the note to report the first time a name is kept apart. */
  official(row: OfficialRow): string | null {
    if (this.officials.has(row.key)) return null;
    this.officials.set(row.key, row);
    return row.identityNote;
  }

  decree(i: Instrument): void {
    if (!this.decrees.has(i.key)) this.decrees.set(i.key, decreeRow(i));
  }
}

/** Clauses with their local ids; a number seen twice gets a second id and a note. */
function clauseRows(
  clauses: readonly Clause[],
  notes: string[],
): { clauses: ClauseRow[]; clauseIdByNumber: Map<string, string> } {
  const clauseIdByNumber = new Map<string, string>();
  const rows = clauses.map((c, index): ClauseRow => {
    let localId = `pasal/${c.number}`;
    if (clauseIdByNumber.has(c.number)) {
      localId = `pasal/${c.number}~${index + 1}`;
      notes.push(`Pasal ${c.number} appears more than once; the later one is stored as ${localId}`);
    } else {
      clauseIdByNumber.set(c.number, localId);
    }
    return {
      localId,
      ordinal: index + 1,
      number: c.number,
      heading: c.heading,
      topic: c.topic,
      text: c.text,
      paragraphs: encodeParagraphs(c),
      paragraphCount: c.paragraphs.length,
      ...spanFields(c.span),
    };
  });
  return { clauses: rows, clauseIdByNumber };
}

/**
 * The parties, the shared entities they link to and their obligations and rights. A value
 * found only by a weak rule stays on its party (shown, with its warning) but links to no
 * shared node, so it never merges with other documents' officials or bodies.
 */
function partyRows(
  agreement: Agreement,
  shared: SharedEntities,
  clauseIdByNumber: ReadonlyMap<string, string>,
  notes: string[],
): { parties: PartyRow[]; provisions: ProvisionRow[] } {
  const weak = new Set(agreement.evidence.filter((e) => e.confidence === 'WEAK').map((e) => e.field));
  const parties: PartyRow[] = [];
  const provisions: ProvisionRow[] = [];
  agreement.parties.forEach((party, index) => {
    const strong = (field: string): boolean => !weak.has(`parties[${index}].${field}`);
    const institution = party.institution && strong('institution') ? party.institution : null;
    const agency = institution ? party.agency : party.institution ? null : party.actsFor;
    const onBehalfOf = party.actsFor && strong('actsFor') ? party.actsFor : null;
    for (const body of [institution, agency, onBehalfOf]) if (body) shared.institution(body);
    if (institution && agency) shared.unitLink(institution, agency);
    const signatory = party.signatory && strong('signatory') ? party.signatory : null;
    const official = signatory ? officialRow(signatory, agency) : null;
    const note = official ? shared.official(official) : null;
    if (note) notes.push(note);
    if (party.appointment) shared.decree(party.appointment);

    const partyLocalId = `party/${party.ordinal}`;
    parties.push({
      localId: partyLocalId,
      ordinal: party.ordinal,
      institutionKey: institution?.key ?? null,
      agencyKey: agency?.key ?? null,
      onBehalfOfKey: onBehalfOf?.key ?? null,
      officialKey: official?.key ?? null,
      decreeKey: party.appointment?.key ?? null,
      position: party.position,
      institutionSpan: institution ? pair(institution.span) : null,
      agencySpan: agency ? pair(agency.span) : null,
      onBehalfOfSpan: onBehalfOf ? pair(onBehalfOf.span) : null,
      signatorySpan: official && signatory ? pair(signatory.span) : null,
      appointmentSpan: party.appointment ? pair(party.appointment.span) : null,
      properties: partyProperties(
        party,
        [...weak].filter((f) => f.startsWith(`parties[${index}].`)),
      ),
      ...spanFields(party.span),
    });
    provisions.push(...provisionRows(party, partyLocalId, clauseIdByNumber));
  });
  return { parties, provisions };
}

/** What a party says, as read, also when too weak to link: a reviewer sees what the text says. */
function partyProperties(party: Party, weakFields: readonly string[]): PartyRow['properties'] {
  return {
    label: party.label,
    signatoryName: party.signatory?.name ?? null,
    institutionName: party.institution?.name ?? null,
    actsForName: party.actsFor?.name ?? null,
    weakFields: weakFields.join(', ') || null,
    address: party.address,
    contactUnit: party.contact?.unit ?? null,
    contactPerson: party.contact?.person ?? null,
    contactAddress: party.contact?.address ?? null,
    contactPhone: party.contact?.phone ?? null,
    contactEmail: party.contact?.email ?? null,
    contactSpanStart: party.contact?.span.start ?? null,
    contactSpanEnd: party.contact?.span.end ?? null,
  };
}

/** A party's obligations, then its rights, each tied to the article it was read in when that article exists. */
function provisionRows(
  party: Party,
  partyLocalId: string,
  clauseIdByNumber: ReadonlyMap<string, string>,
): ProvisionRow[] {
  const rows: ProvisionRow[] = [];
  for (const [kind, list] of [
    ['OBLIGATION', party.obligations],
    ['RIGHT', party.rights],
  ] as const) {
    list.forEach((p, i) => {
      rows.push({
        localId: `${partyLocalId}/${kind.toLowerCase()}/${i + 1}`,
        partyLocalId,
        clauseLocalId: clauseIdByNumber.get(p.clauseNumber) ?? null,
        kind,
        ordinal: i + 1,
        label: p.label,
        text: p.text,
        source: p.source,
        clauseNumber: p.clauseNumber,
        ...spanFields(p.span),
      });
    });
  }
  return rows;
}

/** The decrees of the legal bases (with what they amend or are amended by) and of the citations. */
function legalBasisDecrees(agreement: Agreement, shared: SharedEntities): AmendmentRow[] {
  const amendments = new Map<string, AmendmentRow>();
  const addAmendment = (amendingKey: string, amendedKey: string, span: Span) => {
    const key = `${amendingKey}>${amendedKey}`;
    if (amendingKey !== amendedKey && !amendments.has(key)) {
      amendments.set(key, { amendingKey, amendedKey, ...spanFields(span) });
    }
  };
  for (const basis of agreement.legalBases) {
    shared.decree(basis);
    for (const amender of basis.amendedBy) {
      shared.decree(amender);
      addAmendment(amender.key, basis.key, amender.span);
    }
    for (const amended of basis.amends) {
      shared.decree(amended);
      addAmendment(basis.key, amended.key, amended.span);
    }
  }
  for (const c of agreement.citations) shared.decree(c.instrument);
  return [...amendments.values()];
}

function legalBasisRows(agreement: Agreement): LegalBasisRow[] {
  return agreement.legalBases.map((b, i) => ({
    decreeKey: b.key,
    ordinal: i + 1,
    text: b.text,
    ...spanFields(b.span),
  }));
}

function citationRows(agreement: Agreement): CitationRow[] {
  return agreement.citations.map((c, i) => ({
    decreeKey: c.instrument.key,
    ordinal: i + 1,
    article: c.article,
    clauseNumber: c.clauseNumber,
    text: c.instrument.text,
    ...spanFields(c.span),
  }));
}

function definitionRows(agreement: Agreement): DefinitionRow[] {
  return agreement.definitions.map((d, i) => ({
    localId: `definition/${i + 1}`,
    ordinal: i + 1,
    term: d.term,
    meaning: d.meaning,
    ...spanFields(d.span),
  }));
}

/** The MoU the agreement follows up, keyed by its numbers (or, without them, through this agreement). */
function implementsRow(agreement: Agreement, identityKey: string): ImplementsRow | null {
  const implemented = agreement.implements;
  if (!implemented) return null;
  const numbersKey = keyOfNumbers(implemented.numbers);
  return {
    identityKey: implementedIdentityKey(numbersKey, identityKey, implemented.title),
    numbersKey,
    numberKeys: [...new Set(implemented.numbers.map(documentNumberKey))].sort(),
    numbers: implemented.numbers,
    kind: implemented.kind,
    title: implemented.title,
    ...spanFields(implemented.span),
  };
}

/**
 * An official's graph row (the identity rule is officialIdentity: a single-word name is only
 * merged within one agency; the note says why, and nameKey still finds every official of that name).
 */
export function officialRow(signatory: Person, agency: InstitutionRef | null): OfficialRow {
  const nameKey = signatory.key;
  const { key, shared } = officialIdentity(nameKey, agency?.key ?? null);
  return {
    id: officialId(key),
    key,
    nameKey,
    name: signatory.name,
    honorifics: signatory.honorifics,
    identityNote: shared
      ? null
      : `official "${signatory.name}" has a single-word name, common to many people: merged only with the same name signing for ${agency?.name ?? 'an unnamed body'}`,
  };
}

function decreeRow(i: Instrument): DecreeRow {
  return {
    id: decreeId(i.key),
    key: i.key,
    kind: i.kind,
    issuer: i.issuer,
    number: i.number,
    year: i.year,
    date: i.date,
    title: i.title,
    gazette: i.gazette,
    text: i.text,
  };
}

function spanFields(span: Span): { spanStart: number; spanEnd: number } {
  return { spanStart: span.start, spanEnd: span.end };
}

function pair(span: Span): readonly [number, number] {
  return [span.start, span.end];
}

/** Spans of the agreement's scalar fields as `<field>Span: [start, end]` properties. */
function fieldSpans(agreement: Agreement): Record<string, readonly number[]> {
  const out: Record<string, readonly number[]> = {};
  for (const [field, span] of Object.entries(agreement.spans)) {
    if (span) out[`${field}Span`] = [span.start, span.end];
  }
  return out;
}
