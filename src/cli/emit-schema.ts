import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema } from '../graphql/build-schema.js';
import { schemaFileText } from '../graphql/schema-file.js';
import { projectRoot } from '../server/config.js';
import { EMIT_SCHEMA_USAGE, exitWithHelpIfAsked } from './help.js';

/** `npm run fix:schema`: writes schema/schema.graphql from the code. */
exitWithHelpIfAsked(process.argv.slice(2), EMIT_SCHEMA_USAGE);
const target = path.join(projectRoot(), 'schema', 'schema.graphql');
fs.writeFileSync(target, schemaFileText(await buildGraphQLSchema()));
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
