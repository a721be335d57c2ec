// Creates a content file from a template: `npm run new -- <term|module|talk|path|guide|win> <id>`.
// Missing values are asked for in a terminal, or given as flags (--title, --lens, --category,
// --track, --audience, --teams).
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { scaffold } from './lib/scaffold.ts';
import { templates, type TemplateName } from '../src/lib/content/templates.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		root: { type: 'string', default: '.' },
		title: { type: 'string' },
		lens: { type: 'string' },
		category: { type: 'string' },
		track: { type: 'string' },
		audience: { type: 'string' },
		teams: { type: 'string' },
	},
});
const [type, id] = positionals as [string | undefined, string | undefined];
const usage = `Usage: npm run new -- <${Object.keys(templates).join('|')}> <id> [--title "…"]`;
if (!type || !(type in templates) || !id) {
	console.error(usage);
	process.exit(2);
}

const template = templates[type as TemplateName];
const answers: Record<string, string> = {};
const prompt = process.stdin.isTTY
	? createInterface({ input: process.stdin, output: process.stdout })
	: undefined;
for (const ask of template.asks) {
	let answer = values[ask.name as keyof typeof values];
	while (!answer && prompt) {
		answer = (
			await prompt.question(
				`${ask.question}${ask.choices ? ` (${ask.choices.join(' / ')})` : ''}: `,
			)
		).trim();
		if (ask.choices && !ask.choices.includes(answer)) answer = undefined;
	}
	if (!answer) {
		console.error(`Missing --${ask.name}: ${ask.question}.\n${usage}`);
		process.exit(2);
	}
	answers[ask.name] = answer;
}
prompt?.close();

const result = await scaffold(values.root, type as TemplateName, id, answers, new Date());
if ('error' in result) {
	console.error(result.error);
	process.exitCode = 1;
} else {
	console.log(
		`Created ${result.file}.\nEdit it, then preview it with: npm run dev and open http://localhost:4321${result.preview}`,
	);
	console.log('npm run validate lists every prompt in it still to replace.');
}
