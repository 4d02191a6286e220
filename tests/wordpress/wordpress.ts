/**
 * The WordPress suite's setting: Debian's WordPress with two themes (a block theme and a classic
 * one), each a site of its own on 127.0.0.1, and the built story map on another origin (localhost),
 * served by nginx with docs/deploy.md's config. Ports: WORDPRESS_PORT (default 4475) and the next
 * three. Everything lives in WORK_DIR, made by global-setup.ts.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIRST_PORT = Number(process.env.WORDPRESS_PORT ?? 4475);

/** The built story map, as a newspaper would host it: another origin than the CMS. */
export const SITE_PORT = FIRST_PORT + 1;
export const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;

export type ThemeId = 'twentytwentythree' | 'twentytwentyone';

export interface WordPressSite {
	theme: ThemeId;
	/** As the results table names it. */
	name: string;
	port: number;
	url: string;
	/** Database table prefix: both sites share one database. */
	prefix: string;
}

export const SITES: readonly WordPressSite[] = (
	[
		['twentytwentythree', 'Twenty Twenty-Three (block theme)'],
		['twentytwentyone', 'Twenty Twenty-One (classic theme)']
	] as const
).map(([theme, name], i) => ({
	theme,
	name,
	port: FIRST_PORT + 2 + i,
	url: `http://127.0.0.1:${FIRST_PORT + 2 + i}`,
	prefix: `wp${i}_`
}));

/** The built site under test (WORDPRESS_SITE_DIR to test another build). */
export const SITE_DIR = process.env.WORDPRESS_SITE_DIR ?? 'build';

export const WORK_DIR = join(tmpdir(), `story-wordpress-${FIRST_PORT}`);
/** What global-setup.ts made: each site's posts by case. */
export const POSTS_FILE = join(WORK_DIR, 'posts.json');
/** One JSON line per case and width, for the results table. */
export const RESULTS_FILE = join(WORK_DIR, 'results.jsonl');

/** The chapter the cases embed. */
export const CHAPTER = 'advance-1988';

export type Role = 'administrator' | 'author';

/** What a journalist puts in a post, and as whom. */
export interface Case {
	id: string;
	name: string;
	role: Role;
	kind: 'story-link' | 'chapter-link' | 'snippet';
}

export const CASES: readonly Case[] = [
	{ id: 'story-link', name: 'story link', role: 'administrator', kind: 'story-link' },
	{ id: 'chapter-link', name: 'chapter link', role: 'administrator', kind: 'chapter-link' },
	{ id: 'custom-html', name: 'Custom HTML block', role: 'administrator', kind: 'snippet' },
	{ id: 'author-snippet', name: 'Custom HTML block', role: 'author', kind: 'snippet' },
	{ id: 'author-link', name: 'chapter link', role: 'author', kind: 'chapter-link' }
];

export const WIDTHS = [
	{ id: 'desktop', width: 1280, height: 900 },
	{ id: 'phone', width: 390, height: 844 }
] as const;

/** Site → case id → the post's URL. */
export type Posts = Record<string, Record<string, string>>;
