import { Arg, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import type { Loaders } from '../loaders/create-loaders.js';

/** How one entity is looked up by id, and what its root query is called. */
export interface EntityLookup<T> {
  /** The root query's name: `agreement`, `institution`, … */
  readonly name: string;
  readonly description?: string;
  /** The request's loader for the entity, so a lookup and the fields beside it share one batch. */
  readonly loader: (loaders: Loaders) => { load(id: string): Promise<T | null> };
}

/**
 * The base of an entity's resolver, as type-graphql's resolvers-inheritance example builds one
 * (there `ResourceResolver`):
 * an abstract resolver per entity, made by this factory, that gives it the `<name>(id: ID!)`
 * lookup every entity has (null when there is none). The subclass adds its list query and its
 * field resolvers.
 */
export function EntityResolver<T extends object>(Entity: ClassType<T>, lookup: EntityLookup<T>) {
  // Not listed in build-schema's RESOLVERS itself (type-graphql 2 builds only the listed
  // classes), so each entity's query is registered once, through its subclass.
  @Resolver(() => Entity)
  abstract class EntityResolverBase {
    @Query(() => Entity, { name: lookup.name, nullable: true, description: lookup.description })
    lookup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<T | null> {
      return lookup.loader(ctx.loaders).load(id);
    }
  }
  return EntityResolverBase;
}
