import type { ClauseTopic, Provision, ProvisionSource } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { labelOrdinal } from './parse-parties.js';
import { itemRange } from './parse-recitals.js';
import { readValue } from './read-value.js';
import type { RawParagraph } from './split-list.js';

/** An article as ranges, with its topic and paragraphs. */
export interface ScannedClause {
  readonly number: string;
  readonly heading: string;
  readonly topic: ClauseTopic;
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
  readonly paragraphs: readonly RawParagraph[];
}

export interface PartyProvisions {
  readonly obligations: Provision[];
  readonly rights: Provision[];
}

export interface ProvisionScan {
  /** By party ordinal. */
  readonly byParty: Map<number, PartyProvisions>;
  /** Paragraphs whose party or kind could not be told, as "Pasal 4 (3)". */
  readonly unassigned: string[];
}

const SOURCES: Partial<Record<ClauseTopic, ProvisionSource>> = {
  OBLIGATIONS: 'KEWAJIBAN',
  RIGHTS: 'HAK',
  RIGHTS_AND_OBLIGATIONS: 'HAK_DAN_KEWAJIBAN',
};

/**
 * Assigns each provision of the rights and obligations articles to the party its paragraph
 * names ("(1) Kewajiban PIHAK KESATU:" -> party 1's obligations). In a "HAK DAN KEWAJIBAN"
 * article each paragraph says which it is ("Hak PIHAK KESATU", "PIHAK KEDUA berkewajiban").
 */
export function parseProvisions(clean: CleanText, clauses: readonly ScannedClause[]): ProvisionScan {
  const text = clean.text;
  const byParty = new Map<number, PartyProvisions>();
  const unassigned: string[] = [];
  for (const clause of clauses) {
    const source = SOURCES[clause.topic];
    if (!source) continue;
    for (const p of clause.paragraphs) {
      let intro = text.slice(p.bodyStart, p.introEnd).replace(/\s+/g, ' ').trim();
      if (!/PIHAK/i.test(intro)) intro = `${clause.heading} ${intro}`;
      const party = firstPartyOrdinal(intro);
      const kind = provisionKind(intro, clause.topic);
      if (party === null || kind === null) {
        if (p.items.length > 0) unassigned.push(`Pasal ${clause.number}${p.label ? ` ${p.label}` : ''}`);
        continue;
      }
      const entry = byParty.get(party) ?? { obligations: [], rights: [] };
      byParty.set(party, entry);
      const list = kind === 'RIGHTS' ? entry.rights : entry.obligations;
      const pieces =
        p.items.length > 0
          ? p.items.map((it) => ({ label: it.label, s: it.bodyStart, e: it.end }))
          : [{ label: p.label, s: p.bodyStart, e: p.end }];
      for (const piece of pieces) {
        const [s, e] = itemRange(text, piece.s, piece.e);
        const v = readValue(clean, s, e, false);
        if (!v.value) continue;
        list.push({ label: piece.label, text: v.value, source, clauseNumber: clause.number, span: v.span });
      }
    }
  }
  return { byParty, unassigned };
}

function firstPartyOrdinal(intro: string): number | null {
  const m = /(?<!PARA\s)PIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|IV|V|I{1,3})\b/i.exec(intro);
  return m ? labelOrdinal(m[0]) : null;
}

function provisionKind(intro: string, topic: ClauseTopic): 'RIGHTS' | 'OBLIGATIONS' | null {
  const lower = intro.toLowerCase();
  const right = /\bhak\b|\bberhak\b/.test(lower);
  const duty = /\bkewajiban\b|\bberkewajiban\b|\bwajib\b|\bbertanggung\s+jawab\b/.test(lower);
  if (topic === 'RIGHTS_AND_OBLIGATIONS') {
    // The word that opens the paragraph decides ("Hak PIHAK KESATU" vs "Kewajiban PIHAK KESATU").
    const hi = lower.search(/\bhak\b|\bberhak\b/);
    const di = lower.search(/\bkewajiban\b|\bberkewajiban\b|\bwajib\b/);
    if (hi >= 0 && (di < 0 || hi < di)) return 'RIGHTS';
    if (di >= 0) return 'OBLIGATIONS';
    return null;
  }
  if (topic === 'RIGHTS') return duty && !right ? 'OBLIGATIONS' : 'RIGHTS';
  return right && !duty ? 'RIGHTS' : 'OBLIGATIONS';
}
