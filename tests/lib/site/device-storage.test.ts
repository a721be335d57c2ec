import { afterEach, expect, test, vi } from 'vitest';
import { readStorage, removeStorage, writeStorage } from '../../../src/lib/site/device-storage.ts';

afterEach(() => vi.unstubAllGlobals());

test('reads, writes and removes through localStorage', () => {
	const store = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => store.get(key) ?? null,
		setItem: (key: string, value: string) => store.set(key, value),
		removeItem: (key: string) => store.delete(key),
	});
	expect(readStorage('a')).toBeNull();
	expect(writeStorage('a', '1')).toBe(true);
	expect(readStorage('a')).toBe('1');
	removeStorage('a');
	expect(store.has('a')).toBe(false);
});

test('storage that refuses (private mode, full, switched off) never throws', () => {
	const refuse = () => {
		throw new DOMException('denied', 'SecurityError');
	};
	vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
	expect(readStorage('a')).toBeNull();
	expect(writeStorage('a', '1')).toBe(false);
	expect(() => removeStorage('a')).not.toThrow();
	vi.stubGlobal('localStorage', undefined);
	expect(readStorage('a')).toBeNull();
});
