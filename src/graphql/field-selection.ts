import type { GraphQLResolveInfo } from 'graphql';
import { CLAUSE_ENTRIES, PARTY_ENTRIES } from '../graph/read/entity-queries.js';
import type { PartyFieldSelection, PartyLink } from '../graph/read/list-queries.js';
import {
  agreementEntries,
  decreeEntries,
  institutionEntries,
  officialEntries,
} from '../graph/read/records.js';
import { selectedFieldNames } from './selects-path.js';

type Entity = 'Agreement' | 'Clause' | 'Party' | 'Institution' | 'Official' | 'Decree';

/** The plain fields of each type the page statement can read (the graph layer's entry tables). */
const READABLE: Record<Entity, ReadonlySet<string>> = {
  Agreement: new Set(Object.keys(agreementEntries('a'))),
  Clause: new Set(Object.keys(CLAUSE_ENTRIES)),
  // agreementId is the record's, not a GraphQL field.
  Party: new Set(Object.keys(PARTY_ENTRIES).filter((name) => name !== 'agreementId')),
  Institution: new Set(Object.keys(institutionEntries('i'))),
  Official: new Set(Object.keys(officialEntries('o'))),
  Decree: new Set(Object.keys(decreeEntries('d'))),
};

/**
 * The fields of each type that a field resolver answers from the object's id (obligations of a
 * party, units of an institution, …): the statement reads only the id for them.
 */
export const RESOLVED_FROM_ID: Record<Entity, ReadonlySet<string>> = {
  Agreement: new Set([
    'parties',
    'clauses',
    'legalBases',
    'citations',
    'implements',
    'implementedBy',
    'definitions',
    'source',
    'warnings',
  ]),
  Clause: new Set(['provisions']),
  Party: new Set(['obligations', 'rights']),
  Institution: new Set(['parent', 'units', 'agreements', 'signatories']),
  Official: new Set(['positions', 'decrees', 'agreements', 'institutions']),
  Decree: new Set(['amends', 'amendedBy', 'citedBy', 'basisOf', 'appoints']),
};

const LINK_TYPE: Record<PartyLink, Entity> = {
  institution: 'Institution',
  agency: 'Institution',
  actsFor: 'Institution',
  signatory: 'Official',
  appointment: 'Decree',
};

/** The readable fields among `names`; null when one is neither readable nor resolved from the id. */
function readable(type: Entity, names: Iterable<string>): string[] | null {
  const out: string[] = [];
  for (const name of names) {
    if (name === '__typename' || RESOLVED_FROM_ID[type].has(name)) continue;
    if (!READABLE[type].has(name)) return null;
    out.push(name);
  }
  return out;
}

/**
 * What the agreement page's statement must read of each party for this request: the party
 * fields and, per link selected, the fields of the body, official or decree, as the selection
 * under `edges.node.parties` names them (through fragments and aliases). The parties then
 * travel as exactly those fields, so nothing that is not asked for is read, sent or decoded.
 *
 * Null, meaning "read every field", when the selection names a field this table does not know
 * (a field added to a type later): the complete records are always a correct answer.
 */
export function partySelection(info: GraphQLResolveInfo): PartyFieldSelection | null {
  const path = ['edges', 'node', 'parties'];
  const party: string[] = [];
  const links: Partial<Record<PartyLink, readonly string[]>> = {};
  for (const name of selectedFieldNames(info, path)) {
    if (name in LINK_TYPE) {
      const link = name as PartyLink;
      const fields = readable(LINK_TYPE[link], selectedFieldNames(info, [...path, link]));
      if (fields === null) return null;
      links[link] = fields;
    } else {
      const fields = readable('Party', [name]);
      if (fields === null) return null;
      party.push(...fields);
    }
  }
  return { party, links };
}

/**
 * The fields of the `type` object at `path` (below the field being resolved) that a statement
 * must read for this request, as partySelection does for the parties; null: read every field.
 */
export function selectedEntries(
  info: GraphQLResolveInfo,
  path: readonly string[],
  type: Entity,
): string[] | null {
  return readable(type, selectedFieldNames(info, path));
}
