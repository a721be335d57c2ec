// JSON Schemas for editors, generated from the zod schemas (`npm run schemas`). The files in
// schemas/ are committed so autocompletion works right after cloning; a test keeps them current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildJsonSchemas } from './lib/json-schemas.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'schemas' } } });
mkdirSync(values.out, { recursive: true });
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
	writeFileSync(`${values.out}/${name}.schema.json`, `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`wrote ${values.out}/${name}.schema.json`);
}
