import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildJsonSchemas } from '../../../scripts/lib/json-schemas.ts';
import { glossarySchema } from '../../../src/schemas/glossary.ts';

const schemas = buildJsonSchemas();

describe('JSON Schemas for editors', () => {
	test.each(Object.keys(schemas))(
		'schemas/%s.schema.json is up to date (run npm run schemas)',
		(name) => {
			const committed: unknown = JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8'));
			expect(committed).toEqual(schemas[name]);
		},
	);

	test('describe every field, reject unknown ones, and write dates as strings', () => {
		const glossary = schemas.glossary as {
			properties: Record<string, { format?: string }>;
			additionalProperties: boolean;
		};
		expect(Object.keys(glossary.properties).sort()).toEqual(
			Object.keys(glossarySchema.shape).sort(),
		);
		expect(glossary.additionalProperties).toBe(false);
		expect(glossary.properties.reviewed!.format).toBe('date');
	});
});
