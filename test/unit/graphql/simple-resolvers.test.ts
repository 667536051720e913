import { isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../../src/graphql/build-schema.js';

// type-graphql's simple resolvers (buildGraphQLSchema({ simpleResolvers: true })): plain fields
// lose type-graphql's wrapper, field resolvers and guarded fields keep theirs.
const field = (schema: GraphQLSchema, type: string, name: string) => {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
  const f = t.getFields()[name];
  if (!f) throw new Error(`${type}.${name} does not exist`);
  return f;
};

describe('buildGraphQLSchema({ simpleResolvers })', () => {
  it('reads plain fields with the default resolver and keeps field resolvers and mutations', async () => {
    const simple = await buildGraphQLSchema({ simpleResolvers: true });
    expect(field(simple, 'Agreement', 'title').resolve).toBeUndefined();
    expect(field(simple, 'Party', 'label').resolve).toBeUndefined();
    expect(field(simple, 'Agreement', 'parties').resolve).toBeTypeOf('function');
    expect(field(simple, 'Party', 'institution').resolve).toBeTypeOf('function');
    expect(field(simple, 'Mutation', 'ingestAgreement').resolve).toBeTypeOf('function');
  });

  it('reads plain fields with the default resolver in the default build too', async () => {
    // Every object type declares simpleResolvers (src/graphql/types), so the option changes
    // nothing left; field resolvers and mutations keep their resolvers.
    const plain = await buildGraphQLSchema();
    for (const [type, name] of [
      ['Agreement', 'title'],
      ['Party', 'label'],
      ['Institution', 'name'],
      ['SearchHit', 'snippet'],
      ['AgreementConnection', 'edges'],
      ['AgreementEdge', 'node'],
      ['PageInfo', 'endCursor'],
      ['TextSpan', 'start'],
      ['ConnectionPath', 'nodes'],
    ] as const) {
      expect(field(plain, type, name).resolve, `${type}.${name}`).toBeUndefined();
    }
    expect(field(plain, 'Agreement', 'parties').resolve).toBeTypeOf('function');
    expect(field(plain, 'Agreement', 'clauses').resolve).toBeTypeOf('function');
    expect(field(plain, 'Mutation', 'ingestAgreement').resolve).toBeTypeOf('function');
  });
});
