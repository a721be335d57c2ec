// The browser side of the progress store: one versioned record in localStorage, shared by all
// pages. A record that cannot be read keeps its valid entries (or is reset) with a visible notice
// instead of breaking the page, and a copy of it is kept aside for the reader to download.
import type { ProgressRecord } from '../../schemas/progress.ts';
import {
	describeNotice,
	PROGRESS_KEY,
	readProgress,
	UNREADABLE_KEY,
} from '../../lib/progress/store.ts';

/** Event fired on window after any change to progress in this tab. */
export const PROGRESS_EVENT = 'cg:progress';

let memory: string | null = null;

function readRaw(): string | null {
	try {
		return localStorage.getItem(PROGRESS_KEY);
	} catch {
		return memory;
	}
}

function writeRaw(value: string) {
	try {
		localStorage.setItem(PROGRESS_KEY, value);
	} catch {
		// Storage can be switched off; progress then lasts until the tab closes.
		memory = value;
	}
}

/** Shows a dismissible notice at the top of the page's main content. */
export function showNotice(text: string) {
	const main = document.querySelector('main');
	if (!main || main.querySelector('.cg-notice')) return;
	const notice = document.createElement('div');
	notice.className = 'cg-notice';
	notice.setAttribute('role', 'status');
	const message = document.createElement('p');
	message.textContent = text;
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = 'Dismiss';
	close.addEventListener('click', () => notice.remove());
	notice.append(message, close);
	main.prepend(notice);
}

/** A stored value that could not be used, kept aside, and when; undefined when there is none. */
export function readUnreadableCopy(): { savedAt: string; raw: string } | undefined {
	try {
		const kept = localStorage.getItem(UNREADABLE_KEY);
		return kept ? (JSON.parse(kept) as { savedAt: string; raw: string }) : undefined;
	} catch {
		return undefined;
	}
}

/** Deletes the copy kept aside. */
export function discardUnreadableCopy() {
	try {
		localStorage.removeItem(UNREADABLE_KEY);
	} catch {
		// Nothing was kept where storage is switched off.
	}
}

/** Keeps the first unusable value aside before it is replaced, so nothing is lost for good. */
function keepAside(raw: string) {
	try {
		if (localStorage.getItem(UNREADABLE_KEY) === null)
			localStorage.setItem(
				UNREADABLE_KEY,
				JSON.stringify({ savedAt: new Date().toISOString(), raw }),
			);
	} catch {
		// Storage is full or off: the notice still tells the reader what happened.
	}
}

/** The current record (its valid entries, or reset, with a notice if the stored one is unusable). */
export function loadProgress(): ProgressRecord {
	const raw = readRaw();
	const { record, notice, dropped } = readProgress(raw, new Date());
	if (notice) {
		if (raw !== null) keepAside(raw);
		writeRaw(JSON.stringify(record));
		showNotice(describeNotice(notice, dropped));
	}
	return record;
}

/** Applies a change, saves it, and tells every listener on the page. */
export function updateProgress(
	change: (record: ProgressRecord, now: Date) => ProgressRecord,
): ProgressRecord {
	const next = change(loadProgress(), new Date());
	writeRaw(JSON.stringify(next));
	window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
	return next;
}

/** Replaces the whole record (import) or clears it (`null`). */
export function replaceProgress(record: ProgressRecord | null) {
	try {
		if (record) localStorage.setItem(PROGRESS_KEY, JSON.stringify(record));
		else localStorage.removeItem(PROGRESS_KEY);
	} catch {
		memory = record ? JSON.stringify(record) : null;
	}
	window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

/** Calls back now and whenever progress changes, in this tab or another. */
export function watchProgress(listener: (record: ProgressRecord) => void) {
	const run = () => listener(loadProgress());
	window.addEventListener(PROGRESS_EVENT, run);
	window.addEventListener('storage', (event) => {
		if (event.key === PROGRESS_KEY || event.key === null) run();
	});
	run();
}

/** Marks every `[data-module-status="<id>"]` on the page as done or not. */
export function markModuleStatus(record: ProgressRecord) {
	for (const element of document.querySelectorAll<HTMLElement>('[data-module-status]')) {
		const done = Boolean(record.modules[element.dataset.moduleStatus ?? '']);
		element.dataset.done = String(done);
		const label = element.querySelector<HTMLElement>('[data-status-label]');
		if (label) label.textContent = done ? 'Completed' : '';
	}
}
