import { describe, expect, test } from 'vitest';
import { getTeamName, joinTeams } from '../../../src/lib/wins/teams.ts';

describe('team names', () => {
	test('read well in a sentence', () => {
		expect(getTeamName('customer-service')).toBe('Customer service');
		expect(getTeamName('finance')).toBe('Finance');
		expect(joinTeams(['it', 'finance'])).toBe('IT and Finance');
		expect(joinTeams(['it', 'sales', 'marketing'])).toBe('IT, Sales and Marketing');
		expect(joinTeams(['hr'])).toBe('HR');
	});
});
