import type {
  Agreement,
  AgreementKind,
  AgreementSpanField,
  Clause,
  Contact,
  InstitutionRef,
  Paragraph,
  ParseWarning,
  Party,
  Person,
  Span,
} from '../domain/agreement.js';
import { AgreementParseError } from './agreement-parse-error.js';
import type { CleanText } from './clean-text.js';
import { cleanText, foldClean, foldRange, spanOf } from './clean-text.js';
import type { CitationRegion } from './find-citations.js';
import { findCitations } from './find-citations.js';
import { institutionKey, officialKey } from './identity.js';
import { parseContacts } from './parse-contacts.js';
import { MONTH_PATTERN, addMonths, dayName, parseDateText } from './parse-date.js';
import { parseDefinitions } from './parse-definitions.js';
import { kindOf, parseHeading } from './parse-heading.js';
import { findOpening } from './parse-opening.js';
import type { FoundParty } from './parse-parties.js';
import { parseParties } from './parse-parties.js';
import type { ScannedClause } from './parse-provisions.js';
import { parseProvisions } from './parse-provisions.js';
import { itemRange, parseImplements, parseLegalBases } from './parse-recitals.js';
import { parseTerm } from './parse-term.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';
import { acronymOfKey, resolveAgency } from './resolve-agency.js';
import { classifyClause, splitClauses } from './split-clauses.js';
import type { ListNotes } from './split-list.js';
import { splitParagraphs } from './split-list.js';
import { splitHonorifics } from './split-honorifics.js';

/**
 * Reads one agreement text (plain text from a PDF tool, or Markdown from a converter) into a
 * structured Agreement. Pure: no I/O. Throws only AgreementParseError: for empty, binary or
 * non-agreement input; a damaged or truncated agreement gives a result with warnings instead.
 */
export function parseAgreement(input: string): Agreement {
  if (typeof input !== 'string') {
    throw new AgreementParseError('INVALID_INPUT', 'the input is not text');
  }
  checkText(input);
  try {
    return parseChecked(input);
  } catch (err) {
    if (err instanceof AgreementParseError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new AgreementParseError(
      'INTERNAL_ERROR',
      `the text could not be read (${reason}); please report this file`,
      {
        cause: err,
      },
    );
  }
}

function checkText(input: string): void {
  if (input.trim().length === 0) throw new AgreementParseError('EMPTY_INPUT', 'the text is empty');
  if (input.startsWith('%PDF-')) {
    throw new AgreementParseError('BINARY_INPUT', 'this is a PDF file, not text: convert it to text first');
  }
  const sample = input.length > 200_000 ? input.slice(0, 200_000) : input;
  // Most texts have no control characters at all: one native scan decides.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (!/[\x00-\x08\x0b\x0e-\x1f\ufffd]/.test(sample)) return;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new AgreementParseError('BINARY_INPUT', 'the input is binary data, not text');
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (control > sample.length * 0.01 || replacement > sample.length * 0.05) {
    throw new AgreementParseError('BINARY_INPUT', 'the input looks like binary data, not UTF-8 text');
  }
}

class Warnings {
  readonly list: ParseWarning[] = [];
  add(code: string, message: string, span: Span | null = null): void {
    this.list.push({ code, message, span });
  }
}

const RECITAL_TITLE =
  /(?:melaksanakan|membuat|menyepakati|mengadakan|menandatangani|menyusun)\s+(Perjanjian\s+Kerja\s*Sama|Nota\s+Kesepahaman|Kontrak(?:\s+Kerja\s*Sama)?|Adendum|Addendum|Memorandum\s+of\s+Understanding|Memorandum\s+Saling\s+Pengertian|Nota\s+Saling\s+Pengertian|Kesepakatan\s+Bersama)\s+(?:tentang\s+|mengenai\s+)?([\s\S]{5,400}?)\s*\(\s*(?:untuk\s+)?selanjutnya/i;

function parseChecked(input: string): Agreement {
  const clean = cleanText(input);
  const text = clean.text;
  if (text.trim().length === 0)
    throw new AgreementParseError('EMPTY_INPUT', 'the text holds nothing but page numbers and markup');
  const w = new Warnings();
  const spans: Partial<Record<AgreementSpanField, Span>> = {};

  const scan = splitClauses(text, 0);
  const firstClause = scan.clauses[0]?.start ?? text.length;
  const opening = findOpening(clean, 0, firstClause);
  const signedBy = /yang\s+bertanda\s+tangan/i.exec(text.slice(0, Math.min(firstClause, 20_000)));
  const headingEnd = opening?.start ?? (signedBy ? signedBy.index : Math.min(firstClause, 3000));
  const heading = parseHeading(clean, headingEnd);
  const partiesFrom =
    opening?.end ?? (signedBy ? signedBy.index : (heading.numbers.at(-1)?.end ?? heading.title?.end ?? 0));
  const found = parseParties(clean, partiesFrom, firstClause);

  const looksLikeAgreement =
    heading.kind !== null || opening !== null || /\bPARA\s+PIHAK\b/.test(text.slice(0, 200_000));
  if (found.length === 0 && !looksLikeAgreement) {
    throw new AgreementParseError('NOT_AN_AGREEMENT', 'no parties found: is this an agreement?');
  }

  // Recitals: between the last party and the first article.
  const recitalsFrom = found.at(-1)?.end ?? partiesFrom;
  const bases = parseLegalBases(clean, recitalsFrom, firstClause);

  // Kind and title.
  let kind: AgreementKind | null = heading.kind;
  if (heading.kindValue) spans.kind = heading.kindValue.span;
  let title: string | null = heading.title?.value ?? null;
  if (heading.title) spans.title = heading.title.span;
  const recital = RECITAL_TITLE.exec(text.slice(recitalsFrom, firstClause));
  if (!title) {
    if (recital) {
      const ts = recitalsFrom + recital.index + recital[0].indexOf(recital[2]!, recital[1]!.length);
      const tv = readValue(clean, ts, ts + recital[2]!.length);
      title = tv.value;
      spans.title = tv.span;
      w.add(
        'TITLE_FROM_RECITAL',
        'There is no title block at the top; the title was taken from the recital ("… melaksanakan Perjanjian Kerja Sama …").',
        tv.span,
      );
    } else {
      w.add(
        'NO_TITLE',
        'No title was found: neither a title block ("… TENTANG …") nor a recital naming the agreement.',
      );
    }
  }
  if (!kind) {
    if (recital) {
      kind = kindOf(recital[1]!);
      const ks = recitalsFrom + recital.index + recital[0].indexOf(recital[1]!);
      spans.kind = spanOf(clean, ks, ks + recital[1]!.length);
    } else {
      kind = bodyKind(text);
    }
  }

  const implementsFound = parseImplements(clean, recitalsFrom, firstClause, kind === 'ADDENDUM');

  const numbers = heading.numbers.map((n) => n.value);
  if (numbers.length > 0)
    spans.numbers = { start: heading.numbers[0]!.span.start, end: heading.numbers.at(-1)!.span.end };
  else w.add('NO_NUMBERS', 'No document number ("Nomor : …") was found.');

  // Signing date, day and place.
  const signed = readSigning(clean, opening, w, spans);

  // Articles.
  const notes: ListNotes = { skips: [], unlabeled: 0 };
  const scanned: ScannedClause[] = scan.clauses.map((c) => {
    const h = readValue(clean, c.headingStart, c.headingEnd, false);
    return {
      number: c.number,
      heading: h.value,
      topic: classifyClause(h.value),
      start: c.start,
      bodyStart: c.bodyStart,
      end: c.end,
      paragraphs: splitParagraphs(text, c.bodyStart, c.end, notes),
    };
  });
  const clauses = scanned.map((c) => buildClause(clean, c));
  if (scan.gaps.length > 0)
    w.add(
      'ARTICLE_GAP',
      `Article numbers jump (${scan.gaps.join(', ')}): an article may be missing or its number damaged.`,
    );
  if (notes.skips.length > 0)
    w.add(
      'ITEM_LETTER_SKIP',
      `Item letters skip (${notes.skips.join(', ')}): check that no item is missing.`,
    );
  if (notes.unlabeled > 0)
    w.add(
      'ITEM_LABEL_LOST',
      `${notes.unlabeled} item(s) lost their letter or number in conversion; their label is null.`,
    );

  const provisions = parseProvisions(clean, scanned);
  if (provisions.unassigned.length > 0) {
    w.add(
      'PROVISIONS_UNASSIGNED',
      `Could not tell which party or whether right or obligation for: ${provisions.unassigned.join(', ')}.`,
    );
  }
  const contacts = parseContacts(clean, scanned);
  const definitions = parseDefinitions(clean, scanned);

  // Citations: every instrument in the articles and in the recitals outside the legal bases.
  const regions: CitationRegion[] = [];
  const recitalEnd = bases ? bases.start : firstClause;
  if (recitalEnd > recitalsFrom) regions.push({ start: recitalsFrom, end: recitalEnd, clauseNumber: null });
  if (bases && bases.end < firstClause)
    regions.push({ start: bases.end, end: firstClause, clauseNumber: null });
  for (const c of scanned) regions.push({ start: c.bodyStart, end: c.end, clauseNumber: c.number });
  const citations = findCitations(clean, regions);

  if (bases)
    for (const u of bases.unread)
      w.add(
        'LEGAL_BASIS_UNREAD',
        `A legal basis could not be read as a law or regulation: "${u.value.slice(0, 80)}".`,
        u.span,
      );

  // Parties.
  const parties: Party[] = found.map((p) =>
    buildParty(
      clean,
      p,
      heading.titleParties,
      contacts.get(p.ordinal) ?? null,
      provisions.byParty.get(p.ordinal),
      w,
    ),
  );
  if (parties.length === 0) {
    w.add(
      'NO_PARTIES',
      'No parties were found ("… selanjutnya disebut PIHAK KESATU"): the text may be truncated or damaged.',
    );
  } else if (parties.length === 1) {
    w.add('ONE_PARTY', 'Only one party was found; an agreement has at least two.');
  }
  if (clauses.length === 0)
    w.add('NO_CLAUSES', 'No articles ("Pasal 1 …") were found: the text may be truncated.');

  // Term.
  const term = parseTerm(clean, scanned);
  let durationMonths: number | null = null;
  let effectiveFrom: string | null = signed.iso;
  let expiresOn: string | null = null;
  let terminationNoticeDays: number | null = null;
  let renewable: boolean | null = null;
  if (signed.span) spans.effectiveFrom = signed.span;
  if (!term) {
    if (clauses.length > 0)
      w.add('NO_TERM', 'No term article (JANGKA WAKTU) was found, so the duration and expiry are unknown.');
  } else {
    if (term.durationMonths) {
      durationMonths = term.durationMonths.months;
      spans.durationMonths = term.durationMonths.value.span;
    } else if (term.durationOther) {
      w.add(
        'DURATION_NOT_MONTHS',
        `The term is given as "${term.durationOther.value}", which is not a whole number of months.`,
        term.durationOther.span,
      );
    } else {
      w.add('NO_DURATION', 'The term article gives no duration.');
    }
    if (term.startDate) {
      effectiveFrom = term.startDate.iso;
      spans.effectiveFrom = term.startDate.value.span;
      if (signed.iso && signed.iso !== term.startDate.iso) {
        w.add(
          'START_DIFFERS_FROM_SIGNING',
          `The term starts on ${term.startDate.iso}, not on the signing date ${signed.iso}.`,
          term.startDate.value.span,
        );
      }
    }
    if (term.endDate) expiresOn = term.endDate.iso;
    else if (effectiveFrom && durationMonths !== null) expiresOn = addMonths(effectiveFrom, durationMonths);
    if (term.noticeDays) {
      terminationNoticeDays = term.noticeDays.days;
      spans.terminationNoticeDays = term.noticeDays.value.span;
    }
    if (term.renewable) {
      renewable = term.renewable.renewable;
      spans.renewable = term.renewable.value.span;
    }
  }
  if (clauses.length > 0 && scan.signatureAt === null && scanned.at(-1)?.topic !== 'CLOSING') {
    w.add(
      'TRUNCATED',
      'The text seems to end early: there is no closing article (PENUTUP) and no signature block.',
    );
  }

  return {
    kind,
    kindName: null,
    isDraft: false,
    title,
    numbers,
    signedOn: signed.iso,
    signedDay: signed.day,
    place: signed.place,
    parties,
    legalBases: bases?.bases ?? [],
    citations,
    implements: implementsFound,
    clauses,
    definitions,
    durationMonths,
    effectiveFrom,
    expiresOn,
    terminationNoticeDays,
    renewable,
    warnings: w.list,
    evidence: [],
    spans,
  };
}

function bodyKind(text: string): AgreementKind {
  const sample = text.slice(0, 200_000);
  if (/\bPerjanjian\s+Kerja\s*Sama\s+ini\b/i.test(sample)) return 'PKS';
  if (
    /\b(?:Nota\s+Kesepahaman|Memorandum\s+of\s+Understanding|(?:Nota|Memorandum)\s+Saling\s+Pengertian)\s+ini\b/i.test(
      sample,
    )
  )
    return 'MOU';
  if (/\b(?:Adendum|Addendum)\s+ini\b/i.test(sample)) return 'ADDENDUM';
  return 'OTHER';
}

interface Signing {
  iso: string | null;
  day: string | null;
  place: string | null;
  span: Span | null;
}

const SIGNED_AT = new RegExp(
  `(?:ditandatangani|dibuat)\\s+di\\s+([A-Z][\\p{L} ]{1,40}?)\\s*(?:,\\s*|\\s+)(?:pada\\s+)?(?:tanggal\\s+)?(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})`,
  'u',
);

function readSigning(
  clean: CleanText,
  opening: ReturnType<typeof findOpening>,
  w: Warnings,
  spans: Partial<Record<AgreementSpanField, Span>>,
): Signing {
  const out: Signing = { iso: null, day: null, place: null, span: null };
  if (opening) {
    const words = opening.wordsDate;
    const num = opening.numericDate;
    out.iso = words?.iso ?? num?.iso ?? null;
    const first = words?.value ?? num?.value;
    const last = num?.value ?? words?.value;
    if (first && last) out.span = { start: first.span.start, end: last.span.end };
    if (words?.iso && num?.iso && words.iso !== num.iso) {
      w.add(
        'DATE_MISMATCH',
        `The signing date in words (${words.value.value}, ${words.iso}) and the numeric copy (${num.value.value}) disagree; the date in words was used.`,
        out.span,
      );
    } else if (words && !words.iso) {
      w.add(
        'DATE_UNREADABLE',
        `The signing date in words could not be read: "${words.value.value}".`,
        words.value.span,
      );
    }
    if (opening.day) {
      out.day = opening.day.value;
      spans.signedDay = opening.day.span;
      const actual = out.iso ? dayName(out.iso) : null;
      if (actual && actual.toLowerCase() !== out.day.replace(/'/g, '').toLowerCase()) {
        w.add(
          'DAY_MISMATCH',
          `The text says the agreement was signed on ${out.day}, but ${out.iso} was a ${actual}.`,
          opening.day.span,
        );
      }
    }
    if (opening.place) {
      out.place = opening.place.value;
      spans.place = opening.place.span;
    }
  }
  if (!out.iso) {
    const m = SIGNED_AT.exec(clean.text.slice(-20_000));
    if (m) {
      const base = Math.max(0, clean.text.length - 20_000);
      const ds = base + m.index + m[0].lastIndexOf(m[2]!);
      out.iso = parseDateText(m[2]!);
      out.span = spanOf(clean, ds, ds + m[2]!.length);
      if (!out.place) {
        const ps = base + m.index + m[0].indexOf(m[1]!);
        const pv = readValue(clean, ps, ps + m[1]!.length);
        out.place = pv.value;
        spans.place = pv.span;
      }
    }
  }
  if (out.span) spans.signedOn = out.span;
  if (!out.iso) w.add('NO_SIGNING_DATE', 'No signing date was found ("Pada hari ini … tanggal …").');
  return out;
}

function rawValue(clean: CleanText, start: number, end: number): ReadValue {
  let s = start;
  let e = end;
  const t = clean.text;
  while (s < e && (t[s] === ' ' || t[s] === '\n')) s++;
  while (e > s && (t[e - 1] === ' ' || t[e - 1] === '\n')) e--;
  return { value: foldRange(clean, s, e), start: s, end: e, span: spanOf(clean, s, e) };
}

function buildClause(clean: CleanText, c: ScannedClause): Clause {
  const text = clean.text;
  const paragraphs: Paragraph[] = c.paragraphs.map((p) => ({
    label: p.label,
    text: rawValue(clean, p.bodyStart, p.end).value,
    items: p.items.map((it) => {
      const [s, e] = itemRange(text, it.bodyStart, it.end);
      const v = readValue(clean, s, e, false);
      return { label: it.label, text: v.value, span: v.span };
    }),
    span: rawValue(clean, p.start, p.end).span,
  }));
  return {
    number: c.number,
    heading: c.heading,
    topic: c.topic,
    text: rawValue(clean, c.bodyStart, c.end).value,
    paragraphs,
    span: rawValue(clean, c.start, c.end).span,
  };
}

function institutionRef(name: string, span: Span): InstitutionRef {
  const key = institutionKey(name);
  return { name, acronym: acronymOfKey(key), key, span };
}

function buildParty(
  clean: CleanText,
  p: FoundParty,
  titleParties: readonly ReadValue[],
  contact: Contact | null,
  provisions: { obligations: Party['obligations']; rights: Party['rights'] } | undefined,
  w: Warnings,
): Party {
  const partySpan = spanOf(clean, p.start, p.end);
  const who = `party ${p.ordinal} (${p.label.value})`;
  let signatory: Person;
  if (p.name) {
    const raw = clean.text.slice(p.name.start, p.name.end);
    const split = splitHonorifics(raw);
    const name = foldClean(split.name);
    signatory = {
      name,
      honorifics: split.honorifics.map(foldClean),
      key: officialKey(name),
      span: spanOf(clean, p.name.start + split.nameStart, p.name.start + split.nameEnd),
    };
  } else {
    w.add('PARTY_NO_NAME', `No signatory name was found for ${who}.`, partySpan);
    signatory = { name: '', honorifics: [], key: '', span: partySpan };
  }
  let institutionValue = p.institution;
  if (!institutionValue) {
    const fromTitle = titleParties[p.ordinal - 1];
    if (fromTitle) institutionValue = fromTitle;
  }
  let institution: InstitutionRef;
  if (institutionValue) {
    institution = institutionRef(institutionValue.value, institutionValue.span);
  } else {
    w.add(
      'PARTY_NO_INSTITUTION',
      `No body acted for ("bertindak untuk dan atas nama …") was found for ${who}.`,
      partySpan,
    );
    institution = institutionRef('', partySpan);
  }
  const resolved = resolveAgency(institution.name);
  const agency = resolved.derived ? institutionRef(resolved.name, institution.span) : institution;
  if (!p.position) w.add('PARTY_NO_POSITION', `No position (jabatan) was found for ${who}.`, partySpan);
  if (!p.address)
    w.add('PARTY_NO_ADDRESS', `No address ("berkedudukan di …") was found for ${who}.`, partySpan);
  if (!p.appointment && !p.actingInOffice) {
    w.add(
      'NO_APPOINTMENT',
      `No appointing decree was found for ${who}, and it does not say "bertindak dalam jabatannya".`,
      partySpan,
    );
  }
  if (!contact) w.add('NO_CONTACT', `No correspondence contact was found for ${who}.`, partySpan);
  return {
    ordinal: p.ordinal,
    label: p.label.value,
    institution,
    agency,
    actsFor: null,
    signatory,
    position: p.position?.value ?? '',
    address: p.address?.value ?? null,
    appointment: p.appointment?.instrument ?? null,
    contact,
    obligations: provisions?.obligations ?? [],
    rights: provisions?.rights ?? [],
    span: partySpan,
  };
}
