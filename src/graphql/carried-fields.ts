import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';

const CARRIED = 'carriedByParent';

/**
 * Marks a field resolver whose value a parent object may already carry, as a property of the
 * field's own name: a statement that read the nested objects with their parent (an agreement
 * page with its parties, a search hit with its agreement and article) puts them there, and the
 * field is then answered by a property read, as graphql-js's default resolver would, instead of
 * through type-graphql's handler (container lookup, parameters, the root copied into a class
 * instance) and a loader promise, once per object. A parent without the property (undefined)
 * goes to the resolver as before; null is a carried value ("read, and there is none").
 *
 * Only for fields without arguments: a carried value cannot depend on them.
 */
export function Carried(): MethodDecorator {
  return Extensions({ [CARRIED]: true });
}

/**
 * Wraps the resolver of every field marked `@Carried()` so a carried value is returned as it is.
 * Called once on the built schema (build-schema.ts).
 */
export function answerCarriedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions[CARRIED] !== true) continue;
      if (field.args.length > 0) {
        throw new Error(`${type.name}.${field.name} takes arguments, so its value cannot be carried`);
      }
      const resolve = field.resolve;
      if (!resolve) continue;
      const name = field.name;
      const carried: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const value = (source as Record<string, unknown>)[name];
        return value !== undefined ? value : resolve(source, args, context, info);
      };
      field.resolve = carried;
    }
  }
  return schema;
}
