import 'reflect-metadata';
import { graphql } from 'graphql';
import { buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { answerCarriedFields, Carried } from '../../../src/graphql/carried-fields.js';

// A field marked @Carried() is answered from its parent when the parent has a property of the
// field's name (null included), and by its resolver when the parent has none.

@ObjectType()
class Box {
  @Field(() => String)
  id!: string;
}

interface BoxRow {
  id: string;
  label?: string | null;
}

@Resolver(() => Box)
class BoxResolver {
  @Query(() => [Box])
  boxes(): BoxRow[] {
    return [{ id: 'a', label: 'carried' }, { id: 'b', label: null }, { id: 'c' }];
  }

  @FieldResolver(() => String, { nullable: true })
  @Carried()
  label(@Root() box: BoxRow, @Ctx() calls: string[]): string {
    calls.push(box.id);
    return `resolved ${box.id}`;
  }
}

describe('answerCarriedFields', () => {
  it('reads a carried value, null included, and resolves the rest', async () => {
    const schema = answerCarriedFields(await buildSchema({ resolvers: [BoxResolver], validate: false }));
    const calls: string[] = [];
    const result = await graphql({ schema, source: '{ boxes { id label } }', contextValue: calls });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      boxes: [
        { id: 'a', label: 'carried' },
        { id: 'b', label: null },
        { id: 'c', label: 'resolved c' },
      ],
    });
    expect(calls).toEqual(['c']);
  });
});
