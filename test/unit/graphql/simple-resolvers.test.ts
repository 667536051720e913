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

  it('leaves a build without the option as type-graphql makes it', async () => {
    await buildGraphQLSchema({ simpleResolvers: true });
    const plain = await buildGraphQLSchema();
    expect(field(plain, 'Agreement', 'title').resolve).toBeTypeOf('function');
  });
});
