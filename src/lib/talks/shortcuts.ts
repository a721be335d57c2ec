/** What presenter mode can do, by the name its buttons carry in `data-action`. */
export type PresenterAction =
	'next' | 'prev' | 'pause' | 'add' | 'notes' | 'audience' | 'fullscreen' | 'help';

/** The one table of presenter keys: what the help lists, and what a key press does. */
export const presenterShortcuts: readonly {
	/** `KeyboardEvent.key` values, either case for letters. */
	keys: readonly string[];
	/** How the help writes the keys. */
	label: string;
	action: PresenterAction;
	does: string;
}[] = [
	{
		keys: ['ArrowRight', ' ', 'PageDown'],
		label: '→, Space or Page Down',
		action: 'next',
		does: 'Next slide',
	},
	{ keys: ['ArrowLeft', 'PageUp'], label: '← or Page Up', action: 'prev', does: 'Previous slide' },
	{ keys: ['p', 'P'], label: 'P', action: 'pause', does: 'Start or pause the timer' },
	{ keys: ['+', 'm', 'M'], label: '+ or M', action: 'add', does: 'Add a minute to this segment' },
	{ keys: ['n', 'N'], label: 'N', action: 'notes', does: 'Show or hide speaker notes' },
	{
		keys: ['a', 'A'],
		label: 'A',
		action: 'audience',
		does: 'Open the audience window: the slide alone, for the projector',
	},
	{ keys: ['f', 'F'], label: 'F', action: 'fullscreen', does: 'Full screen' },
	{ keys: ['?'], label: '?', action: 'help', does: 'Show this help' },
];

/** The action of a key press in presenter mode, or undefined for any other key. */
export function getShortcutAction(key: string): PresenterAction | undefined {
	return presenterShortcuts.find((shortcut) => shortcut.keys.includes(key))?.action;
}
