import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { infoOf } from '../../helpers/resolve-info.js';
import { agreementPageCypher } from '../../../src/graph/read/list-queries.js';
import { expiringAgreementsCypher } from '../../../src/graph/read/relationship-queries.js';
import { buildGraphQLSchema } from '../../../src/graphql/build-schema.js';
import { searchCypher } from '../../../src/graph/read/search-queries.js';
import { partySelection, RESOLVED_FROM_ID, selectedEntries } from '../../../src/graphql/field-selection.js';

// The agreement page reads only the party fields a request selects; a field it does not know
// makes it read every field instead (always a correct answer).

const NEWEST = { field: 'SIGNED_ON', descending: true } as const;

describe('partySelection', () => {
  it('names the party fields and, per link, the fields selected, through fragments and aliases', () => {
    const selection = partySelection(
      infoOf(`{ agreements { edges { node { parties { ordinal label obligations { text }
        ...Side one: institution { name } two: institution { acronym } } } } } }
        fragment Side on Party { position signatory { name } appointment { __typename number parent: amends { id } } }`),
    );
    expect(selection).toEqual({
      party: ['ordinal', 'label', 'position'],
      links: { institution: ['name', 'acronym'], signatory: ['name'], appointment: ['number'] },
    });
    const cypher = agreementPageCypher({}, NEWEST, { withParties: true, partyFields: selection });
    expect(cypher).toContain('RETURN p { .id, .ordinal, .label, .position,');
    expect(cypher).toContain(
      'institution: head(COLLECT { MATCH (p)-[:ACTS_FOR]->(i:Institution) RETURN i { .id, .name, .acronym } })',
    );
    expect(cypher).toContain(
      'appointment: head(COLLECT { MATCH (p)-[:APPOINTED_UNDER]->(d:Decree) RETURN d { .id, .number } })',
    );
    expect(cypher).not.toMatch(/agency:|actsFor:|span:|contact:|\.signatoryName/);
  });

  it('reads every field when a selected field is not in its tables', () => {
    expect(
      partySelection(infoOf('{ agreements { edges { node { parties { label notAField } } } } }')),
    ).toBeNull();
    expect(
      partySelection(infoOf('{ agreements { edges { node { parties { agency { name notAField } } } } } }')),
    ).toBeNull();
  });

  it('knows every field of the party, body, official and decree types in the schema', async () => {
    // So today no selection falls back to every field: each field is read or resolved from the id.
    const schema = await buildGraphQLSchema();
    for (const type of ['Party', 'Institution', 'Official', 'Decree'] as const) {
      const t = schema.getType(type);
      if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
      const fields = Object.keys(t.getFields()).filter(
        (f) =>
          !RESOLVED_FROM_ID[type].has(f) &&
          !['institution', 'agency', 'actsFor', 'signatory', 'appointment'].includes(f),
      );
      const query =
        type === 'Party'
          ? `{ agreements { edges { node { parties { ${fields.join(' ')} } } } } }`
          : `{ agreements { edges { node { parties { ${type === 'Institution' ? 'agency' : type === 'Official' ? 'signatory' : 'appointment'} { ${fields.join(' ')} } } } } } }`;
      expect(partySelection(infoOf(query)), type).not.toBeNull();
    }
  });
});

describe('selectedEntries (search hits)', () => {
  it("reads the hit's agreement and article fields the request selects, whatever else it asks", async () => {
    const info = infoOf(`{ search(text: "x") { id agreement { title signedOn parties { label } }
      clause { number ... on Clause { heading provisions { text } } } } }`);
    const agreementFields = selectedEntries(info, ['agreement'], 'Agreement');
    const clauseFields = selectedEntries(info, ['clause'], 'Clause');
    expect(agreementFields).toEqual(['title', 'signedOn']);
    expect(clauseFields).toEqual(['number', 'heading']);
    const cypher = searchCypher({ withAgreement: true, withClause: true, agreementFields, clauseFields });
    expect(cypher).toContain('a { .id, .title, signedOn: toString(a.signedOn) } AS agreement');
    expect(cypher).toContain('c { .id, .number, .heading } AS clause');
    expect(
      selectedEntries(infoOf('{ search(text: "x") { clause { number nope } } }'), ['clause'], 'Clause'),
    ).toBeNull();
    // Every field of Agreement and Clause is read or resolved from the id.
    const schema = await buildGraphQLSchema();
    for (const type of ['Agreement', 'Clause'] as const) {
      const t = schema.getType(type);
      if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
      const path = type === 'Agreement' ? 'agreement' : 'clause';
      const all = Object.keys(t.getFields()).join(' ');
      expect(
        selectedEntries(infoOf(`{ search(text: "x") { ${path} { ${all} } } }`), [path], type),
        type,
      ).not.toBeNull();
    }
  });
});

describe('selectedEntries (the agreement page)', () => {
  it('reads the agreement fields the page selects, leaving out those resolved from the id', () => {
    const info = infoOf(`{ agreements { totalCount edges { node { id title ... on Agreement { signedOn }
      parties { label } warnings { code } } } } }`);
    const agreementFields = selectedEntries(info, ['edges', 'node'], 'Agreement');
    expect(agreementFields).toEqual(['id', 'title', 'signedOn']);
    const cypher = agreementPageCypher({}, NEWEST, { withParties: true, agreementFields });
    expect(cypher).toContain('{agreement: a { .id, .title, signedOn: toString(a.signedOn) },');
    // Without a selection (or with a field the tables do not know) every field is read.
    expect(agreementPageCypher({}, NEWEST, { withParties: false })).toContain(
      '{agreement: a { .id, .kind, .kindName,',
    );
    expect(
      selectedEntries(
        infoOf('{ agreements { edges { node { title nope } } } }'),
        ['edges', 'node'],
        'Agreement',
      ),
    ).toBeNull();
  });
});

describe('selectedEntries (the agreement lists)', () => {
  it('reads the fields selected on the items, through fragments and aliases, leaving out those resolved from the id', () => {
    const info = infoOf(`{ expiringAgreements(withinDays: 30) { __typename ends: expiresOn ...T
      ... on Agreement { durationMonths } parties { label } implements { id kind } } }
      fragment T on Agreement { title expiresOn }`);
    const fields = selectedEntries(info, [], 'Agreement');
    expect(fields).toEqual(['expiresOn', 'title', 'durationMonths']);
    expect(expiringAgreementsCypher(fields)).toContain(
      'RETURN a { .id, .title, .durationMonths, expiresOn: toString(a.expiresOn) } AS agreement',
    );
    expect(
      selectedEntries(infoOf('{ agreementsBetween(agencyA: "a", agencyB: "b") { nope } }'), [], 'Agreement'),
    ).toBeNull();
  });
});
