/**
 * Starts Debian's nginx and Apache httpd as plain processes (never through systemctl), each with its
 * own prefix, config, pid and log files under WORK_DIR, listening on 127.0.0.1 only. Their configs
 * are Debian's defaults (mime.types, modules and settings as installed) plus, where a host is
 * "configured", exactly what docs/deploy.md tells a reader to add.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { running, waitFor, type RunningServer } from '../server-process';

export type { RunningServer };

export interface SiteServer {
	port: number;
	/** The folder served at `/`. */
	root: string;
	/** Where this server block / virtual host writes its access log (one line per request). */
	accessLog: string;
}

const REPO = resolve(import.meta.dirname, '../..');
/** docs/deploy.md's nginx config, as a reader would copy it: one file for http {}, one for server {}. */
export const NGINX_DEPLOY_HTTP = join(REPO, 'deploy/nginx/http.conf');
export const NGINX_DEPLOY_SERVER = join(REPO, 'deploy/nginx/server.conf');
/** docs/deploy.md's Caddy config, imported into each site block. */
export const CADDY_DEPLOY = join(REPO, 'deploy/caddy/story-map.caddy');

/** One access log line per request: status, request line, Content-Type, Content-Encoding (tab-separated). */
const NGINX_LOG_FORMAT = `'$status\\t$request\\t$sent_http_content_type\\t$sent_http_content_encoding'`;
const APACHE_LOG_FORMAT = '"%>s\\t%r\\t%{Content-Type}o\\t%{Content-Encoding}o"';

/**
 * nginx as Debian ships it: its mime.types and default_type, gzip on; each server like Debian's
 * default site (`try_files $uri $uri/ =404`) unless `deploy` is set, in which case each server
 * includes docs/deploy.md's config instead.
 */
export async function startNginx(options: {
	name: string;
	dir: string;
	servers: SiteServer[];
	deploy: boolean;
}): Promise<RunningServer> {
	const { dir, servers, deploy } = options;
	for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
		await mkdir(join(dir, 'temp', temp), { recursive: true });
	// Debian's modules-enabled files name modules relative to the prefix (Debian's has this link too).
	if (!existsSync(join(dir, 'modules'))) await symlink('/usr/lib/nginx/modules', join(dir, 'modules'));
	const stockSite = [
		'index index.html index.htm index.nginx-debian.html;',
		'location / { try_files $uri $uri/ =404; }'
	];
	const config = [
		'worker_processes 1;',
		`pid ${dir}/nginx.pid;`,
		`error_log ${dir}/error.log;`,
		// Debian's modules (e.g. brotli_static when libnginx-mod-http-brotli-static is installed).
		'include /etc/nginx/modules-enabled/*.conf;',
		'events { worker_connections 256; }',
		'http {',
		...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
			(t) => `${t === 'body' ? 'client_body' : t}_temp_path ${dir}/temp/${t};`
		),
		'sendfile on;',
		'tcp_nopush on;',
		'types_hash_max_size 2048;',
		'include /etc/nginx/mime.types;',
		'default_type application/octet-stream;',
		'gzip on;',
		`log_format story ${NGINX_LOG_FORMAT};`,
		...(deploy ? [`include ${NGINX_DEPLOY_HTTP};`] : []),
		...servers.flatMap((server) => [
			'server {',
			`listen 127.0.0.1:${server.port};`,
			'server_name localhost;',
			`access_log ${server.accessLog} story;`,
			`root ${server.root};`,
			...(deploy ? [`include ${NGINX_DEPLOY_SERVER};`] : stockSite),
			'}'
		]),
		'}'
	].join('\n');
	const conf = join(dir, 'nginx.conf');
	await writeFile(conf, config);
	const out = openSync(join(dir, 'stdout.log'), 'a');
	const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', conf, '-g', 'daemon off;'], {
		stdio: ['ignore', out, out]
	});
	for (const server of servers) await waitFor({ port: server.port }, child, join(dir, 'error.log'));
	return running(options.name, child);
}

/**
 * Apache httpd with Debian's enabled modules and their stock settings (mods-enabled), plus
 * mod_headers and mod_rewrite and `AllowOverride All` for the site, as docs/deploy.md says, so the
 * .htaccess the build ships applies.
 */
export async function startApache(options: {
	name: string;
	dir: string;
	servers: SiteServer[];
}): Promise<RunningServer> {
	const { dir, servers } = options;
	const enabled = '/etc/apache2/mods-enabled';
	const modules = readdirSync(enabled)
		.filter((file) => file.endsWith('.load') || file.endsWith('.conf'))
		.sort((a, b) => Number(a.endsWith('.conf')) - Number(b.endsWith('.conf')) || a.localeCompare(b))
		.map((file) => `Include ${enabled}/${file}`);
	for (const name of ['headers', 'rewrite']) {
		if (!existsSync(join(enabled, `${name}.load`))) {
			modules.unshift(`LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`);
		}
	}
	const asRoot = process.getuid?.() === 0;
	const config = [
		`ServerRoot ${dir}`,
		'ServerName localhost',
		`PidFile ${dir}/apache.pid`,
		`DefaultRuntimeDir ${dir}`,
		`Mutex file:${dir} default`,
		`ErrorLog ${dir}/error.log`,
		'LogLevel warn',
		// Apache refuses to serve as root: Debian runs its workers as www-data.
		...(asRoot ? ['User www-data', 'Group www-data'] : []),
		...modules,
		'AccessFileName .htaccess',
		'<FilesMatch "^\\.ht">',
		'  Require all denied',
		'</FilesMatch>',
		`LogFormat ${APACHE_LOG_FORMAT} story`,
		'<Directory />',
		'  Options FollowSymLinks',
		'  AllowOverride None',
		'  Require all denied',
		'</Directory>',
		...servers.flatMap((server) => [
			`Listen 127.0.0.1:${server.port}`,
			`<Directory ${server.root}>`,
			'  Options FollowSymLinks',
			'  AllowOverride All',
			'  Require all granted',
			'</Directory>',
			`<VirtualHost 127.0.0.1:${server.port}>`,
			`  DocumentRoot ${server.root}`,
			`  CustomLog ${server.accessLog} story`,
			'</VirtualHost>'
		])
	].join('\n');
	const conf = join(dir, 'apache2.conf');
	await writeFile(conf, config);
	const out = openSync(join(dir, 'stdout.log'), 'a');
	// In a process group of its own: when it stops, Apache signals its whole process group
	// (killpg), which would otherwise be ours, and take the test run and CI down with it.
	const child = spawn('/usr/sbin/apache2', ['-d', dir, '-f', conf, '-DFOREGROUND'], {
		stdio: ['ignore', out, out],
		detached: true
	});
	for (const server of servers) await waitFor({ port: server.port }, child, join(dir, 'error.log'));
	return running(options.name, child);
}

/**
 * Caddy 2 (Debian's caddy) with docs/deploy.md's config imported into each site block; no admin
 * endpoint, no HTTPS, its state under `dir`. Its access log is JSON (access-log.ts reads both).
 */
export async function startCaddy(options: {
	name: string;
	dir: string;
	servers: SiteServer[];
}): Promise<RunningServer> {
	const { dir, servers } = options;
	const config = [
		'{',
		'\tadmin off',
		'\tauto_https off',
		`\tstorage file_system ${dir}/data`,
		'}',
		...servers.flatMap((server) => [
			`http://localhost:${server.port} {`,
			'\tbind 127.0.0.1',
			`\troot * ${server.root}`,
			`\tlog {\n\t\toutput file ${server.accessLog}\n\t\tformat json\n\t}`,
			`\timport ${CADDY_DEPLOY}`,
			'}'
		])
	].join('\n');
	const conf = join(dir, 'Caddyfile');
	await writeFile(conf, config);
	const out = openSync(join(dir, 'stdout.log'), 'a');
	const env = {
		...process.env,
		HOME: dir,
		XDG_DATA_HOME: join(dir, 'data'),
		XDG_CONFIG_HOME: join(dir, 'config')
	};
	const child = spawn('/usr/bin/caddy', ['run', '--config', conf, '--adapter', 'caddyfile'], {
		stdio: ['ignore', out, out],
		env
	});
	for (const server of servers) await waitFor({ port: server.port }, child, join(dir, 'stdout.log'));
	return running(options.name, child);
}
