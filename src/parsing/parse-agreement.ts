import type {
  Agreement,
  AgreementKind,
  AgreementSpanField,
  Clause,
  Contact,
  FieldEvidence,
  InstitutionRef,
  Paragraph,
  ParseWarning,
  Party,
  Person,
  Span,
} from '../domain/agreement.js';
import { AgreementParseError } from './agreement-parse-error.js';
import type { CleanText } from './clean-text.js';
import { CONTROL_CHARACTER, cleanTextTransient, foldClean, foldRange, spanOf } from './clean-text.js';
import type { CitationRegion } from './find-citations.js';
import { findCitations } from './find-citations.js';
import { institutionKey, officialKey } from './identity.js';
import { parseContacts } from './parse-contacts.js';
import { MONTH_PATTERN, addMonths, capitalise, dayName, parseDateText } from './parse-date.js';
import { parseDefinitions } from './parse-definitions.js';
import type { Heading } from './parse-heading.js';
import { kindOf, parseHeading } from './parse-heading.js';
import type { Opening } from './parse-opening.js';
import { findOpening } from './parse-opening.js';
import type { FoundParty } from './parse-parties.js';
import { parseParties } from './parse-parties.js';
import type { ScannedClause } from './parse-provisions.js';
import { parseProvisions } from './parse-provisions.js';
import type { FoundLegalBases } from './parse-recitals.js';
import { itemRange, parseImplements, parseLegalBases } from './parse-recitals.js';
import { parseTerm } from './parse-term.js';
import { implausibleInstitution, implausiblePerson, implausiblePosition } from './plausibility.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';
import { acronymOfKey, resolveAgency } from './resolve-agency.js';
import type { ClauseScan } from './split-clauses.js';
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
}

/**
 * Refuses binary data: a NUL, or more than 1% control characters or 5% U+FFFD in the first
 * 200,000 characters. Runs after cleaning, and only when the cleaning pass saw a character that
 * may be one (CleanText.mayHoldControl): most texts hold none, and cleaning has already looked
 * at every character, so they are not scanned again. Cleaning changes nothing outside its own
 * buffers, so the order does not change what is refused or why.
 */
function checkBinary(input: string): void {
  const sample = input.length > 200_000 ? input.slice(0, 200_000) : input;
  if (!CONTROL_CHARACTER.test(sample)) return;
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

type Spans = Partial<Record<AgreementSpanField, Span>>;

/**
 * Where the parts of the text begin: the heading above the opening ("Pada hari ini …"), the
 * parties after it, the recitals after the last party, the articles from "Pasal 1".
 */
interface FrontMatter {
  readonly scan: ClauseScan;
  readonly firstClause: number;
  readonly opening: Opening | null;
  readonly heading: Heading;
  readonly found: readonly FoundParty[];
  /** True when the parties are the bodies in the title of a memorandum, not PIHAK blocks. */
  readonly memorandum: boolean;
  readonly recitalsFrom: number;
}

function parseChecked(input: string): Agreement {
  // `clean` does not outlive this call, so its offset map can live in a reused buffer.
  const clean = cleanTextTransient(input);
  if (clean.mayHoldControl) checkBinary(input);
  const text = clean.text;
  if (text.trim().length === 0)
    throw new AgreementParseError('EMPTY_INPUT', 'the text holds nothing but page numbers and markup');
  const w = new Warnings();
  const spans: Spans = {};

  const front = readFrontMatter(clean);
  const { scan, firstClause, opening, heading, found, memorandum, recitalsFrom } = front;
  const bases = parseLegalBases(clean, recitalsFrom, firstClause);
  const { kind, title } = readKindAndTitle(clean, front, w, spans);
  const implementsFound = parseImplements(clean, recitalsFrom, firstClause, kind === 'ADDENDUM');

  const evidence: FieldEvidence[] = [];
  const numbers = readNumbers(heading, w, spans, evidence);
  const signed = readSigning(clean, opening, firstClause, w, spans, evidence);

  const { scanned, clauses } = readArticles(clean, scan, w);
  const provisions = parseProvisions(clean, scanned);
  if (provisions.unassigned.length > 0) {
    w.add(
      'PROVISIONS_UNASSIGNED',
      `Could not tell which party or whether right or obligation for: ${provisions.unassigned.join(', ')}.`,
    );
  }
  const contacts = parseContacts(clean, scanned);
  const definitions = parseDefinitions(clean, scanned);
  const citations = findCitations(clean, citationRegions(recitalsFrom, firstClause, bases, scanned));
  warnUnreadBases(bases, w);

  const parties: Party[] = found.map((p, index) =>
    buildParty(
      clean,
      p,
      index,
      heading.titleParties,
      contacts.get(p.ordinal) ?? null,
      provisions.byParty.get(p.ordinal),
      w,
      evidence,
      found.length,
    ),
  );
  regionalAgencies(parties);
  warnPartyCount(parties.length, memorandum, w);
  if (clauses.length === 0)
    w.add('NO_CLAUSES', 'No articles ("Pasal 1 …") were found: the text may be truncated.');

  const term = readTerm(clean, scanned, signed, clauses.length > 0, w, spans);
  if (clauses.length > 0 && scan.signatureAt === null && scanned.at(-1)?.topic !== 'CLOSING') {
    w.add(
      'TRUNCATED',
      'The text seems to end early: there is no closing article (PENUTUP) and no signature block.',
    );
  }
  warnWholeText(input, heading, evidence, w);

  return {
    kind,
    kindName: heading.kindName?.value ?? null,
    isDraft: heading.draft !== null,
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
    ...term,
    warnings: w.list,
    evidence,
    spans,
  };
}

/** Finds the heading, the opening, the parties and where the recitals start. */
function readFrontMatter(clean: CleanText): FrontMatter {
  const text = clean.text;
  const scan = splitClauses(text, 0);
  const firstClause = scan.clauses[0]?.start ?? text.length;
  const opening = findOpening(clean, 0, firstClause);
  const signedBy = /yang\s+bertanda\s+tangan/i.exec(text.slice(0, Math.min(firstClause, 20_000)));
  const headingEnd = opening?.start ?? (signedBy ? signedBy.index : Math.min(firstClause, 3000));
  const heading = parseHeading(clean, headingEnd);
  const partiesFrom =
    opening?.end ?? (signedBy ? signedBy.index : (heading.numbers.at(-1)?.end ?? heading.title?.end ?? 0));
  let found = parseParties(clean, partiesFrom, firstClause);
  const memorandum =
    found.length === 0 &&
    heading.titleParties.length >= 2 &&
    /\bPara\s+Pihak\b|\bKedua\s+belah\s+Pihak\b/i.test(text.slice(0, firstClause));
  if (memorandum) found = partiesFromTitle(heading.titleParties);

  const looksLikeAgreement =
    heading.kind !== null || opening !== null || /\bPARA\s+PIHAK\b/.test(text.slice(0, 200_000));
  if (found.length === 0 && !looksLikeAgreement) {
    throw new AgreementParseError('NOT_AN_AGREEMENT', 'no parties found: is this an agreement?');
  }
  // Recitals: between the last party and the first article.
  const recitalsFrom = memorandum ? partiesFrom : (found.at(-1)?.end ?? partiesFrom);
  return { scan, firstClause, opening, heading, found, memorandum, recitalsFrom };
}

/**
 * Memoranda between governments or bodies name no PIHAK: the parties are the bodies in the
 * title ("ANTARA X DAN Y"), called "Para Pihak" together; no signatory is named up front.
 */
function partiesFromTitle(titleParties: readonly ReadValue[]): FoundParty[] {
  return titleParties.map((t, i) => ({
    ordinal: i + 1,
    label: null,
    name: null,
    position: null,
    institution: null,
    actsFor: null,
    institutionFromPosition: false,
    rules: { name: '', position: '', institution: 'title-block' },
    formLayout: false,
    address: null,
    appointment: null,
    actingInOffice: false,
    start: t.start,
    end: t.end,
  }));
}

/**
 * The kind and title from the title block; without one, from the recital that names the
 * agreement ("… sepakat untuk melaksanakan Perjanjian Kerja Sama tentang …"), and the kind at
 * last from how the body calls itself ("Perjanjian Kerja Sama ini").
 */
function readKindAndTitle(
  clean: CleanText,
  front: FrontMatter,
  w: Warnings,
  spans: Spans,
): { kind: AgreementKind; title: string | null } {
  const { heading, recitalsFrom, firstClause } = front;
  let kind: AgreementKind | null = heading.kind;
  if (heading.kindValue) spans.kind = heading.kindValue.span;
  let title: string | null = heading.title?.value ?? null;
  if (heading.title) spans.title = heading.title.span;
  const recital = RECITAL_TITLE.exec(clean.text.slice(recitalsFrom, firstClause));
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
      kind = bodyKind(clean.text);
    }
  }
  return { kind, title };
}

/** The document numbers of the heading ("Nomor : …"); a blank or placeholder number is not kept. */
function readNumbers(heading: Heading, w: Warnings, spans: Spans, evidence: FieldEvidence[]): string[] {
  for (const ph of heading.placeholderNumbers)
    w.add(
      'NUMBER_PLACEHOLDER',
      `A document number is left blank or is a placeholder ("${ph.value.slice(0, 40)}"); it was not kept.`,
      ph.span,
    );
  const numbers = heading.numbers.map((n) => n.value);
  for (const n of heading.numbers) evidence.push(evidenceOf('numbers', 'nomor-line', n.span));
  if (numbers.length > 0)
    spans.numbers = { start: heading.numbers[0]!.span.start, end: heading.numbers.at(-1)!.span.end };
  else w.add('NO_NUMBERS', 'No document number ("Nomor : …") was found.');
  return numbers;
}

/** The articles with their paragraphs and items, and the warnings about their numbering. */
function readArticles(
  clean: CleanText,
  scan: ClauseScan,
  w: Warnings,
): { scanned: ScannedClause[]; clauses: Clause[] } {
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
      paragraphs: splitParagraphs(clean.text, c.bodyStart, c.end, notes),
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
  return { scanned, clauses };
}

/**
 * Where citations are looked for: every article, and the recitals outside the legal bases
 * (those are read as legal bases, not as citations).
 */
function citationRegions(
  recitalsFrom: number,
  firstClause: number,
  bases: FoundLegalBases | null,
  scanned: readonly ScannedClause[],
): CitationRegion[] {
  const regions: CitationRegion[] = [];
  const recitalEnd = bases ? bases.start : firstClause;
  if (recitalEnd > recitalsFrom) regions.push({ start: recitalsFrom, end: recitalEnd, clauseNumber: null });
  if (bases && bases.end < firstClause)
    regions.push({ start: bases.end, end: firstClause, clauseNumber: null });
  for (const c of scanned) regions.push({ start: c.bodyStart, end: c.end, clauseNumber: c.number });
  return regions;
}

/** A legal basis that is not a law or regulation: another agreement, or text that could not be read. */
function warnUnreadBases(bases: FoundLegalBases | null, w: Warnings): void {
  if (!bases) return;
  for (const u of bases.unread)
    if (/^(?:Kesepakatan\s+Bersama|Nota\s+Kesepa(?:haman|katan)|Perjanjian|Memorandum)\b/i.test(u.value))
      w.add(
        'RELATED_AGREEMENT',
        `An entry of the legal bases is another agreement, not a law or regulation: "${u.value.slice(0, 80)}".`,
        u.span,
      );
    else
      w.add(
        'LEGAL_BASIS_UNREAD',
        `A legal basis could not be read as a law or regulation: "${u.value.slice(0, 80)}".`,
        u.span,
      );
}

function warnPartyCount(count: number, memorandum: boolean, w: Warnings): void {
  if (count === 0) {
    w.add(
      'NO_PARTIES',
      'No parties were found ("… selanjutnya disebut PIHAK KESATU"): the text may be truncated or damaged.',
    );
  } else if (memorandum) {
    w.add(
      'PARTIES_FROM_TITLE',
      'No party labels (PIHAK …) were found; the parties are the bodies named in the title, with no signatory or position read.',
    );
  } else if (count === 1) {
    w.add('ONE_PARTY', 'Only one party was found; an agreement has at least two.');
  }
}

type TermFields = Pick<
  Agreement,
  'durationMonths' | 'effectiveFrom' | 'expiresOn' | 'terminationNoticeDays' | 'renewable'
>;

/**
 * The term article (JANGKA WAKTU): duration, start, expiry, notice and renewal. The term starts
 * on the signing date unless the article names another start; the expiry is the article's end
 * date, or the start plus the duration.
 */
function readTerm(
  clean: CleanText,
  scanned: readonly ScannedClause[],
  signed: Signing,
  hasClauses: boolean,
  w: Warnings,
  spans: Spans,
): TermFields {
  const term = parseTerm(clean, scanned);
  let durationMonths: number | null = null;
  let effectiveFrom: string | null = signed.iso;
  let expiresOn: string | null = null;
  let terminationNoticeDays: number | null = null;
  let renewable: boolean | null = null;
  if (signed.span) spans.effectiveFrom = signed.span;
  if (!term) {
    if (hasClauses)
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
      if (term.noticeDays.unit !== 'hari')
        w.add(
          'NOTICE_CONVERTED',
          `The notice period is given as "${term.noticeDays.value.value}"; it was converted to ${term.noticeDays.days} days (a month as 30 days, a week as 7).`,
          term.noticeDays.value.span,
        );
    }
    if (term.renewable) {
      renewable = term.renewable.renewable;
      spans.renewable = term.renewable.value.span;
    }
  }
  return { durationMonths, effectiveFrom, expiresOn, terminationNoticeDays, renewable };
}

/** Warnings about the text as a whole: Markdown tables, a draft mark, values read by weak rules. */
function warnWholeText(
  input: string,
  heading: Heading,
  evidence: readonly FieldEvidence[],
  w: Warnings,
): void {
  // A row needs a "|": most texts hold none, and one native search saves the per-line regex.
  const head = input.slice(0, 200_000);
  if (head.includes('|') && /^[ \t]*\|.*\|[ \t]*$/m.test(head))
    w.add(
      'MARKDOWN_TABLE',
      'Markdown table rows were read as rows of cells (the "|" borders dropped); check the values read from them.',
    );
  if (heading.draft)
    w.add(
      'DRAFT',
      `The text is marked "${heading.draft.value}" above its title: it is a draft, not a signed agreement.`,
      heading.draft.span,
    );
  for (const e of evidence)
    if (e.confidence === 'WEAK')
      w.add(
        'WEAK_VALUE',
        `The ${e.field} was read by a weak rule (${e.rule}); it is kept but not merged with other documents.`,
        e.span,
      );
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

/**
 * The signing statement of a memorandum, at its end: "Ditandatangani di Denpasar pada tanggal
 * 14 Oktober 2019". Not one cited in a recital: "… yang ditandatangani di Jakarta pada …".
 */
const SIGNED_AT = new RegExp(
  `(?<!yang\\s(?:telah\\s)?)(?:(?:[Dd]ibuat\\s+dan\\s+)?[Dd]itandatangani|[Dd]ibuat)(?:\\s+di\\s+([A-Z][\\p{L} ]{1,40}?))?\\s*(?:,\\s*|\\s+)(?:pada\\s+)?(?:hari\\s+(\\p{L}+)\\s*,?\\s+)?(?:tanggal\\s+)?(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}|\\d{1,2}\\s+bulan\\s+\\p{L}+\\s+tahun\\s+\\d{4})`,
  'gu',
);

const DAY_WORD = /^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)$/i;

function readSigning(
  clean: CleanText,
  opening: Opening | null,
  firstClause: number,
  w: Warnings,
  spans: Spans,
  evidence: FieldEvidence[],
): Signing {
  const out: Signing = { iso: null, day: null, place: null, span: null };
  if (opening) signingFromOpening(opening, out, w, spans, evidence);
  if (!out.iso && !opening?.wordsDate && !opening?.numericDate)
    signingFromClosing(clean, firstClause, out, w, spans, evidence);
  if (out.span) spans.signedOn = out.span;
  if (!out.iso) w.add('NO_SIGNING_DATE', 'No signing date was found ("Pada hari ini … tanggal …").');
  return out;
}

/**
 * "Pada hari ini Senin tanggal … (dd-mm-yyyy), bertempat di …": the date in words and its
 * numeric copy (the words win when they disagree), the day, and the place or venue.
 */
function signingFromOpening(
  opening: Opening,
  out: Signing,
  w: Warnings,
  spans: Spans,
  evidence: FieldEvidence[],
): void {
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
    evidence.push(evidenceOf('place', opening.venue ? 'venue-region' : 'opening-place', opening.place.span));
    if (opening.venue)
      w.add(
        'PLACE_FROM_VENUE',
        `The place was read from the venue "${opening.venue.value}" as ${opening.place.value}.`,
        opening.venue.span,
      );
  } else if (opening.venue) {
    w.add(
      'PLACE_VENUE_ONLY',
      `The signing took place at "${opening.venue.value}", which names no regency or city; the place is left empty.`,
      opening.venue.span,
    );
  }
  if (out.span) evidence.push(evidenceOf('signedOn', 'opening-date', out.span));
}

/**
 * With no date in the opening: the last signing statement after the articles ("Ditandatangani
 * di Denpasar pada tanggal …"). A date earlier in the text is another instrument's (a cited
 * treaty, an earlier memorandum, a decree).
 */
function signingFromClosing(
  clean: CleanText,
  firstClause: number,
  out: Signing,
  w: Warnings,
  spans: Spans,
  evidence: FieldEvidence[],
): void {
  const base = Math.max(firstClause, clean.text.length - 20_000);
  let m: RegExpExecArray | null = null;
  SIGNED_AT.lastIndex = 0;
  const tail = clean.text.slice(base);
  for (let x = SIGNED_AT.exec(tail); x; x = SIGNED_AT.exec(tail)) m = x;
  if (!m || firstClause >= clean.text.length) return;
  const date = m[3]!;
  const ds = base + m.index + m[0].lastIndexOf(date);
  out.iso = parseDateText(date.replace(/\s+(?:bulan|tahun)\s+/g, ' '));
  out.span = spanOf(clean, ds, ds + date.length);
  if (m[2] && DAY_WORD.test(m[2]) && out.iso) {
    out.day = capitalise(m[2]);
    const ys = base + m.index + m[0].indexOf(m[2]);
    spans.signedDay = spanOf(clean, ys, ys + m[2].length);
    const actual = dayName(out.iso);
    if (actual && actual.toLowerCase() !== out.day.replace(/'/g, '').toLowerCase())
      w.add(
        'DAY_MISMATCH',
        `The text says the agreement was signed on ${out.day}, but ${out.iso} was a ${actual}.`,
        spans.signedDay,
      );
  }
  if (!out.place && m[1]) {
    const ps = base + m.index + m[0].indexOf(m[1]);
    const pv = readValue(clean, ps, ps + m[1].length);
    out.place = pv.value;
    spans.place = pv.span;
    evidence.push(evidenceOf('place', 'signing-statement', pv.span));
  }
  if (out.span) evidence.push(evidenceOf('signedOn', 'signing-statement', out.span));
}

function rawValue(clean: CleanText, start: number, end: number): ReadValue {
  const s = trimmedStart(clean.text, start, end);
  const e = trimmedEnd(clean.text, s, end);
  return { value: foldRange(clean, s, e), start: s, end: e, span: spanOf(clean, s, e) };
}

/** rawValue's span alone: the folded value is not built when only the span is kept. */
function rawSpan(clean: CleanText, start: number, end: number): Span {
  const s = trimmedStart(clean.text, start, end);
  return spanOf(clean, s, trimmedEnd(clean.text, s, end));
}

function trimmedStart(t: string, start: number, end: number): number {
  let s = start;
  while (s < end && (t[s] === ' ' || t[s] === '\n')) s++;
  return s;
}

function trimmedEnd(t: string, s: number, end: number): number {
  let e = end;
  while (e > s && (t[e - 1] === ' ' || t[e - 1] === '\n')) e--;
  return e;
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
    span: rawSpan(clean, p.start, p.end),
  }));
  return {
    number: c.number,
    heading: c.heading,
    topic: c.topic,
    text: rawValue(clean, c.bodyStart, c.end).value,
    paragraphs,
    span: rawSpan(clean, c.start, c.end),
  };
}

function institutionRef(name: string, span: Span): InstitutionRef {
  const key = institutionKey(name);
  return { name, acronym: acronymOfKey(key), key, span };
}

/**
 * A regional office or hospital named without its region ("Rumah Sakit Umum Daerah Sibolga")
 * belongs to the government of that place when the same text names it ("Pemerintah Kota
 * Sibolga" as another party's body or agency): then that government is its agency. Without
 * such a mention the office stays its own agency; the text does not say Kabupaten or Kota.
 */
function regionalAgencies(parties: Party[]): void {
  const governments = new Map<string, InstitutionRef>();
  for (const p of parties)
    for (const ref of [p.institution, p.agency, p.actsFor]) {
      const g = ref && /^Pemerintah\s+(?:Kabupaten|Kota)\s+(.+)$/i.exec(ref.name);
      if (g) governments.set(g[1]!.toLowerCase(), ref);
    }
  if (governments.size === 0) return;
  parties.forEach((p, i) => {
    if (!p.institution || p.agency?.key !== p.institution.key) return;
    if (!REGIONAL_OFFICE.test(p.institution.name)) return;
    for (const [place, government] of governments) {
      if (!p.institution.name.toLowerCase().endsWith(` ${place}`)) continue;
      parties[i] = { ...p, agency: { ...government, span: p.institution.span } };
      return;
    }
  });
}

const REGIONAL_OFFICE =
  /^(?:Rumah\s+Sakit\s+Umum\s+Daerah|RSUD|UPTD?|Puskesmas|Dinas|Badan|Satuan|Sekretariat\s+Daerah|Inspektorat|Kecamatan|Kelurahan|Desa)\b/i;

/** Rules whose values are guesses: kept and shown, but kept out of entity resolution. */
const WEAK_RULES = new Set(['name-before-position-word', 'name-before-comma', 'title-block-guess']);

function evidenceOf(field: string, rule: string, span: Span): FieldEvidence {
  return { field, rule, confidence: WEAK_RULES.has(rule) ? 'WEAK' : 'STRONG', span };
}

/** What the readers of one party's values share: where to warn, and where to record evidence. */
interface PartyReading {
  readonly clean: CleanText;
  readonly p: FoundParty;
  readonly index: number;
  readonly w: Warnings;
  readonly evidence: FieldEvidence[];
  /** "party 1 (PIHAK KESATU)", for warnings. */
  readonly who: string;
  readonly partySpan: Span;
}

function buildParty(
  clean: CleanText,
  p: FoundParty,
  index: number,
  titleParties: readonly ReadValue[],
  contact: Contact | null,
  provisions: { obligations: Party['obligations']; rights: Party['rights'] } | undefined,
  w: Warnings,
  evidence: FieldEvidence[],
  partyCount: number,
): Party {
  const partySpan = spanOf(clean, p.start, p.end);
  const who = p.label ? `party ${p.ordinal} (${p.label.value})` : `party ${p.ordinal}`;
  const r: PartyReading = { clean, p, index, w, evidence, who, partySpan };
  const signatory = readSignatory(r);
  const institution = readInstitution(r, titleParties, partyCount);
  const actsFor = readActsFor(r, institution);
  const agency = agencyOf(institution, actsFor);
  const position = readPosition(r);
  if (!p.address && p.label)
    w.add('PARTY_NO_ADDRESS', `No address ("berkedudukan di …") was found for ${who}.`, partySpan);
  if (!p.appointment && !p.actingInOffice && p.label) {
    w.add(
      'NO_APPOINTMENT',
      `No appointing decree was found for ${who}, and it does not say "bertindak dalam jabatannya".`,
      partySpan,
    );
  }
  if (!contact) w.add('NO_CONTACT', `No correspondence contact was found for ${who}.`, partySpan);
  return {
    ordinal: p.ordinal,
    label: p.label?.value ?? null,
    institution,
    agency,
    actsFor,
    signatory,
    position,
    address: p.address?.value ?? null,
    appointment: p.appointment?.instrument ?? null,
    contact,
    obligations: provisions?.obligations ?? [],
    rights: provisions?.rights ?? [],
    span: partySpan,
  };
}

/** Warns that a value read for the party was not kept, and why. */
function dropValue(r: PartyReading, what: string, value: string, reason: string, span: Span): void {
  r.w.add('VALUE_DROPPED', `The ${what} of ${r.who} was not kept: "${value.slice(0, 80)}" ${reason}.`, span);
}

function addPartyEvidence(r: PartyReading, name: string, rule: string, span: Span): void {
  r.evidence.push(evidenceOf(`parties[${r.index}].${name}`, rule, span));
}

/** The signatory, honorifics split off the name; an implausible name (a placeholder, a blank form) is dropped. */
function readSignatory(r: PartyReading): Person | null {
  const { clean, p } = r;
  let signatory: Person | null = null;
  if (p.name) {
    const raw = clean.text.slice(p.name.start, p.name.end);
    const split = splitHonorifics(raw);
    const name = foldClean(split.name);
    const reason = implausiblePerson(name) ?? (p.formLayout && /^\s*$/.test(name) ? 'it is empty' : null);
    if (reason) {
      dropValue(r, 'signatory', p.name.value, reason, p.name.span);
    } else {
      signatory = {
        name,
        honorifics: split.honorifics.map(foldClean),
        key: officialKey(name),
        span: spanOf(clean, p.name.start + split.nameStart, p.name.start + split.nameEnd),
      };
      addPartyEvidence(r, 'signatory', p.rules.name, signatory.span);
    }
  }
  if (!signatory && !p.name)
    r.w.add('PARTY_NO_NAME', `No signatory name was found for ${r.who}.`, r.partySpan);
  return signatory;
}

/**
 * The body the party acts for, as the block names it; without one, the body in the title at
 * the party's place, but only when the title names exactly as many bodies as there are
 * parties: otherwise the order of the title says nothing about which body is which party.
 */
function readInstitution(
  r: PartyReading,
  titleParties: readonly ReadValue[],
  partyCount: number,
): InstitutionRef | null {
  const { p } = r;
  let institutionValue = p.institution;
  let institutionRule = p.rules.institution;
  if (institutionValue) {
    const reason = implausibleInstitution(institutionValue.value);
    if (reason) {
      dropValue(r, 'institution', institutionValue.value, reason, institutionValue.span);
      institutionValue = null;
    }
  }
  if (!institutionValue && !p.institution && (!p.label || titleParties.length === partyCount)) {
    const fromTitle = titleParties[r.index];
    if (fromTitle && !implausibleInstitution(fromTitle.value)) {
      institutionValue = fromTitle;
      institutionRule = p.label ? 'title-block-guess' : 'title-block';
    }
  }
  if (institutionValue) {
    const institution = institutionRef(institutionValue.value, institutionValue.span);
    addPartyEvidence(r, 'institution', institutionRule, institution.span);
    return institution;
  }
  if (!p.institution) {
    r.w.add(
      'PARTY_NO_INSTITUTION',
      `No body acted for ("bertindak untuk dan atas nama …") was found for ${r.who}.`,
      r.partySpan,
    );
  }
  return null;
}

/** "… serta sah mewakili Y": the body an office acts for, unless it is the institution itself. */
function readActsFor(r: PartyReading, institution: InstitutionRef | null): InstitutionRef | null {
  const { p } = r;
  if (!p.actsFor) return null;
  const reason = implausibleInstitution(p.actsFor.value);
  if (reason) {
    dropValue(r, 'body acted for', p.actsFor.value, reason, p.actsFor.span);
    return null;
  }
  const ref = institutionRef(p.actsFor.value, p.actsFor.span);
  if (ref.key === institution?.key) return null;
  addPartyEvidence(r, 'actsFor', 'serta-sah-mewakili', ref.span);
  return ref;
}

/**
 * The agency the party rolls up to: derived from the institution's name where the name says
 * (a ministry's directorate), else the body an office acts for when the name alone does not
 * say ("Rumah Sakit Umum Daerah X … serta sah mewakili Pemerintah Kabupaten X"), else the
 * institution itself.
 */
function agencyOf(institution: InstitutionRef | null, actsFor: InstitutionRef | null): InstitutionRef | null {
  if (!institution) return actsFor;
  const resolved = resolveAgency(institution.name);
  return resolved.derived
    ? institutionRef(resolved.name, institution.span)
    : actsFor && !/^Pemerintah\b/i.test(institution.name)
      ? actsFor
      : institution;
}

/** The signatory's position (jabatan); an implausible one is dropped. */
function readPosition(r: PartyReading): string | null {
  const { p } = r;
  if (p.position) {
    const reason = implausiblePosition(p.position.value);
    if (reason) {
      dropValue(r, 'position', p.position.value, reason, p.position.span);
      return null;
    }
    addPartyEvidence(r, 'position', p.rules.position, p.position.span);
    return p.position.value;
  }
  if (p.label) r.w.add('PARTY_NO_POSITION', `No position (jabatan) was found for ${r.who}.`, r.partySpan);
  return null;
}
