import { describe, expect, test } from 'vitest';
import { validatePage } from '../../../scripts/lib/html-validity.ts';

const page = (body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body><main><h1>Test</h1>${body}</main></body></html>`;

const codeBlock =
	'<div class="expressive-code"><figure class="frame"><pre><code><div class="ec-line">npm test</div></code></pre><div class="copy"><button title="Copy to clipboard"><div></div></button></div></figure></div>';

async function summary(body: string) {
	const report = await validatePage('test.html', page(body));
	return {
		errors: report.errors.map((message) => message.ruleId),
		setAside: [...report.setAside.values()].reduce((a, b) => a + b, 0),
	};
}

describe('validatePage', () => {
	test('passes a valid page', async () => {
		expect(await summary('<p>Hello <a href="/glossary/">glossary</a>.</p>')).toEqual({
			errors: [],
			setAside: 0,
		});
	});

	test('reports invalid content and broken references in this project’s markup', async () => {
		expect(
			(
				await summary(
					'<p><div>block in a paragraph</div></p><code><div>x</div></code><button type="reset" form="nowhere">Reset</button>',
				)
			).errors,
		).toEqual(expect.arrayContaining(['element-permitted-content', 'no-missing-references']));
	});

	test('reports a button without a type when this project writes it', async () => {
		expect((await summary('<button>Save</button>')).errors).toEqual(['no-implicit-button-type']);
	});

	test('sets aside Expressive Code’s block markup, and only inside its blocks', async () => {
		expect(await summary(codeBlock)).toEqual({ errors: [], setAside: 4 });
	});

	test('sets aside Starlight’s search button but not a look-alike of ours', async () => {
		expect(await summary('<button data-open-modal aria-label="Search">Search</button>')).toEqual({
			errors: [],
			setAside: 1,
		});
		expect((await summary('<button data-open-menu>Menu</button>')).errors).toEqual([
			'no-implicit-button-type',
		]);
	});
});
