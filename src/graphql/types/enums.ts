import { registerEnumType } from 'type-graphql';
import {
  AGREEMENT_KINDS,
  CLAUSE_TOPICS,
  INSTRUMENT_KINDS,
  type AgreementKind as DomainAgreementKind,
  type ClauseTopic as DomainClauseTopic,
  type InstrumentKind,
  type ProvisionSource as DomainProvisionSource,
} from '../../domain/agreement.js';

/** type-graphql registers enums from objects; build them from the domain's lists so they cannot drift. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const AgreementKind = enumObject<DomainAgreementKind>(AGREEMENT_KINDS);
export const DecreeKind = enumObject<InstrumentKind>(INSTRUMENT_KINDS);
export const ClauseTopic = enumObject<DomainClauseTopic>(CLAUSE_TOPICS);
export const ProvisionSource = enumObject<DomainProvisionSource>(['KEWAJIBAN', 'HAK', 'HAK_DAN_KEWAJIBAN']);
export const ProvisionKind = enumObject(['OBLIGATION', 'RIGHT'] as const);
export type ProvisionKind = keyof typeof ProvisionKind;
export const IngestStatus = enumObject(['CREATED', 'UPDATED', 'UNCHANGED'] as const);
export type IngestStatus = keyof typeof IngestStatus;
export const LegalBasisScope = enumObject(['BASIS', 'CITATION', 'ANY'] as const);
export type LegalBasisScope = keyof typeof LegalBasisScope;
export const StatsGroupBy = enumObject([
  'YEAR',
  'MONTH',
  'AGENCY',
  'INSTITUTION',
  'KIND',
  'CLAUSE_TOPIC',
  'SIGNATORY',
] as const);
export type StatsGroupBy = keyof typeof StatsGroupBy;
export const AgreementOrderField = enumObject(['SIGNED_ON', 'EXPIRES_ON', 'TITLE'] as const);
export type AgreementOrderField = keyof typeof AgreementOrderField;
export const SortDirection = enumObject(['ASC', 'DESC'] as const);
export type SortDirection = keyof typeof SortDirection;

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description:
    'PKS: Perjanjian Kerja Sama; MOU: Nota Kesepahaman / Memorandum of Understanding / Saling Pengertian / Kesepakatan Bersama; ADDENDUM: Adendum / Amandemen; NPHD: Naskah Perjanjian Hibah Daerah.',
});
registerEnumType(DecreeKind, {
  name: 'DecreeKind',
  description: 'Kind of legal instrument (law, regulation, decree, code, power of attorney).',
});
registerEnumType(ClauseTopic, { name: 'ClauseTopic', description: 'What an article (Pasal) is about.' });
registerEnumType(ProvisionSource, {
  name: 'ProvisionSource',
  description: 'The kind of article a provision was read from: KEWAJIBAN, HAK, or HAK DAN KEWAJIBAN.',
});
registerEnumType(ProvisionKind, {
  name: 'ProvisionKind',
  description: 'An obligation or a right of a party.',
});
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description:
    'CREATED: new agreement; UPDATED: an edited version replaced the stored one; UNCHANGED: same text.',
});
registerEnumType(LegalBasisScope, {
  name: 'LegalBasisScope',
  description: 'BASIS: listed in the considerations; CITATION: cited in the body; ANY: either.',
});
registerEnumType(StatsGroupBy, {
  name: 'StatsGroupBy',
  description: 'What agreementStats counts agreements by.',
  valuesConfig: {
    YEAR: { description: 'Year of signing, "2023".' },
    MONTH: { description: 'Month of signing, "2023-05".' },
    AGENCY: { description: 'Top-level agency party to it (units rolled up).' },
    INSTITUTION: {
      description: 'Body a party acts for, agency or unit (e.g. Balai Sertifikasi Elektronik).',
    },
    KIND: { description: 'PKS, MOU, ADDENDUM, …' },
    CLAUSE_TOPIC: { description: 'Topic of an article it has (TERM, CONFIDENTIALITY, …).' },
    SIGNATORY: { description: 'Official who signed it.' },
  },
});
registerEnumType(AgreementOrderField, { name: 'AgreementOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });
