// The order in which a question's choices appear on the page. Authors tend to put the right
// answer in the same place; a shuffle seeded by the module and the question keeps the page free
// of that signal and every build byte-identical.

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The display order of `count` choices, as indexes into the written order: the same module id
 * and question text always give the same order, and different questions give unrelated ones.
 */
export function getChoiceOrder(moduleId: string, question: string, count: number): number[] {
	const random = generator(hash(`${moduleId}\n${question}`));
	const order = Array.from({ length: count }, (_, i) => i);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** The choices of a question in their display order. */
export function shuffleChoices<T>(moduleId: string, question: string, choices: readonly T[]): T[] {
	return getChoiceOrder(moduleId, question, choices.length).map((index) => choices[index]!);
}
