/**
 * Starts every host of the hosts suite on the built site, at the root and under a sub-path (a
 * folder whose graphics/mek-story/ is the build, as a newspaper's web root would hold it), and the
 * host page's server on another origin. Returns the teardown that stops them all.
 */
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	accessLog,
	HOST_PAGE_PORT,
	HOST_PAGES_DIR,
	HOSTS,
	MOUNTS,
	portOf,
	SITE_DIR,
	WORK_DIR,
	type HostId
} from './hosts';
import { startApache, startCaddy, startNginx, type RunningServer, type SiteServer } from './servers';

export default async function globalSetup(): Promise<() => Promise<void>> {
	const built = resolve(SITE_DIR);
	if (!existsSync(join(built, 'index.html')))
		throw new Error(`No built site in ${built}: run npm run build first.`);
	await rm(WORK_DIR, { recursive: true, force: true });
	await mkdir(HOST_PAGES_DIR, { recursive: true });
	// The servers' workers run as another user (www-data, nobody), who may not be able to enter the
	// checkout (CI clones anywhere): they serve a copy, readable by all, as a deployed copy would be.
	const site = join(WORK_DIR, 'site');
	await cp(built, site, { recursive: true });
	execFileSync('chmod', ['-R', 'a+rX', site]);

	// The sub-path: <subroot>/graphics/mek-story is the build.
	const subroot = join(WORK_DIR, 'subroot');
	const subPath = MOUNTS.find((m) => m.id === 'sub')!.path;
	const mountPoint = join(subroot, subPath);
	await mkdir(resolve(mountPoint, '..'), { recursive: true });
	await symlink(site, mountPoint.replace(/\/$/, ''));
	// ... and walk into the folders around it.
	for (const dir of [WORK_DIR, HOST_PAGES_DIR, subroot, join(subroot, 'graphics')]) await chmod(dir, 0o755);

	const serversOf = (host: HostId): SiteServer[] =>
		MOUNTS.map((mount) => ({
			port: portOf(host, mount.id),
			root: mount.id === 'root' ? site : subroot,
			accessLog: accessLog(host, mount.id)
		}));
	const running: RunningServer[] = [];
	const stopAll = async () => {
		await Promise.all(running.map((server) => server.stop()));
	};
	try {
		for (const host of HOSTS) {
			const dir = join(WORK_DIR, host.id);
			await mkdir(dir, { recursive: true });
			await chmod(dir, 0o755);
			const options = { name: host.name, dir, servers: serversOf(host.id) };
			running.push(
				host.id === 'apache'
					? await startApache(options)
					: host.id === 'caddy'
						? await startCaddy(options)
						: await startNginx({
								name: host.name,
								dir,
								servers: serversOf(host.id),
								deploy: host.id === 'nginx-deploy'
							})
			);
		}
		const hostPageDir = join(WORK_DIR, 'host-page-server');
		await mkdir(hostPageDir, { recursive: true });
		running.push(
			await startNginx({
				name: 'host page',
				dir: hostPageDir,
				deploy: false,
				servers: [{ port: HOST_PAGE_PORT, root: HOST_PAGES_DIR, accessLog: join(hostPageDir, 'access.log') }]
			})
		);
	} catch (error) {
		await stopAll();
		throw error;
	}
	return stopAll;
}
