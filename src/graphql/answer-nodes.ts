import type { LinkedPartyRecord, PartyRecord } from '../graph/read/entity-queries.js';
import type {
  AgreementRecord,
  DecreeRecord,
  InstitutionRecord,
  OfficialRecord,
} from '../graph/read/records.js';
import type { PartyNodeRecord } from '../graph/read/list-queries.js';
import type { SearchHitRecord } from '../graph/read/search-queries.js';

/**
 * Answers built once from one statement's records, as plain objects whose properties are named
 * like the GraphQL fields they answer, so graphql-js reads them instead of running a resolver
 * per object (see carried-fields.ts). The values are the records the loaders would return for
 * the same keys: the statements share the projections (records.ts, entity-queries.ts).
 */

/** A party with the bodies, signatory and decree its fields resolve to. */
export interface PartyNode extends PartyRecord {
  readonly institution: InstitutionRecord | null;
  readonly agency: InstitutionRecord | null;
  readonly actsFor: InstitutionRecord | null;
  readonly signatory: OfficialRecord | null;
  readonly appointment: DecreeRecord | null;
}

/**
 * An agreement, with its parties when the statement read them: whole (PartyNode), or only the
 * fields the request selects (PartyNodeRecord, see field-selection.ts).
 */
export interface AgreementNode extends AgreementRecord {
  readonly parties?: PartyNode[] | PartyNodeRecord[];
}

export function partyNode({
  party,
  institution,
  agency,
  actsFor,
  signatory,
  appointment,
}: LinkedPartyRecord): PartyNode {
  return { ...party, institution, agency, actsFor, signatory, appointment };
}

/** A search hit as the graph layer reads it, with its agreement and article when the request selects them. */
export type SearchHitNode = SearchHitRecord;
