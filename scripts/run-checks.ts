// `npm run check`: the checks that need no build (content, jargon, format, lint, types), for a
// quick look before a commit. `npm test` runs the same checks and then everything else.
import { spawnSync } from 'node:child_process';
import { staticChecks } from './lib/static-checks.ts';

const failed: string[] = [];
for (const { name, command, args } of staticChecks) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (status !== 0) failed.push(name);
}
const passed = staticChecks.length - failed.length;
if (failed.length > 0) console.log(`\nFailed: ${failed.join('; ')}`);
console.log(`\n${passed} passed, ${failed.length} failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
