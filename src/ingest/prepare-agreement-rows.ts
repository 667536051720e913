import type { Agreement, InstitutionRef, Instrument, Person, Span } from '../domain/agreement.js';
import type {
  AgreementGraphRows,
  AmendmentRow,
  ClauseRow,
  DecreeRow,
  InstitutionRow,
  OfficialRow,
  PartyRow,
  ProvisionRow,
  UnitLinkRow,
} from '../graph/agreement-graph-rows.js';
import {
  decreeId,
  documentNumberKey,
  institutionId,
  numbersKey as keyOfNumbers,
  officialId,
  sha256,
  sourceDocumentId,
} from '../graph/graph-ids.js';

export interface SourceInfo {
  /** The exact text that was parsed: every span indexes into it. */
  readonly text: string;
  /** File name or other label the user knows the document by. */
  readonly sourceName: string;
  /** ISO date-time; defaults to now. */
  readonly loadedAt?: string;
}

/**
 * Turns a parsed agreement into the rows the graph repository writes: one list per batch,
 * shared entities de-duplicated by identity key within the document, owned nodes given local
 * ids. Pure: no I/O, so identity decisions are unit-tested without a database.
 */
export function prepareAgreementRows(agreement: Agreement, source: SourceInfo): AgreementGraphRows {
  const contentHash = sha256(source.text);
  const sourceId = sourceDocumentId(contentHash);
  const notes: string[] = [];

  const numberKeys = [...new Set(agreement.numbers.map(documentNumberKey).filter(Boolean))].sort();
  const numbersKey = keyOfNumbers(agreement.numbers);
  const partiesDateKey = partiesAndDateKey(agreement);
  const identityKey = numbersKey ?? partiesDateKey ?? `text:${contentHash}`;

  const institutions = new Map<string, InstitutionRow>();
  const unitLinks = new Map<string, UnitLinkRow>();
  const officials = new Map<string, OfficialRow>();
  const decrees = new Map<string, DecreeRow>();
  const addDecree = (i: Instrument) => {
    if (!decrees.has(i.key)) decrees.set(i.key, decreeRow(i));
  };

  const parties: PartyRow[] = [];
  const provisions: ProvisionRow[] = [];
  const clauseIdByNumber = new Map<string, string>();
  const clauses: ClauseRow[] = agreement.clauses.map((c, index) => {
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
      paragraphs: JSON.stringify(
        c.paragraphs.map((p) => ({
          label: p.label,
          text: p.text,
          span: [p.span.start, p.span.end],
          items: p.items.map((i) => ({ label: i.label, text: i.text, span: [i.span.start, i.span.end] })),
        })),
      ),
      paragraphCount: c.paragraphs.length,
      ...spanFields(c.span),
    };
  });

  // A value found only by a weak rule stays on its party (shown, with its warning) but links
  // to no shared node, so it never merges with other documents' officials or bodies.
  const weak = new Set(agreement.evidence.filter((e) => e.confidence === 'WEAK').map((e) => e.field));
  agreement.parties.forEach((party, index) => {
    const strong = (field: string): boolean => !weak.has(`parties[${index}].${field}`);
    const institution = party.institution && strong('institution') ? party.institution : null;
    const agency = institution ? party.agency : party.institution ? null : party.actsFor;
    const onBehalfOf = party.actsFor && strong('actsFor') ? party.actsFor : null;
    if (institution) addInstitution(institutions, institution.key, institution.name, institution.acronym);
    if (agency) addInstitution(institutions, agency.key, agency.name, agency.acronym);
    if (onBehalfOf) addInstitution(institutions, onBehalfOf.key, onBehalfOf.name, onBehalfOf.acronym);
    if (institution && agency && institution.key !== agency.key) {
      const linkKey = `${institution.key}>${agency.key}`;
      if (!unitLinks.has(linkKey)) {
        unitLinks.set(linkKey, {
          unitKey: institution.key,
          agencyKey: agency.key,
          ...spanFields(institution.span),
        });
      }
    }
    const signatory = party.signatory && strong('signatory') ? party.signatory : null;
    const official = signatory ? officialRow(signatory, agency) : null;
    if (official?.identityNote && !officials.has(official.key)) notes.push(official.identityNote);
    if (official && !officials.has(official.key)) officials.set(official.key, official);
    if (party.appointment) addDecree(party.appointment);

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
      properties: {
        label: party.label,
        // As read, also when too weak to link: a reviewer sees what the text says.
        signatoryName: party.signatory?.name ?? null,
        institutionName: party.institution?.name ?? null,
        actsForName: party.actsFor?.name ?? null,
        weakFields: [...weak].filter((f) => f.startsWith(`parties[${index}].`)).join(', ') || null,
        address: party.address,
        contactUnit: party.contact?.unit ?? null,
        contactPerson: party.contact?.person ?? null,
        contactAddress: party.contact?.address ?? null,
        contactPhone: party.contact?.phone ?? null,
        contactEmail: party.contact?.email ?? null,
        contactSpanStart: party.contact?.span.start ?? null,
        contactSpanEnd: party.contact?.span.end ?? null,
      },
      ...spanFields(party.span),
    });
    for (const [kind, list] of [
      ['OBLIGATION', party.obligations],
      ['RIGHT', party.rights],
    ] as const) {
      list.forEach((p, i) => {
        provisions.push({
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
  });

  const amendments = new Map<string, AmendmentRow>();
  agreement.legalBases.forEach((basis) => {
    addDecree(basis);
    for (const amender of basis.amendedBy) {
      addDecree(amender);
      addAmendment(amendments, amender.key, basis.key, amender.span);
    }
    for (const amended of basis.amends) {
      addDecree(amended);
      addAmendment(amendments, basis.key, amended.key, amended.span);
    }
  });
  agreement.citations.forEach((c) => addDecree(c.instrument));

  const implemented = agreement.implements;
  const implementsNumbersKey = implemented ? keyOfNumbers(implemented.numbers) : null;

  return {
    source: {
      id: sourceId,
      name: source.sourceName,
      contentHash,
      loadedAt: source.loadedAt ?? new Date().toISOString(),
      text: source.text,
    },
    agreement: {
      identityKey,
      numbersKey,
      numberKeys,
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
        warnings: agreement.warnings.map((w) => `${w.code}: ${w.message}`),
        ...fieldSpans(agreement),
      },
    },
    institutions: [...institutions.values()],
    unitLinks: [...unitLinks.values()],
    officials: [...officials.values()],
    decrees: [...decrees.values()],
    parties,
    clauses,
    provisions,
    legalBases: agreement.legalBases.map((b, i) => ({
      decreeKey: b.key,
      ordinal: i + 1,
      text: b.text,
      ...spanFields(b.span),
    })),
    citations: agreement.citations.map((c, i) => ({
      decreeKey: c.instrument.key,
      ordinal: i + 1,
      article: c.article,
      clauseNumber: c.clauseNumber,
      text: c.instrument.text,
      ...spanFields(c.span),
    })),
    amendments: [...amendments.values()],
    definitions: agreement.definitions.map((d, i) => ({
      localId: `definition/${i + 1}`,
      ordinal: i + 1,
      term: d.term,
      meaning: d.meaning,
      ...spanFields(d.span),
    })),
    implements: implemented
      ? {
          identityKey: implementsNumbersKey ?? `implements:${identityKey}:${implemented.title ?? ''}`,
          numbersKey: implementsNumbersKey,
          numberKeys: [...new Set(implemented.numbers.map(documentNumberKey))].sort(),
          numbers: implemented.numbers,
          kind: implemented.kind,
          title: implemented.title,
          ...spanFields(implemented.span),
        }
      : null,
    notes,
  };
}

/**
 * Same agencies, same signing date: the second way to recognise an edited version. Agency keys
 * (not the signing unit's) so a version that names the unit differently still matches.
 */
export function partiesAndDateKey(agreement: Agreement): string | null {
  if (!agreement.signedOn || agreement.parties.length === 0) return null;
  const agencies = [...new Set(agreement.parties.map((p) => p.agency?.key ?? '?'))].sort();
  return `${agencies.join(' & ')} @ ${agreement.signedOn}`;
}

/**
 * An official's graph identity. The parser's key folds case, degrees, ranks and initials, so
 * one person is one key across documents. A single-word name (SUHANTO, Abubakar) is common to
 * many people, so two such mentions are only merged when they sign for the same agency; the
 * note says why, and nameKey still finds every official of that name.
 */
export function officialRow(signatory: Person, agency: InstitutionRef | null): OfficialRow {
  const nameKey = signatory.key;
  const uncertain = !nameKey.includes(' ');
  const key = uncertain ? `${nameKey}@${agency?.key ?? '?'}` : nameKey;
  return {
    id: officialId(key),
    key,
    nameKey,
    name: signatory.name,
    honorifics: signatory.honorifics,
    identityNote: uncertain
      ? `official "${signatory.name}" has a single-word name, common to many people: merged only with the same name signing for ${agency?.name ?? 'an unnamed body'}`
      : null,
  };
}

function addInstitution(map: Map<string, InstitutionRow>, key: string, name: string, acronym: string | null) {
  if (!map.has(key)) map.set(key, { id: institutionId(key), key, name, acronym });
}

function addAmendment(map: Map<string, AmendmentRow>, amendingKey: string, amendedKey: string, span: Span) {
  const key = `${amendingKey}>${amendedKey}`;
  if (amendingKey !== amendedKey && !map.has(key))
    map.set(key, { amendingKey, amendedKey, ...spanFields(span) });
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
