import { expect, test } from 'vitest';
import { getShortcutAction, presenterShortcuts } from '../../../src/lib/talks/shortcuts.ts';

test('each key does what the help says, in either case, and other keys do nothing', () => {
	expect(
		[
			'ArrowRight',
			' ',
			'PageDown',
			'ArrowLeft',
			'Home',
			'End',
			'p',
			'P',
			'+',
			'M',
			'n',
			'a',
			'F',
			'e',
			'?',
		].map(getShortcutAction),
	).toEqual([
		'next',
		'next',
		'next',
		'prev',
		'first',
		'last',
		'pause',
		'pause',
		'add',
		'add',
		'notes',
		'audience',
		'fullscreen',
		'end',
		'help',
	]);
	expect(getShortcutAction('x')).toBeUndefined();
	expect(getShortcutAction('Enter')).toBeUndefined();
});

test('no key has two meanings, and every letter works in both cases', () => {
	const keys = presenterShortcuts.flatMap((shortcut) => shortcut.keys);
	expect(new Set(keys).size).toBe(keys.length);
	for (const key of keys.filter((each) => /^[a-z]$/i.test(each)))
		expect(getShortcutAction(key.toLowerCase())).toBe(getShortcutAction(key.toUpperCase()));
});
