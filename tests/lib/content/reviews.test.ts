import { describe, expect, test } from 'vitest';
import { findOverdueEntries, formatReviewReport, groupByOwner } from '../../../src/lib/content/reviews.ts';
import { readContent } from '../../../src/lib/validation/read-content.ts';
import { makeFixture } from '../../helpers/content-fixture.ts';

const old = (text: string) => text.replace('reviewed: 2026-11-01', 'reviewed: 2024-01-15');

describe('review report', () => {
	test('finds an entry with an old review date and not a fresh one', async () => {
		const fixture = await makeFixture({
			'content/glossary/gross-margin.yaml': (text) => `${old(text)}owner: Finance team\n`,
		});
		try {
			const { content } = await readContent(fixture.root);
			const overdue = findOverdueEntries(content, new Date('2026-12-01T00:00:00Z'));
			expect(overdue.map(({ file, due, owner }) => ({ file, due, owner }))).toEqual([
				{ file: 'content/glossary/gross-margin.yaml', due: '2025-01-15', owner: 'Finance team' },
			]);
			expect(formatReviewReport(overdue, new Date('2026-12-01T00:00:00Z'))).toContain(
				'## Finance team (1)',
			);
		} finally {
			await fixture.cleanup();
		}
	});

	test('reviews security terms and kits with fixes every 6 months, the rest every 12', async () => {
		const fixture = await makeFixture({});
		try {
			const { content } = await readContent(fixture.root);
			const sevenMonthsLater = new Date('2027-06-01T00:00:00Z');
			const overdue = findOverdueEntries(content, sevenMonthsLater);
			expect(
				overdue.map((entry) => `${entry.kind}: ${entry.title} (${entry.intervalMonths})`),
			).toEqual(['glossary term: MFA (6)', 'session kit: Spotting phishing (6)']);
			expect(groupByOwner(overdue).map(([owner]) => owner)).toEqual(['No owner set']);
			expect(formatReviewReport([], sevenMonthsLater)).toBe(
				'Nothing is overdue for review on 2027-06-01.\n',
			);
		} finally {
			await fixture.cleanup();
		}
	});
});
