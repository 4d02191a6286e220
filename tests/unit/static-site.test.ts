/**
 * `npm run serve` (scripts/static-site.js) behaves like a static host and never serves stale files:
 * a rebuild while it runs (files replaced, added) is served at once, with the right length.
 */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticSite } from '../../scripts/static-site.js';

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'static-site-'));
	await mkdir(join(dir, 'embed'));
	await writeFile(join(dir, 'index.html'), '<p>first build</p>');
	await writeFile(join(dir, 'embed', 'index.html'), '<p>embed</p>');
	server = createServer(staticSite(dir));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((done) => server.close(done));
	await rm(dir, { recursive: true, force: true });
});

const get = (path: string) =>
	fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'identity' } });

describe('npm run serve', () => {
	it('serves what a rebuild wrote, at once and with its own length', async () => {
		expect(await (await get('/')).text()).toBe('<p>first build</p>');
		const rebuilt = '<p>the second build is longer than the first</p>';
		await writeFile(join(dir, 'index.html'), rebuilt);
		await writeFile(join(dir, 'added.js'), 'export {};');
		const page = await get('/');
		expect(page.headers.get('content-length')).toBe(String(rebuilt.length));
		expect(await page.text()).toBe(rebuilt);
		expect((await get('/added.js')).status).toBe(200);
	});

	it('answers a folder without its slash with a redirect to it, as static hosts do, and serves its index.html', async () => {
		const redirect = await get('/embed?plain');
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get('location')).toBe('/embed/?plain');
		const page = await get('/embed/');
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);
	});

	it('sends the headers docs/deploy.md asks hosts for', async () => {
		const embed = await get('/embed/');
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
		expect(embed.headers.get('access-control-allow-origin')).toBe('*');
		expect(embed.headers.get('x-content-type-options')).toBe('nosniff');
		expect(embed.headers.get('cache-control')).toBe('no-cache');
		expect((await get('/')).headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
	});
});
