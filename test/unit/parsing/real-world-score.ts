/**
 * Scores the parser on the invented real-world fixtures (test/fixtures/real-world): each
 * header field is compared with the value a reader wrote down in expected.json, including
 * the nulls. A non-null value where the truth is null, or a different value, is *invented*:
 * the figure that matters most, because it becomes a false node in the graph.
 */
import { readFileSync, readdirSync } from 'node:fs';

import type { Agreement } from '../../../src/domain/agreement.js';

export interface ExpectedParty {
  readonly label: string | null;
  readonly signatory: string | null;
  readonly position: string | null;
  readonly institution: string | null;
  readonly actsFor: string | null;
}

export interface Expected {
  readonly kind: string;
  readonly kindName: string | null;
  readonly isDraft: boolean;
  readonly numbers: readonly string[];
  readonly signedOn: string | null;
  readonly place: string | null;
  readonly parties: readonly ExpectedParty[];
  readonly warnings?: readonly string[];
  readonly terminationNoticeDays?: number | null;
  readonly legalBases?: ReadonlyArray<{ kind: string; number: string | null; year: number | null }>;
}

export const FIXTURE_DIR = new URL('../../fixtures/real-world/', import.meta.url);

/** Fixture file -> what a reader expects, with `sameAs` variants resolved. */
export function loadExpectations(): Map<string, Expected> {
  const raw = JSON.parse(readFileSync(new URL('expected.json', FIXTURE_DIR), 'utf8')) as Record<
    string,
    Expected | { sameAs: string }
  >;
  const out = new Map<string, Expected>();
  for (const [file, e] of Object.entries(raw)) {
    const resolved = 'sameAs' in e ? raw[e.sameAs] : e;
    if (!resolved || 'sameAs' in resolved) throw new Error(`${file}: sameAs must name a fixture with values`);
    out.set(file, resolved);
  }
  const files = readdirSync(FIXTURE_DIR).filter((f) => /\.(?:txt|md)$/.test(f));
  for (const f of files) if (!out.has(f)) throw new Error(`${f} has no expectations in expected.json`);
  return out;
}

export function readFixture(file: string): string {
  return readFileSync(new URL(file, FIXTURE_DIR), 'utf8');
}

/** The header values as the comparison sees them; an empty string counts as null. */
export function actualHeader(
  a: Agreement,
): Omit<Expected, 'warnings' | 'terminationNoticeDays' | 'legalBases'> {
  const loose = a as Agreement & { kindName?: string | null; isDraft?: boolean };
  const orNull = (s: string | null | undefined): string | null => (s ? s : null);
  return {
    kind: a.kind,
    kindName: orNull(loose.kindName),
    isDraft: loose.isDraft ?? false,
    numbers: a.numbers,
    signedOn: a.signedOn,
    place: a.place,
    parties: a.parties.map((p) => {
      const lp = p as typeof p & { actsFor?: { name: string } | null };
      return {
        label: orNull(p.label),
        signatory: orNull(p.signatory?.name),
        position: orNull(p.position),
        institution: orNull(p.institution?.name),
        actsFor: orNull(lp.actsFor?.name),
      };
    }),
  };
}

export interface Score {
  fields: number;
  right: number;
  /** A value where the truth is null, or a different value than the truth. */
  invented: number;
  /** Null where the truth has a value. */
  missed: number;
  inventedList: string[];
}

/** Compares one parse with its expectation, field by field (parties by position). */
export function scoreOne(file: string, e: Expected, a: Agreement, into: Score): void {
  const got = actualHeader(a);
  const check = (field: string, want: unknown, have: unknown): void => {
    into.fields++;
    const same = JSON.stringify(want) === JSON.stringify(have);
    if (same) into.right++;
    else if (have === null || have === false || (Array.isArray(have) && have.length === 0)) into.missed++;
    else {
      into.invented++;
      into.inventedList.push(`${file} ${field}: ${JSON.stringify(have)} (truth ${JSON.stringify(want)})`);
    }
  };
  check('kind', e.kind, got.kind);
  check('kindName', e.kindName, got.kindName);
  check('isDraft', e.isDraft, got.isDraft);
  check('numbers', e.numbers, got.numbers);
  check('signedOn', e.signedOn, got.signedOn);
  check('place', e.place, got.place);
  const n = Math.max(e.parties.length, got.parties.length);
  for (let i = 0; i < n; i++) {
    const want = e.parties[i];
    const have = got.parties[i];
    for (const k of ['label', 'signatory', 'position', 'institution', 'actsFor'] as const)
      check(`parties[${i}].${k}`, want ? want[k] : null, have ? have[k] : null);
  }
}

export function emptyScore(): Score {
  return { fields: 0, right: 0, invented: 0, missed: 0, inventedList: [] };
}
