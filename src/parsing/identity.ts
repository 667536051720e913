/**
 * Identity keys: when two mentions in one or many agreements are the same thing. The graph
 * loader merges nodes on these keys, so they must be stable across case, line breaks,
 * "Republik Indonesia", acronyms, ranks and degrees, and the spacing of initials. The rules
 * the loader shares (words, document numbers, the instrument key's form) are in
 * src/domain/identity.ts; what needs the parser's tables of known bodies and honorifics is here.
 */
import type { InstrumentKind } from '../domain/agreement.js';
import { instrumentKeyOf, normaliseWords } from '../domain/identity.js';
import { KNOWN_AGENCIES, KNOWN_UNITS } from './known-bodies.js';
import { memoise } from './memoise.js';
import { splitHonorifics } from './split-honorifics.js';

/** The word normalisation every key starts from (its rule lives with the other shared ones). */
export { normaliseWords };

function dropRepublik(s: string): string {
  return s
    .replace(/\brepublik indonesia\b/g, ' ')
    .replace(/\s+ri$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const ACRONYMS = new Map<string, string>();
const ALIASES: Array<[RegExp, string]> = [];
for (const body of [...KNOWN_AGENCIES, ...KNOWN_UNITS]) {
  const full = dropRepublik(normaliseWords(body.name));
  for (const a of body.acronyms) ACRONYMS.set(normaliseWords(a).replace(/ /g, ''), full);
  for (const alias of body.aliases ?? []) ALIASES.push([new RegExp(`\\b${alias}\\b`, 'g'), full]);
}
const UNIT_KEYS = KNOWN_UNITS.map((u) => {
  const unit = dropRepublik(normaliseWords(u.name));
  const parent = KNOWN_AGENCIES.find((a) =>
    a.acronyms.some((x) => x.toUpperCase() === u.parent.toUpperCase()),
  );
  const parentKey = parent ? dropRepublik(normaliseWords(parent.name)) : '';
  return { unit, qualified: parentKey ? `${unit} ${parentKey}` : unit };
});

/**
 * Identity key of a government body: lower case, diacritics and punctuation dropped,
 * "Republik Indonesia" dropped, known acronyms expanded (BSSN, BKN, BPIP, BSrE…), renamed
 * units mapped to one name, and a known unit qualified by its agency. So `BSSN`,
 * `Badan Siber dan Sandi Negara` and `BADAN SIBER DAN SANDI NEGARA REPUBLIK INDONESIA` give
 * one key, and `BSrE` equals `Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi Negara`.
 */
export const institutionKey = memoise(function institutionKey(name: string): string {
  const words = normaliseWords(name)
    .split(' ')
    .map((w) => ACRONYMS.get(w) ?? w)
    .join(' ');
  let key = dropRepublik(words);
  for (const [re, full] of ALIASES) key = key.replace(re, full);
  for (const u of UNIT_KEYS) {
    if (key === u.unit || key === u.qualified) return u.qualified;
  }
  return key;
});

/**
 * Identity key of an official: ranks and degrees dropped, case, line breaks and the dots and
 * spacing of initials folded, so `Y.B. SUSILO\nWIBOWO` and `Y. B. Susilo Wibowo, S.T., M.T.`
 * (and `YB Susilo Wibowo`) give one key.
 */
export const officialKey = memoise(function officialKey(name: string): string {
  const bareName = splitHonorifics(name.replace(/\s+/g, ' ').trim()).name;
  const words = normaliseWords(bareName).split(' ');
  // Runs of single letters are initials: "y b" and "yb" are the same.
  const out: string[] = [];
  let initials = '';
  for (const w of words) {
    if (w.length === 1) {
      initials += w;
      continue;
    }
    if (initials) out.push(initials);
    initials = '';
    if (w) out.push(w);
  }
  if (initials) out.push(initials);
  return out.join(' ');
});

const CODES: Array<[RegExp, string]> = [
  [/hukum acara pidana|kuhap/, 'kuhap'],
  [/hukum perdata|kuh ?perdata|burgerlijk wetboek|\bbw\b/, 'kuhperdata'],
  [/hukum dagang|kuhd|wetboek van koophandel/, 'kuhd'],
  [/hukum pidana|kuhp/, 'kuhp'],
];

/** The code a KITAB title names ("Kitab Undang-undang Hukum Perdata" -> "kuhperdata"). */
export function codeKey(title: string): string {
  const t = normaliseWords(title);
  for (const [re, code] of CODES) if (re.test(t)) return code;
  return t;
}

export interface InstrumentIdentity {
  readonly kind: InstrumentKind;
  readonly issuer: string | null;
  readonly number: string | null;
  readonly year: number | null;
  /** Only read for codes (KITAB), which have no number. */
  readonly title?: string | null;
}

/**
 * Identity key of a legal instrument: kind + normalised issuer + normalised number + year,
 * e.g. `KEPUTUSAN_PRESIDEN||171/TPA|2020`, `PERATURAN_MENTERI|menteri hukum|1|2024`.
 * Codes (KITAB) have no number and are keyed by the code they name: `KITAB|||kuhperdata`.
 */
export function instrumentKey(i: InstrumentIdentity): string {
  return instrumentKeyOf({
    kind: i.kind,
    issuerKey: i.issuer ? institutionKey(i.issuer) : '',
    number: i.number,
    year: i.year,
    codeKey: i.kind === 'KITAB' && !i.number ? codeKey(i.title ?? '') : null,
  });
}
