import 'reflect-metadata';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../../src/graphql/build-schema.js';
import { schemaFileText } from '../../../src/graphql/schema-file.js';

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run fix:schema` after changing a type or resolver)', async () => {
    const committed = fs.readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(schemaFileText(await buildGraphQLSchema()));
  });
});
