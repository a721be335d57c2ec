/** One check of the source tree that needs no build: a name for the summary and the command. */
export interface StaticCheck {
	name: string;
	command: string;
	args: string[];
}

/**
 * The checks that read the source without building it, in the order they run. `npm run check`
 * runs just these (about a minute); `npm test` runs them first, then the unit and browser tests.
 */
export const staticChecks: readonly StaticCheck[] = [
	{ name: 'content', command: 'node', args: ['scripts/validate-content.ts'] },
	{ name: 'content lint (jargon, quizzes)', command: 'node', args: ['scripts/lint-content.ts'] },
	{ name: 'astro sync', command: 'astro', args: ['sync'] },
	{ name: 'format', command: 'prettier', args: ['--check', '.'] },
	{ name: 'lint', command: 'eslint', args: ['.', '--max-warnings', '0'] },
	{ name: 'types (tsc)', command: 'tsc', args: ['--noEmit'] },
	{ name: 'types (astro check)', command: 'astro', args: ['check'] },
];
