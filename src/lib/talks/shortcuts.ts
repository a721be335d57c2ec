/** What presenter mode can do, by the name its buttons carry in `data-action`. */
export type PresenterAction =
	| 'next'
	| 'prev'
	| 'first'
	| 'last'
	| 'pause'
	| 'add'
	| 'notes'
	| 'audience'
	| 'fullscreen'
	| 'end'
	| 'help';

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
	{ keys: ['Home'], label: 'Home', action: 'first', does: 'First slide' },
	{ keys: ['End'], label: 'End', action: 'last', does: 'Last slide: the codes to scan' },
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
	{
		keys: ['e', 'E'],
		label: 'E',
		action: 'end',
		does: 'End the session: planned and actual time of each segment',
	},
	{ keys: ['?'], label: '?', action: 'help', does: 'Show this help' },
];

/** The action of a key press in presenter mode, or undefined for any other key. */
export function getShortcutAction(key: string): PresenterAction | undefined {
	return presenterShortcuts.find((shortcut) => shortcut.keys.includes(key))?.action;
}
