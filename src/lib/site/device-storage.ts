// localStorage that never throws: private browsing, a full quota or storage switched off make a
// read give null and a write do nothing, so a page keeps working without saving.

/** The saved text under `key`, or null when there is none or storage is unavailable. */
export function readStorage(key: string): string | null {
	try {
		return globalThis.localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Saves `value` under `key`; false when storage refused it. */
export function writeStorage(key: string, value: string): boolean {
	try {
		globalThis.localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/** Removes `key`, if storage is available. */
export function removeStorage(key: string): void {
	try {
		globalThis.localStorage.removeItem(key);
	} catch {
		// Nothing to remove when storage is switched off.
	}
}
