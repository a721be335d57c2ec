import { z } from 'astro/zod';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideFrontmatterSchema } from '../../src/schemas/guides.ts';
import { healthCheckSchema } from '../../src/schemas/health-check.ts';
import { moduleSchema } from '../../src/schemas/modules.ts';
import { pathSchema } from '../../src/schemas/paths.ts';
import { talkSchema } from '../../src/schemas/talks.ts';
import { winSchema } from '../../src/schemas/wins.ts';

const collections = {
	glossary: glossarySchema,
	module: moduleSchema,
	talk: talkSchema,
	path: pathSchema,
	win: winSchema,
	guide: guideFrontmatterSchema,
	'health-check': healthCheckSchema,
};

/** Dates are written as YYYY-MM-DD in content files. */
const dateSchema = { type: 'string', format: 'date', description: 'A date written as YYYY-MM-DD.' };

/** Replaces the schema of a date field (a Date-or-string union zod cannot express) with a string date. */
function fixDates(node: unknown): unknown {
	const describe = (value: object) =>
		'description' in value && typeof value.description === 'string'
			? { description: value.description }
			: {};
	if (Array.isArray(node)) return node.map(fixDates);
	if (typeof node !== 'object' || node === null) return node;
	const entries = Object.entries(node as Record<string, unknown>).map(([key, value]) => {
		if (
			(key === 'reviewed' || key === 'date') &&
			typeof value === 'object' &&
			value !== null &&
			'anyOf' in value
		)
			return [key, { ...dateSchema, ...describe(value) }];
		return [key, fixDates(value)];
	});
	return Object.fromEntries(entries);
}

/** A JSON Schema (draft 2020-12) per content type, as authors write it (input side of zod). */
export function buildJsonSchemas(): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(collections).map(([name, schema]) => [
			name,
			fixDates({
				$id: `https://common-ground.invalid/schemas/${name}.schema.json`,
				title: `Common Ground ${name}`,
				...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
			}),
		]),
	);
}
