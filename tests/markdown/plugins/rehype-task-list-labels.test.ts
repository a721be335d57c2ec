import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeTaskListLabels } from '../../../src/markdown/plugins/rehype-task-list-labels.ts';

const render = (markdown: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkRehype)
			.use(rehypeTaskListLabels)
			.use(rehypeStringify)
			.processSync(markdown),
	);

describe('rehypeTaskListLabels', () => {
	test('names each checkbox after its item text', () => {
		expect(render('- [ ] Set up **MFA**\n- [x] Read the guide')).toMatchInlineSnapshot(`
			"<ul class="contains-task-list">
			<li class="task-list-item"><input type="checkbox" disabled aria-label="Set up MFA"> Set up <strong>MFA</strong></li>
			<li class="task-list-item"><input type="checkbox" checked disabled aria-label="Read the guide"> Read the guide</li>
			</ul>"
		`);
	});

	test('leaves ordinary lists alone', () => {
		expect(render('- plain item')).toBe('<ul>\n<li>plain item</li>\n</ul>');
	});
});
