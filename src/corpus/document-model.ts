/**
 * The layout-free form of one generated agreement (what it says, in reading order) and its
 * ground truth (what a careful reader extracts, in the parser's field names). The composer
 * builds both at once so that they cannot drift apart; the renderers only decide how the
 * same words are laid out (plain text with page noise, or converter Markdown).
 */
import type { AgreementKind, ClauseTopic, InstrumentKind } from '../domain/agreement.js';

export type Block =
  /** The title block: kind phrase, ANTARA, parties, DENGAN/DAN, TENTANG/MENGENAI, subject, one entry a line. */
  | { readonly kind: 'title'; readonly lines: readonly string[] }
  /** Document numbers ("Nomor : …"), one line each. */
  | { readonly kind: 'numbers'; readonly lines: readonly string[] }
  | { readonly kind: 'text'; readonly text: string }
  /**
   * A party paragraph. `marker` is "1." / "I." / "2."; `name` the printed name with ranks and
   * degrees; `body` everything after it. `layout`: "colon" (NAME : body), "own-line" (name on
   * its own line above the body).
   */
  | {
      readonly kind: 'party';
      readonly marker: string;
      readonly name: string;
      readonly body: string;
      readonly layout: 'colon' | 'own-line';
    }
  /** A list item; `label` null for an unlabelled item; depth 0 top, 1 nested under a paragraph. */
  | { readonly kind: 'item'; readonly label: string | null; readonly text: string; readonly depth: number }
  | {
      readonly kind: 'pasal';
      readonly word: string;
      readonly number: string;
      readonly heading: string | null;
    }
  /** Lines kept as printed (correspondence contacts); `strong` are the indexes a converter bolds. */
  | { readonly kind: 'lines'; readonly lines: readonly string[]; readonly strong: readonly number[] }
  | {
      readonly kind: 'signature';
      readonly labels: readonly string[];
      readonly names: readonly string[] | null;
    };

export interface AgreementDocument {
  readonly blocks: readonly Block[];
  /** Party labels as used in the text, for converters that bold them. */
  readonly labels: readonly string[];
  /** Running header a PDF page carries (the first party's body in capitals), or null. */
  readonly runningHeader: string | null;
  /** The hosting site whose banner a downloaded copy carries ("jdih.garutkab.go.id"), or null. */
  readonly site: string | null;
}

export interface ExpectedRef {
  readonly name: string;
  readonly key: string;
}

export interface ExpectedPerson {
  readonly name: string;
  readonly honorifics: readonly string[];
  readonly key: string;
}

export interface ExpectedAppointment {
  readonly kind: InstrumentKind;
  readonly number: string;
  readonly year: number;
  readonly date: string | null;
}

/**
 * A party as a careful reader takes it. Null means the text does not give the value with
 * confidence (a placeholder, a redaction, a form label with nothing after it, a memorandum
 * that names no PIHAK label): the parser must leave it null too.
 */
export interface ExpectedParty {
  readonly ordinal: number;
  readonly label: string | null;
  readonly institution: ExpectedRef | null;
  readonly agency: ExpectedRef | null;
  readonly signatory: ExpectedPerson | null;
  readonly position: string | null;
  /** The government the signing office acts for ("… serta sah mewakili Pemerintah Kabupaten X"). */
  readonly actsFor: ExpectedRef | null;
  readonly appointment: ExpectedAppointment | null;
  readonly contact: { readonly email: string | null; readonly phone: string | null } | null;
  readonly obligationsCount: number;
  readonly rightsCount: number;
}

export interface ExpectedLegalBasis {
  readonly kind: InstrumentKind;
  readonly issuer: string | null;
  readonly number: string | null;
  readonly year: number | null;
  readonly key: string;
  readonly amendedBy: readonly { readonly number: string; readonly year: number }[];
}

export interface ExpectedClause {
  readonly number: string;
  readonly heading: string;
  readonly topic: ClauseTopic;
}

export interface ExpectedAgreement {
  readonly kind: AgreementKind;
  /** The kind as printed in the title ("Nota Kesepahaman", "ADENDUM"); null when no title names it. */
  readonly kindName: string | null;
  /** A "Draft"/"Konsep" marker stands above the title. */
  readonly isDraft: boolean;
  readonly title: string | null;
  readonly numbers: readonly string[];
  /** Null when the signing statement is missing or a placeholder. */
  readonly signedOn: string | null;
  /** The weekday as printed, even when it disagrees with the date. */
  readonly signedDay: string | null;
  readonly place: string | null;
  readonly parties: readonly ExpectedParty[];
  readonly legalBases: readonly ExpectedLegalBasis[];
  readonly implements: { readonly numbers: readonly string[] } | null;
  readonly clauses: readonly ExpectedClause[];
  readonly durationMonths: number | null;
  readonly effectiveFrom: string | null;
  readonly expiresOn: string | null;
  readonly terminationNoticeDays: number | null;
  readonly renewable: boolean | null;
}

/** plain: PDF text with hard breaks; markdown: converter output; flattened: one line a paragraph, page furniture mid-sentence. */
export type Layout = 'plain' | 'markdown' | 'flattened';

/** bssn: the seeds' family; real-world: the shapes of ../shared/REAL-WORLD.md (other issuers, forms, drafts, traps). */
export type Family = 'bssn' | 'real-world';

export interface GroundTruthLine {
  readonly file: string;
  readonly layout: Layout;
  readonly family: Family;
  /** The shapes this text exercises ("party:form", "kind:NPHD", "trap:deed", "absent:signatory"), for accuracy by shape. */
  readonly shapes: readonly string[];
  readonly expected: ExpectedAgreement;
}
