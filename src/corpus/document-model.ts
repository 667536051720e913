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

export interface ExpectedParty {
  readonly ordinal: number;
  readonly label: string;
  readonly institution: ExpectedRef;
  readonly agency: ExpectedRef;
  readonly signatory: ExpectedPerson;
  readonly position: string;
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
  readonly title: string | null;
  readonly numbers: readonly string[];
  readonly signedOn: string;
  readonly signedDay: string;
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

export type Layout = 'plain' | 'markdown';

export interface GroundTruthLine {
  readonly file: string;
  readonly layout: Layout;
  readonly expected: ExpectedAgreement;
}
