import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { IndexedTerm } from './index-files.ts';

/** A glossary entry as the search files need it. */
export function toIndexedTerm({ id, data }: { id: string; data: GlossaryEntry }): IndexedTerm {
	return {
		id,
		term: data.term,
		aka: data.aka,
		phrases: data.phrases,
		short: data.short,
		lens: data.lens,
	};
}
