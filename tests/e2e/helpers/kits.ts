// The session kits as the browser tests need them, read from content/talks/, so a renamed or new
// kit is tested without editing a test.
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export interface Kit {
	id: string;
	title: string;
	minutes: number;
	kind: string;
	direction: string;
	agenda: { title: string; minutes: number; slides: { title: string; say: string }[] }[];
	variants?: {
		id: string;
		title: string;
		minutes: number;
		agenda: { segment: string; minutes: number }[];
	}[];
	feedback?: string[];
	terms?: string[];
	cards?: { title: string; cards: { title: string }[] }[];
}

/** Every kit, by file name. */
export const kits: Kit[] = readdirSync('content/talks')
	.sort()
	.map((file) => {
		const source = readFileSync(`content/talks/${file}`, 'utf8');
		const data = yaml.load(source.split(/^---$/m)[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Omit<
			Kit,
			'id'
		>;
		return { ...data, id: file.replace(/\.mdx$/, '') };
	});

/** Slides in presenter mode for an agenda: its own, and the closing slide with the codes. */
export const countKitSlides = (agenda: Kit['agenda']) =>
	agenda.reduce((sum, segment) => sum + segment.slides.length, 0) + 1;

/** The title of presenter mode's closing slide. */
export const CLOSING_TITLE = 'Take this with you';
