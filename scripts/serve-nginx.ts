// Runs deploy/nginx.conf for the browser tests: the same file with the port, root, pid and log
// paths changed. `node scripts/serve-nginx.ts --dir dist --port 4329`
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4329' } },
});
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
	(path) => spawnSync(path, ['-v']).status === 0,
);
if (!nginx) {
	console.error(
		'nginx is not installed, so the hosting test cannot run. Install it: sudo apt-get install -y nginx',
	);
	process.exit(1);
}
const scratch = mkdtempSync(join(tmpdir(), 'cg-nginx-'));
const config = readFileSync('deploy/nginx.conf', 'utf8')
	.replace('pid /tmp/nginx.pid;', `pid ${scratch}/nginx.pid;`)
	.replace('error_log /dev/stderr warn;', `error_log ${scratch}/error.log warn;`)
	.replace('listen 8080;', `listen 127.0.0.1:${values.port};`)
	.replace('root /usr/share/nginx/html;', `root ${resolve(values.dir)};`)
	.replace(
		/http \{/,
		`http {\n\tclient_body_temp_path ${scratch}/body;\n\tproxy_temp_path ${scratch}/proxy;\n\tfastcgi_temp_path ${scratch}/fastcgi;\n\tuwsgi_temp_path ${scratch}/uwsgi;\n\tscgi_temp_path ${scratch}/scgi;`,
	);
// Run as root (as CI does), nginx's workers would drop to `nobody` and could not read a build in a
// private folder such as a fresh clone under mktemp; keep them as the current user instead.
const asRoot = process.getuid?.() === 0 ? 'user root;\n' : '';
const file = join(scratch, 'nginx.conf');
writeFileSync(file, asRoot + config);
const test = spawnSync(nginx, ['-t', '-c', file, '-e', `${scratch}/error.log`], {
	stdio: 'inherit',
});
if (test.status !== 0) process.exit(test.status ?? 1);
const server = spawn(nginx, ['-c', file, '-e', `${scratch}/error.log`, '-g', 'daemon off;'], {
	stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));
