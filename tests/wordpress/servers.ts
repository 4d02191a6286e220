/**
 * Debian's MariaDB, PHP-FPM and nginx as plain processes of this suite (never systemctl: Debian's
 * policy may keep services from starting on install), each with its data, socket, pid and logs in
 * the suite's work folder. Root runs them as root (`--user=root`, `php-fpm -R`), as CI does.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { running, waitFor, type RunningServer as Running } from '../server-process';

export type { Running };

const isRoot = process.getuid?.() === 0;

/** The Debian packages this suite runs (scripts/setup.sh --wordpress installs them). */
export const BINARIES = {
	mariadbInstall: '/usr/bin/mariadb-install-db',
	mariadbd: '/usr/sbin/mariadbd',
	phpFpm: '/usr/sbin/php-fpm8.2',
	php: '/usr/bin/php',
	nginx: '/usr/sbin/nginx',
	wordpress: '/usr/share/wordpress'
};

export function missingBinaries(): string[] {
	return Object.values(BINARIES).filter((path) => !existsSync(path));
}

function start(command: string, args: string[], dir: string, name: string): ChildProcess {
	const out = openSync(join(dir, `${name}.out.log`), 'a');
	return spawn(command, args, { stdio: ['ignore', out, out] });
}

/** A fresh MariaDB in `dir`, on a Unix socket only, with an empty `wordpress` database. */
export async function startMariaDb(dir: string): Promise<Running & { socket: string }> {
	const data = join(dir, 'data');
	const socket = join(dir, 'mariadb.sock');
	const user = isRoot ? ['--user=root'] : [];
	execFileSync(
		BINARIES.mariadbInstall,
		[
			'--no-defaults',
			`--datadir=${data}`,
			'--auth-root-authentication-method=normal',
			'--skip-test-db',
			...user
		],
		{ stdio: 'pipe' }
	);
	const log = join(dir, 'mariadb.err');
	const child = start(
		BINARIES.mariadbd,
		[
			'--no-defaults',
			`--datadir=${data}`,
			`--socket=${socket}`,
			'--skip-networking',
			`--pid-file=${join(dir, 'mariadb.pid')}`,
			`--log-error=${log}`,
			'--innodb-buffer-pool-size=32M',
			...user
		],
		dir,
		'mariadb'
	);
	await waitFor({ socket }, child, log);
	execFileSync(
		'/usr/bin/mariadb',
		['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress'],
		{
			stdio: 'pipe'
		}
	);
	return { ...running('MariaDB', child), socket };
}

/** PHP-FPM with one pool on a Unix socket in `dir`, readable by nginx's workers. */
export async function startPhpFpm(dir: string): Promise<Running & { socket: string }> {
	const socket = join(dir, 'php-fpm.sock');
	const log = join(dir, 'php-fpm.log');
	const conf = join(dir, 'php-fpm.conf');
	await writeFile(
		conf,
		[
			'[global]',
			`pid = ${join(dir, 'php-fpm.pid')}`,
			`error_log = ${log}`,
			'daemonize = no',
			'[wordpress]',
			...(isRoot ? ['user = root', 'group = root'] : []),
			`listen = ${socket}`,
			'listen.mode = 0666',
			'pm = static',
			'pm.max_children = 4',
			'catch_workers_output = yes',
			'php_admin_flag[log_errors] = on',
			`php_admin_value[error_log] = ${join(dir, 'php-errors.log')}`
		].join('\n')
	);
	const child = start(BINARIES.phpFpm, ['-F', '-y', conf, ...(isRoot ? ['-R'] : [])], dir, 'php-fpm');
	await waitFor({ socket }, child, log);
	return { ...running('PHP-FPM', child), socket };
}

/**
 * One nginx: each WordPress site (PHP through FastCGI, pretty permalinks), and the story map with
 * docs/deploy.md's config. HTTP_HOST is passed with its port: Debian's fastcgi_params sends the
 * server name alone, and WordPress would redirect every request to its configured address.
 */
export async function startNginx(options: {
	dir: string;
	wordpressRoot: string;
	phpSocket: string;
	wordpressPorts: number[];
	story: { port: number; root: string; httpConf: string; serverConf: string };
}): Promise<Running> {
	const { dir, story } = options;
	for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
		await mkdir(join(dir, 'temp', temp), { recursive: true });
	if (!existsSync(join(dir, 'modules'))) await symlink('/usr/lib/nginx/modules', join(dir, 'modules'));
	const log = join(dir, 'nginx-error.log');
	const config = [
		'worker_processes 1;',
		`pid ${join(dir, 'nginx.pid')};`,
		`error_log ${log};`,
		'include /etc/nginx/modules-enabled/*.conf;',
		'events { worker_connections 256; }',
		'http {',
		...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
			(t) => `${t === 'body' ? 'client_body' : t}_temp_path ${dir}/temp/${t};`
		),
		'include /etc/nginx/mime.types;',
		'default_type application/octet-stream;',
		`access_log ${join(dir, 'access.log')};`,
		`include ${story.httpConf};`,
		...options.wordpressPorts.flatMap((port) => [
			'server {',
			`listen 127.0.0.1:${port};`,
			`root ${options.wordpressRoot};`,
			'index index.php;',
			'location / { try_files $uri $uri/ /index.php?$args; }',
			'location ~ \\.php$ {',
			'include /etc/nginx/fastcgi_params;',
			'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
			'fastcgi_param HTTP_HOST $http_host;',
			`fastcgi_pass unix:${options.phpSocket};`,
			'}',
			'}'
		]),
		'server {',
		`listen 127.0.0.1:${story.port};`,
		'server_name localhost;',
		`root ${story.root};`,
		`include ${story.serverConf};`,
		'}',
		'}'
	].join('\n');
	const conf = join(dir, 'nginx.conf');
	await writeFile(conf, config);
	const child = start(BINARIES.nginx, ['-p', dir, '-c', conf, '-g', 'daemon off;'], dir, 'nginx');
	for (const port of [...options.wordpressPorts, story.port]) await waitFor({ port }, child, log);
	return running('nginx', child);
}
