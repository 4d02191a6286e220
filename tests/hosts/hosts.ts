/**
 * The real static hosts the hosts suite serves the built site with, each at the site root and under
 * a sub-path, and the page on another origin that embeds it. Ports: HOSTS_PORT (default 4375) and
 * the next nine, so several checkouts can run side by side.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export type HostId = 'nginx-stock' | 'nginx-deploy' | 'apache' | 'caddy';
export type MountId = 'root' | 'sub';

export interface Host {
	id: HostId;
	/** As the results table names it. */
	name: string;
	/** Configured as docs/deploy.md says: every response must carry the exact types and headers. */
	configured: boolean;
}

export const HOSTS: readonly Host[] = [
	{ id: 'nginx-stock', name: 'nginx, stock Debian config', configured: false },
	{ id: 'nginx-deploy', name: 'nginx, docs/deploy.md config', configured: true },
	{ id: 'apache', name: 'Apache httpd, shipped .htaccess', configured: true },
	{ id: 'caddy', name: 'Caddy, docs/deploy.md config', configured: true }
];

/** The same build, served at the root and under a newspaper-style sub-path. */
export const MOUNTS: readonly { id: MountId; path: string }[] = [
	{ id: 'root', path: '/' },
	{ id: 'sub', path: '/graphics/mek-story/' }
];

const FIRST_PORT = Number(process.env.HOSTS_PORT ?? 4375);

export function portOf(host: HostId, mount: MountId): number {
	return FIRST_PORT + HOSTS.findIndex((h) => h.id === host) * 2 + (mount === 'sub' ? 1 : 0);
}

/** The site on `localhost`; the host page on 127.0.0.1: another origin and another site. */
export function siteBase(host: HostId, mount: MountId): string {
	return `http://localhost:${portOf(host, mount)}${MOUNTS.find((m) => m.id === mount)!.path}`;
}

export const HOST_PAGE_PORT = FIRST_PORT + HOSTS.length * 2;
export const HOST_PAGE_ORIGIN = `http://127.0.0.1:${HOST_PAGE_PORT}`;

/** The built site under test (HOSTS_SITE_DIR to test another build, e.g. an old one). */
export const SITE_DIR = process.env.HOSTS_SITE_DIR ?? 'build';

/** Servers' prefixes, configs, pid files, logs, and the host pages; made by global-setup.ts. */
export const WORK_DIR = join(tmpdir(), `story-hosts-${FIRST_PORT}`);
export const HOST_PAGES_DIR = join(WORK_DIR, 'host-pages');

export function accessLog(host: HostId, mount: MountId): string {
	return join(WORK_DIR, host, `access-${mount}.log`);
}

/** The chapter whose link, Share dialog and embed the suite follows, and a place it names. */
export const CHAPTER = 'advance-1988';
export const PLACE = 'chaharzebar-pass';
