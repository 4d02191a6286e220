/**
 * Sets up the WordPress suite from nothing: the built story map on its own origin, a fresh MariaDB,
 * PHP-FPM and nginx, and one WordPress site per theme, installed non-interactively, with one post
 * per case written as the user a journalist would be (install.php). Returns the teardown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
	chmod,
	copyFile,
	cp,
	mkdir,
	readdir,
	readFile,
	rm,
	symlink,
	unlink,
	writeFile
} from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ENGINE_STRINGS } from '../../src/lib/i18n/strings';
import { frameTitle } from '../../src/lib/share/oembed';
import { embedCode } from '../../src/lib/share/snippet';
import { BINARIES, missingBinaries, startMariaDb, startNginx, startPhpFpm, type Running } from './servers';
import {
	CASES,
	CHAPTER,
	POSTS_FILE,
	RESULTS_FILE,
	SITE_DIR,
	SITE_ORIGIN,
	SITE_PORT,
	SITES,
	WORK_DIR,
	type Case,
	type Posts
} from './wordpress';

const REPO = resolve(import.meta.dirname, '../..');

/**
 * A copy of the build whose absolute URLs (oEmbed, Open Graph, canonical) name this suite's origin
 * instead of the one it was built for (npm run build:local's), so one build serves every suite.
 */
async function copySite(target: string): Promise<{ title: string; chapterTitle: string }> {
	const built = resolve(REPO, SITE_DIR);
	if (!existsSync(join(built, 'index.html')))
		throw new Error(`No built site in ${built}: run npm run build:local first.`);
	await cp(built, target, { recursive: true });
	const story = JSON.parse(await readFile(join(target, 'oembed/story.json'), 'utf8')) as {
		provider_url: string;
		title: string;
	};
	const builtFor = story.provider_url.replace(/\/$/, '');
	const rewrite = async (dir: string): Promise<void> => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) await rewrite(path);
			else if (/\.(html|json)$/.test(entry.name)) {
				const text = await readFile(path, 'utf8');
				if (!text.includes(builtFor)) continue;
				// Not inside inline scripts: the pages' CSP names those by their hash.
				const parts = text.split(/(<script\b[^>]*>[\s\S]*?<\/script>)/);
				const rewritten = parts.map((part, i) => (i % 2 ? part : part.replaceAll(builtFor, SITE_ORIGIN)));
				await writeFile(path, rewritten.join(''));
				// The precompressed copies would still name the old address.
				for (const suffix of ['.br', '.gz']) await unlink(path + suffix).catch(() => {});
			}
		}
	};
	await rewrite(target);
	execFileSync('chmod', ['-R', 'a+rX', target]);
	const chapter = JSON.parse(await readFile(join(target, `oembed/chapters/${CHAPTER}.json`), 'utf8')) as {
		title: string;
	};
	return { title: story.title, chapterTitle: chapter.title.split(' — ')[0]! };
}

/** WordPress's files from Debian's package, with this suite's wp-config.php and wp-content. */
async function wordpressRoot(dir: string): Promise<{ root: string; content: string }> {
	const root = join(dir, 'wordpress');
	const content = join(dir, 'wp-content');
	await mkdir(root, { recursive: true });
	// The entry scripts are copied (they find wp-config.php next to themselves), the rest linked.
	for (const entry of await readdir(BINARIES.wordpress, { withFileTypes: true })) {
		const from = join(BINARIES.wordpress, entry.name);
		if (entry.name === 'wp-config.php' || entry.name === 'wp-content') continue;
		if (entry.isDirectory()) await symlink(from, join(root, entry.name));
		else await copyFile(from, join(root, entry.name));
	}
	const here = import.meta.dirname;
	await copyFile(join(here, 'wp-config.php'), join(root, 'wp-config.php'));
	await copyFile(join(here, 'install.php'), join(root, 'story-test-install.php'));
	for (const sub of ['themes', 'plugins', 'mu-plugins', 'uploads'])
		await mkdir(join(content, sub), { recursive: true });
	for (const site of SITES) {
		const theme = join(BINARIES.wordpress, 'wp-content/themes', site.theme);
		if (!existsSync(theme))
			throw new Error(`Theme ${site.theme} is missing: run npm run setup -- --wordpress`);
		await symlink(theme, join(content, 'themes', site.theme));
	}
	await copyFile(join(here, 'allow-test-host.php'), join(content, 'mu-plugins', 'allow-test-host.php'));
	// Served at /wp-content/ (WP_CONTENT_URL): themes' stylesheets and scripts.
	await symlink(content, join(root, 'wp-content'));
	return { root, content };
}

/** The block the editor makes of a link pasted on its own line (Gutenberg 6.1's core/embed). */
function embedBlock(url: string, providerName: string): string {
	const slug = providerName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	const attributes = JSON.stringify({ url, type: 'rich', providerNameSlug: slug, responsive: true });
	return [
		`<!-- wp:embed ${attributes} -->`,
		`<figure class="wp-block-embed is-type-rich is-provider-${slug} wp-block-embed-${slug}"><div class="wp-block-embed__wrapper">`,
		url,
		'</div></figure>',
		'<!-- /wp:embed -->'
	].join('\n');
}

function postContent(kase: Case, story: { title: string; chapterTitle: string }): string {
	const lead = [
		'<!-- wp:paragraph -->',
		'<p data-testid="lead">A paragraph of the article, as wide as the text column.</p>',
		'<!-- /wp:paragraph -->'
	].join('\n');
	const chapterLink = `${SITE_ORIGIN}/chapter/${CHAPTER}/`;
	const body =
		kase.kind === 'story-link'
			? embedBlock(`${SITE_ORIGIN}/`, story.title)
			: kase.kind === 'chapter-link'
				? embedBlock(chapterLink, story.title)
				: [
						'<!-- wp:html -->',
						// The snippet exactly as the Share dialog gives it.
						embedCode({
							siteUrl: SITE_ORIGIN,
							target: { kind: 'chapter', id: CHAPTER },
							title: frameTitle(ENGINE_STRINGS, story.title, story.chapterTitle)
						}),
						'<!-- /wp:html -->'
					].join('\n');
	return [lead, body, lead].join('\n\n');
}

export default async function globalSetup(): Promise<() => Promise<void>> {
	const missing = missingBinaries();
	if (missing.length) throw new Error(`Missing ${missing.join(', ')}: run npm run setup -- --wordpress`);
	await rm(WORK_DIR, { recursive: true, force: true });
	await mkdir(WORK_DIR, { recursive: true });
	// nginx's workers (another user) walk into the work folder.
	await chmod(WORK_DIR, 0o755);
	const started = performance.now();
	const story = await copySite(join(WORK_DIR, 'site'));

	const servers: Running[] = [];
	const stopAll = async () => {
		for (const server of servers.reverse()) await server.stop();
	};
	try {
		const db = await startMariaDb(await made(join(WORK_DIR, 'mariadb')));
		servers.push(db);
		const { root, content } = await wordpressRoot(WORK_DIR);
		await writeFile(
			join(WORK_DIR, 'settings.json'),
			JSON.stringify({
				dbSocket: db.socket,
				contentDir: content,
				storyPort: SITE_PORT,
				sites: Object.fromEntries(
					SITES.map((site) => [String(site.port), { prefix: site.prefix, url: site.url }])
				)
			})
		);
		const php = await startPhpFpm(await made(join(WORK_DIR, 'php-fpm')));
		servers.push(php);
		servers.push(
			await startNginx({
				dir: await made(join(WORK_DIR, 'nginx')),
				wordpressRoot: root,
				phpSocket: php.socket,
				wordpressPorts: SITES.map((site) => site.port),
				story: {
					port: SITE_PORT,
					root: join(WORK_DIR, 'site'),
					httpConf: join(REPO, 'deploy/nginx/http.conf'),
					serverConf: join(REPO, 'deploy/nginx/server.conf')
				}
			})
		);
		const posts: Posts = {};
		for (const site of SITES) {
			const input = JSON.stringify({
				theme: site.theme,
				posts: CASES.map((kase) => ({
					id: kase.id,
					title: `${kase.name} (${kase.role})`,
					role: kase.role,
					content: postContent(kase, story)
				}))
			});
			const output = execFileSync(BINARIES.php, [join(root, 'story-test-install.php')], {
				input,
				env: { ...process.env, WP_TEST_PORT: String(site.port), WP_TEST_URL: site.url },
				encoding: 'utf8'
			});
			posts[site.theme] = JSON.parse(output) as Record<string, string>;
		}
		await writeFile(POSTS_FILE, JSON.stringify(posts, null, '\t'));
		await rm(RESULTS_FILE, { force: true });
		console.log(`wordpress: set up in ${Math.round(performance.now() - started)} ms`);
	} catch (error) {
		await stopAll();
		throw error;
	}
	return stopAll;
}

async function made(dir: string): Promise<string> {
	await mkdir(dir, { recursive: true });
	await chmod(dir, 0o755);
	return dir;
}
