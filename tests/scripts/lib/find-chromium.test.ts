import { describe, expect, test } from 'vitest';
import {
	findChromium,
	fullChromiumPaths,
	testChromiumPaths,
} from '../../../scripts/lib/find-chromium.ts';

describe('findChromium', () => {
	test('uses CHROME_PATH when it points at an executable', () => {
		expect(findChromium({ CHROME_PATH: process.execPath }, [])).toBe(process.execPath);
	});

	test('falls back to the first executable candidate', () => {
		expect(findChromium({}, ['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
	});

	test('prefers the headless shell to the full browser when both are installed', () => {
		const shell = testChromiumPaths.indexOf('/usr/bin/chromium-headless-shell');
		expect(shell).toBeGreaterThanOrEqual(0);
		expect(shell).toBeLessThan(testChromiumPaths.indexOf('/usr/bin/chromium'));
		expect(testChromiumPaths).toEqual(expect.arrayContaining([...fullChromiumPaths]));
	});

	test('fails with install advice when nothing is found', () => {
		expect(() => findChromium({}, ['/nonexistent/chromium'])).toThrowErrorMatchingInlineSnapshot(`
			[Error: No Chromium found, so the browser tests cannot run.
			Install one:  sudo apt-get install -y chromium-headless-shell   (Debian; or chromium)
			or point to an installed Chromium or Chrome:  CHROME_PATH=/path/to/chrome npm test]
		`);
	});

	test('fails when CHROME_PATH points nowhere instead of silently using another browser', () => {
		expect(() => findChromium({ CHROME_PATH: '/nonexistent/chrome' }, [process.execPath])).toThrow(
			'CHROME_PATH is set to /nonexistent/chrome, but nothing executable is there.',
		);
	});
});
