import { stemmer } from 'stemmer';

/**
 * Everyday words that mean the same at work, so a description in other words still meets a
 * term's phrases ("my mobile was stolen" and "lost phone"). Each group is one meaning; a word
 * belongs to one group at most. Words with a second meaning at work stay out ("monitor" also
 * means watching, "client" also means software, "outlook" also means a forecast).
 */
export const synonymGroups: readonly (readonly string[])[] = [
	['laptop', 'computer', 'pc', 'desktop'],
	['phone', 'mobile', 'smartphone', 'cellphone'],
	['email', 'mail'],
	['login', 'logon', 'signin'],
	['lost', 'lose', 'stolen', 'misplaced'],
	['slow', 'sluggish', 'laggy'],
	['screen', 'display'],
	['hacker', 'attacker', 'criminal', 'criminals', 'scammer', 'fraudster'],
	['scam', 'fraud'],
	['call', 'rang'],
	['staff', 'employee', 'colleague', 'coworker', 'worker'],
	['wifi', 'wireless'],
	['restart', 'reboot'],
	['bug', 'glitch', 'defect'],
	['buy', 'purchase'],
	['ai', 'chatgpt', 'chatbot'],
	['cloud', 'aws', 'azure', 'gcp'],
	['excel', 'spreadsheet'],
];

/** Each word of a group, and its stem, to the group's own form (`~laptop`). */
const groupOf = new Map<string, string>(
	synonymGroups.flatMap((words) =>
		words.flatMap((word) => [word, stemmer(word)].map((key) => [key, `~${words[0]!}`] as const)),
	),
);

/** The form every word of a synonym group is also indexed and searched under, if any. */
export function getSynonymForm(word: string, stem: string): string | undefined {
	return groupOf.get(word) ?? groupOf.get(stem);
}
