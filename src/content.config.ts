import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { collections as table, getEntryId } from './lib/content/collections.ts';
import { docsExtension } from './schemas/docs.ts';
import { healthDimensionSchema } from './schemas/health-check.ts';

// Wiring only: each collection's folder and schema come from src/lib/content/collections.ts, and its
// fields are documented in src/schemas/<collection>.ts.
/** Astro's loader for a collection's folder, from the table. */
const folderOf = (name: 'glossary' | 'modules' | 'talks' | 'paths' | 'wins') =>
	glob({
		base: `./content/${table[name].folder}`,
		pattern: `**/*${table[name].extension}`,
		generateId: ({ entry }) => getEntryId(entry),
	});

export const collections = {
	// Guides are Starlight's docs collection, so its sidebar and i18n keep working.
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: docsExtension }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	glossary: defineCollection({ loader: folderOf('glossary'), schema: table.glossary.schema }),
	modules: defineCollection({ loader: folderOf('modules'), schema: table.modules.schema }),
	talks: defineCollection({ loader: folderOf('talks'), schema: table.talks.schema }),
	paths: defineCollection({ loader: folderOf('paths'), schema: table.paths.schema }),
	wins: defineCollection({ loader: folderOf('wins'), schema: table.wins.schema }),
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
