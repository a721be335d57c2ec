// Content due for review (`npm run report:reviews [-- --json] [-- --date YYYY-MM-DD]`), grouped by owner.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	findOverdueEntries,
	formatReviewReport,
	groupByOwner,
} from '../src/lib/content/reviews.ts';
import { readContent } from '../src/lib/validation/read-content.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		json: { type: 'boolean', default: false },
		date: { type: 'string' },
	},
});
const today = values.date ? new Date(`${values.date}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
	console.error(`--date must be written YYYY-MM-DD, not "${values.date}".`);
	process.exit(2);
}
const { content } = await readContent(resolve(values.root));
const overdue = findOverdueEntries(content, today);
if (values.json)
	console.log(
		JSON.stringify(
			{ date: today.toISOString().slice(0, 10), owners: Object.fromEntries(groupByOwner(overdue)) },
			null,
			2,
		),
	);
else process.stdout.write(formatReviewReport(overdue, today));
