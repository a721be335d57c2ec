import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { file, glob } from 'astro/loaders';
import { getEntryId } from './lib/validation/content-set.ts';
import { docsExtension } from './schemas/docs.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { healthDimensionSchema } from './schemas/health-check.ts';
import { moduleSchema } from './schemas/modules.ts';
import { pathSchema } from './schemas/paths.ts';
import { talkSchema } from './schemas/talks.ts';
import { winSchema } from './schemas/wins.ts';

// Wiring only: each collection's fields are documented in src/schemas/<collection>.ts.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: docsExtension }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	glossary: defineCollection({
		loader: glob({
			base: './content/glossary',
			pattern: '**/*.yaml',
			generateId: ({ entry }) => getEntryId(entry),
		}),
		schema: glossarySchema,
	}),
	modules: defineCollection({
		loader: glob({
			base: './content/modules',
			pattern: '**/*.mdx',
			generateId: ({ entry }) => getEntryId(entry),
		}),
		schema: moduleSchema,
	}),
	talks: defineCollection({
		loader: glob({
			base: './content/talks',
			pattern: '**/*.mdx',
			generateId: ({ entry }) => getEntryId(entry),
		}),
		schema: talkSchema,
	}),
	paths: defineCollection({
		loader: glob({
			base: './content/paths',
			pattern: '**/*.yaml',
			generateId: ({ entry }) => getEntryId(entry),
		}),
		schema: pathSchema,
	}),
	wins: defineCollection({
		loader: glob({
			base: './content/wins',
			pattern: '**/*.md',
			generateId: ({ entry }) => getEntryId(entry),
		}),
		schema: winSchema,
	}),
	// One file, a list of dimensions. The store does not keep the list's order, so each item
	// carries its place in the file; saved answers refer to statements by that order.
	healthCheck: defineCollection({
		loader: file('content/health-check.yaml', {
			parser: (text) =>
				(yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object[]).map((item, order) => ({
					...item,
					order,
				})),
		}),
		schema: healthDimensionSchema.extend({ order: z.number().int() }),
	}),
};
