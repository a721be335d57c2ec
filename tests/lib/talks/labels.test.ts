import { describe, expect, test } from 'vitest';
import { talkDirections, talkKinds } from '../../../src/schemas/talks.ts';
import {
	directionLabels,
	getIssueHeadings,
	talkKindLabels,
} from '../../../src/lib/talks/labels.ts';
import { getLengthBucket, toFilterValue } from '../../../src/lib/talks/catalogue.ts';

describe('kit labels and catalogue values', () => {
	test('every kind and direction has a reader-facing name', () => {
		for (const kind of talkKinds) expect(talkKindLabels[kind]).toBeTruthy();
		for (const direction of talkDirections) expect(directionLabels[direction]).toBeTruthy();
	});

	test('a kit taught by a business team calls its issues misunderstandings', () => {
		expect(getIssueHeadings('business-to-it').page).toBe(
			'Common misunderstandings and what to do instead',
		);
		expect(getIssueHeadings('it-to-business').page).toBe('Common issues and fixes');
		expect(getIssueHeadings('both').handout).toBe('Common issues and how to fix them');
	});

	test('groups run times and turns audience text into filter values', () => {
		expect([30, 31, 45, 46].map(getLengthBucket)).toEqual(['short', 'medium', 'medium', 'long']);
		expect(toFilterValue('Business staff')).toBe('business-staff');
		expect(toFilterValue('  IT & Finance ')).toBe('it-finance');
	});
});
