/** One check of the source tree that needs no build: a name for the summary and the command. */
export interface StaticCheck {
	name: string;
	command: string;
	args: string[];
	/** Checks of one stage may run side by side; a stage starts when the one before has ended. */
	stage: 1 | 2;
}

/**
 * The checks that read the source without building it, in the order they start. `npm run check`
 * runs just these (about a minute); `npm test` runs them first, then the unit and browser tests.
 */
export const staticChecks: readonly StaticCheck[] = [
	// Stage 1: `astro sync` writes the content types into .astro/; the content checks read only content/.
	{ name: 'astro sync', command: 'astro', args: ['sync'], stage: 1 },
	{ name: 'content', command: 'node', args: ['scripts/validate-content.ts'], stage: 1 },
	{
		name: 'content lint (jargon, quizzes)',
		command: 'node',
		args: ['scripts/lint-content.ts'],
		stage: 1,
	},
	// Stage 2 only reads .astro/ (so astro check skips its own sync), longest first.
	{ name: 'types (astro check)', command: 'astro', args: ['check', '--noSync'], stage: 2 },
	{ name: 'lint', command: 'eslint', args: ['.', '--max-warnings', '0'], stage: 2 },
	{ name: 'types (tsc)', command: 'tsc', args: ['--noEmit'], stage: 2 },
	{ name: 'format', command: 'prettier', args: ['--check', '.'], stage: 2 },
];
