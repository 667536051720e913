import { printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE_HEADER =
  '# Emitted from the type-graphql classes in src/graphql by `npm run fix:schema`; do not edit by hand.\n' +
  '# A unit test fails when this file and the code disagree.\n\n';

/** The SDL as committed in schema/schema.graphql, for review in diffs. */
export function schemaFileText(schema: GraphQLSchema): string {
  return SCHEMA_FILE_HEADER + printSchema(schema) + '\n';
}
