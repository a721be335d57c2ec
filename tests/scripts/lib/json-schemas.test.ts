import { readdirSync, readFileSync } from 'node:fs';
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

describe('frontmatter completion in MDX files', () => {
	// `astro sync` (run by npm test before the unit tests) writes these with contentIntellisense on.
	test('every module, kit and win file is mapped to its collection schema for the Astro editor extension', () => {
		const mapping = JSON.parse(readFileSync('.astro/collections/collections.json', 'utf8')) as {
			entries: Record<string, string>;
		};
		const mapped = Object.entries(mapping.entries).map(([url, collection]) => [
			url.replace(/^.*\/content\//, ''),
			collection,
		]);
		for (const folder of ['modules', 'talks', 'wins'])
			for (const file of readdirSync(`content/${folder}`))
				expect(mapped, `${folder}/${file}`).toContainEqual([`${folder}/${file}`, folder]);
		for (const collection of ['modules', 'talks', 'wins', 'docs'])
			expect(
				JSON.parse(readFileSync(`.astro/collections/${collection}.schema.json`, 'utf8')),
			).toHaveProperty('properties');
	});
});
