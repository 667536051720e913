/**
 * The structured form of one cooperation agreement, as the parser reads it and the
 * graph loader stores it. Plain data only: this module imports nothing, so every layer
 * (parsing, graph, graphql) can depend on it without depending on each other.
 *
 * Field names are the ones the GraphQL API exposes; keep them in step.
 */

/**
 * Half-open character range [start, end) into the exact input text the parser was given
 * (UTF-16 code units, as JavaScript strings index). It lets every answer be traced back
 * to the sentence it came from: `input.slice(span.start, span.end)`.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * PKS: Perjanjian Kerja Sama (and Kontrak, Perjanjian Kerja Sama Operasional); MOU: Nota Kesepahaman,
 * Memorandum of Understanding, Memorandum / Nota Saling Pengertian, Nota Kesepakatan, Kesepakatan
 * Bersama; ADDENDUM: Adendum, Amandemen; NPHD: Naskah Perjanjian Hibah Daerah (regional grants).
 */
export type AgreementKind = 'PKS' | 'MOU' | 'ADDENDUM' | 'NPHD' | 'OTHER';

export const AGREEMENT_KINDS: readonly AgreementKind[] = ['PKS', 'MOU', 'ADDENDUM', 'NPHD', 'OTHER'];

/** Kinds of legal instrument. "Decree" in the graph means any of these. */
export type InstrumentKind =
  | 'UNDANG_UNDANG'
  | 'PERATURAN_PEMERINTAH'
  | 'PERATURAN_PRESIDEN'
  | 'KEPUTUSAN_PRESIDEN'
  | 'PERATURAN_MENTERI'
  | 'KEPUTUSAN_MENTERI'
  | 'PERATURAN_BADAN'
  | 'KEPUTUSAN_BADAN'
  | 'PERATURAN_DAERAH'
  | 'KEPUTUSAN_KEPALA_DAERAH'
  | 'SURAT_KUASA'
  | 'KITAB'
  | 'OTHER';

export const INSTRUMENT_KINDS: readonly InstrumentKind[] = [
  'UNDANG_UNDANG',
  'PERATURAN_PEMERINTAH',
  'PERATURAN_PRESIDEN',
  'KEPUTUSAN_PRESIDEN',
  'PERATURAN_MENTERI',
  'KEPUTUSAN_MENTERI',
  'PERATURAN_BADAN',
  'KEPUTUSAN_BADAN',
  'PERATURAN_DAERAH',
  'KEPUTUSAN_KEPALA_DAERAH',
  'SURAT_KUASA',
  'KITAB',
  'OTHER',
];

export type ClauseTopic =
  | 'DEFINITIONS'
  | 'PURPOSE'
  | 'SCOPE'
  | 'OBLIGATIONS'
  | 'RIGHTS'
  | 'RIGHTS_AND_OBLIGATIONS'
  | 'FUNDING'
  | 'TERM'
  | 'INTELLECTUAL_PROPERTY'
  | 'CONFIDENTIALITY'
  | 'RESTRICTIONS'
  | 'FORCE_MAJEURE'
  | 'EVALUATION'
  | 'DISPUTE_RESOLUTION'
  | 'AMENDMENT'
  | 'CORRESPONDENCE'
  | 'CLOSING'
  | 'OTHER';

export const CLAUSE_TOPICS: readonly ClauseTopic[] = [
  'DEFINITIONS',
  'PURPOSE',
  'SCOPE',
  'OBLIGATIONS',
  'RIGHTS',
  'RIGHTS_AND_OBLIGATIONS',
  'FUNDING',
  'TERM',
  'INTELLECTUAL_PROPERTY',
  'CONFIDENTIALITY',
  'RESTRICTIONS',
  'FORCE_MAJEURE',
  'EVALUATION',
  'DISPUTE_RESOLUTION',
  'AMENDMENT',
  'CORRESPONDENCE',
  'CLOSING',
  'OTHER',
];

/** Which kind of article a provision was read from. */
export type ProvisionSource = 'KEWAJIBAN' | 'HAK' | 'HAK_DAN_KEWAJIBAN';

/**
 * A legal instrument as it is mentioned: a law, regulation, decree, code or power of
 * attorney. `key` is its identity across documents (kind + issuer + number + year).
 */
export interface Instrument {
  readonly kind: InstrumentKind;
  /** Who issued it, where the kind needs one ("Menteri Hukum", "Badan Siber dan Sandi Negara"); null for UU, PP, Perpres, Keppres, codes. */
  readonly issuer: string | null;
  /** As printed, e.g. "171/TPA", "11", "56/P"; null for codes such as KUHPerdata. */
  readonly number: string | null;
  readonly year: number | null;
  /** ISO date (YYYY-MM-DD) when the text gives one ("tanggal 24 September 2020"). */
  readonly date: string | null;
  /** The subject after "tentang", without the trailing gazette reference. */
  readonly title: string | null;
  /** "Lembaran Negara Republik Indonesia Tahun 2008 Nomor 58, Tambahan Lembaran Negara …", as printed. */
  readonly gazette: string | null;
  /** Identity key: see parsing/identity.ts `instrumentKey`. */
  readonly key: string;
  /** The mention with whitespace folded, for display. */
  readonly text: string;
  readonly span: Span;
}

/** An instrument in the considerations ("Mengingat" / "Dengan memperhatikan"). */
export interface LegalBasis extends Instrument {
  /** Instruments this one has been amended by ("sebagaimana telah diubah dengan/terakhir dengan …"), in order. */
  readonly amendedBy: readonly Instrument[];
  /** Instruments this one amends, when the text says so ("tentang Perubahan atas …"). */
  readonly amends: readonly Instrument[];
}

/** An instrument referenced anywhere in the body, not as a legal basis. */
export interface Citation {
  readonly instrument: Instrument;
  /** "Pasal 1266" when an article is cited, else null. */
  readonly article: string | null;
  /** The number of the clause (Pasal) the citation appears in, or null outside clauses. */
  readonly clauseNumber: string | null;
  readonly span: Span;
}

export interface InstitutionRef {
  /** The name as printed, whitespace folded and line breaks joined ("Badan Kepegawaian Negara"). */
  readonly name: string;
  /** Known acronym ("BSSN", "BKN") or null. */
  readonly acronym: string | null;
  /** Identity key: see parsing/identity.ts `institutionKey`. */
  readonly key: string;
  readonly span: Span;
}

export interface Person {
  /** The name without ranks and degrees, whitespace folded, as printed otherwise ("Dono Indarto"). */
  readonly name: string;
  /** Ranks, titles and degrees around the name, in order as printed ("Dr.", "S.H.", "M.H."). */
  readonly honorifics: readonly string[];
  /** Identity key: see parsing/identity.ts `officialKey`. */
  readonly key: string;
  readonly span: Span;
}

export interface Contact {
  readonly unit: string | null;
  readonly person: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly span: Span;
}

export interface Provision {
  /** The label as printed ("a.", "1)", "l."), or null when the converter lost it. */
  readonly label: string | null;
  readonly text: string;
  readonly source: ProvisionSource;
  /** Number of the clause (Pasal) it was read from. */
  readonly clauseNumber: string;
  readonly span: Span;
}

export interface Party {
  /** 1, 2, … in the order the parties are introduced. */
  readonly ordinal: number;
  /**
   * As printed after "selanjutnya disebut": "PIHAK KESATU", "PIHAK PERTAMA", "PIHAK I"; null when the
   * text names no label (memoranda between governments often say only "Para Pihak").
   */
  readonly label: string | null;
  /**
   * The office that signs ("bertindak untuk dan atas nama …"), possibly a unit; null when it could not
   * be read with confidence (a warning says why).
   */
  readonly institution: InstitutionRef | null;
  /** The top-level body the institution belongs to (ministry, agency, provincial or regency government). */
  readonly agency: InstitutionRef | null;
  /**
   * The body the office acts for, when the text says so separately ("… serta sah mewakili Pemerintah
   * Kabupaten Sukamaju"); the signing office stays `institution`.
   */
  readonly actsFor: InstitutionRef | null;
  /** Null when the name is absent, redacted, a placeholder or a form label (a warning says why). */
  readonly signatory: Person | null;
  /** Jabatan, as printed with whitespace folded; null when not read with confidence. */
  readonly position: string | null;
  readonly address: string | null;
  /** The decree that appointed the signatory; null when acting "dalam jabatannya". */
  readonly appointment: Instrument | null;
  readonly contact: Contact | null;
  readonly obligations: readonly Provision[];
  readonly rights: readonly Provision[];
  readonly span: Span;
}

export interface Item {
  readonly label: string | null;
  readonly text: string;
  readonly span: Span;
}

export interface Paragraph {
  /** "(1)" or null for an unnumbered paragraph. */
  readonly label: string | null;
  readonly text: string;
  readonly items: readonly Item[];
  readonly span: Span;
}

export interface Clause {
  /** As printed after "Pasal": "1", "12", "I". */
  readonly number: string;
  readonly heading: string;
  readonly topic: ClauseTopic;
  /** The whole article body (without the "Pasal N" line and heading), page noise removed. */
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly span: Span;
}

export interface Definition {
  readonly term: string;
  readonly meaning: string;
  readonly span: Span;
}

/** The MoU (Nota Kesepahaman) an agreement follows up. */
export interface ImplementedAgreement {
  readonly kind: AgreementKind;
  readonly numbers: readonly string[];
  readonly title: string | null;
  readonly span: Span;
}

export interface ParseWarning {
  /** Stable machine code, e.g. "DATE_MISMATCH", "NO_TERM". */
  readonly code: string;
  /** Plain words a user understands. */
  readonly message: string;
  readonly span: Span | null;
}

/** Names of the top-level scalar fields whose source span is kept in `Agreement.spans`. */
export type AgreementSpanField =
  | 'kind'
  | 'title'
  | 'numbers'
  | 'signedOn'
  | 'signedDay'
  | 'place'
  | 'durationMonths'
  | 'effectiveFrom'
  | 'terminationNoticeDays'
  | 'renewable';

/** How strongly a header value was found. */
export type Confidence = 'STRONG' | 'WEAK';

/**
 * How one extracted header value was found: where, and by which rule. A value found only by a WEAK
 * rule is kept (and shown) but stays out of entity resolution, so it never merges with other
 * documents' officials or institutions; it is also listed in `warnings`.
 */
export interface FieldEvidence {
  /** "signedOn", "place", "numbers", "parties[1].signatory", "parties[0].institution", … */
  readonly field: string;
  /** Stable name of the rule that matched, e.g. "signing-statement", "form-label-nama". */
  readonly rule: string;
  readonly confidence: Confidence;
  readonly span: Span;
}

export interface Agreement {
  readonly kind: AgreementKind;
  /**
   * The kind as printed in the title, whitespace folded, case kept ("Nota Kesepahaman", "MEMORANDUM
   * SALING PENGERTIAN", "Adendum"); null when no title names it.
   */
  readonly kindName: string | null;
  /** A "Draft" / "Konsep" marker stands above the title. */
  readonly isDraft: boolean;
  readonly title: string | null;
  /** Each document number exactly as printed, in order. */
  readonly numbers: readonly string[];
  /** ISO date (YYYY-MM-DD). */
  readonly signedOn: string | null;
  /** "Senin" … "Minggu", as printed (capitalised). */
  readonly signedDay: string | null;
  readonly place: string | null;
  readonly parties: readonly Party[];
  readonly legalBases: readonly LegalBasis[];
  readonly citations: readonly Citation[];
  readonly implements: ImplementedAgreement | null;
  readonly clauses: readonly Clause[];
  readonly definitions: readonly Definition[];
  readonly durationMonths: number | null;
  /** The start date the text states, else the signing date. */
  readonly effectiveFrom: string | null;
  /** The end date the text states; else effectiveFrom plus durationMonths (same day of month, clamped to the month's end). */
  readonly expiresOn: string | null;
  readonly terminationNoticeDays: number | null;
  /** Whether the term may be extended ("dapat diperpanjang"); null when the text does not say. */
  readonly renewable: boolean | null;
  readonly warnings: readonly ParseWarning[];
  /** How each header value was found (see FieldEvidence). */
  readonly evidence: readonly FieldEvidence[];
  /** Source spans of the scalar fields above. */
  readonly spans: Readonly<Partial<Record<AgreementSpanField, Span>>>;
}
