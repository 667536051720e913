import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema } from '../graphql/build-schema.js';
import { schemaFileText } from '../graphql/schema-file.js';
import { projectRoot } from '../server/config.js';

/** `npm run fix:schema`: writes schema/schema.graphql from the code. */
const target = path.join(projectRoot(), 'schema', 'schema.graphql');
fs.writeFileSync(target, schemaFileText(await buildGraphQLSchema()));
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
