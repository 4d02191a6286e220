/**
 * Chapter Markdown → HTML, at build time only.
 * Raw HTML is off (markdown-it escapes it), images are off (they would be requests to wherever they
 * point), and markdown-it's link validation refuses javascript:, vbscript:, file: and data: URLs.
 * Every link to another origin (`https://…`, `//host/…`, `mailto:`…) gets rel="noopener noreferrer".
 * Citations are inline rules (citations.ts), so they are only found where Markdown reads text.
 * Docs: https://markdown-it.github.io/markdown-it/
 */
import MarkdownIt, { type StateInline, type Token } from 'markdown-it';
import { CITATION_SOURCE, citationIds, type CitationMeta } from './citations';
import { lineIndex } from './line-index';
import { sourceHeading } from './source-text';

export interface CitedSource {
	number: number;
	/** The headline, or for an item without one its description. */
	title?: string;
	description?: string;
}

export interface RenderEnv extends Record<string, unknown> {
	/** Prefix for the ids of the chapter's source-list items, e.g. "harbour-source". */
	sourceAnchor: string;
	resolve(id: string): CitedSource | undefined;
	/** How a citation's number is written (an edition's digits); default: as is. */
	formatNumber?(value: number): string;
	/** A citation link's accessible name in the edition's words; default: "Source 3: Headline". */
	sourceLabel?(number: number, heading: string): string;
	/** Between the numbers of one citation (an edition's comma); default ", ". */
	separator?: string;
}

const CITATION_AT = new RegExp(CITATION_SOURCE, 'y');

/** The 0-based line of `state.pos` within the inline text being parsed (one index per text, kept in env). */
function lineInSource(state: StateInline): number {
	const env = state.env as { citationLines?: { src: string; lineOf: (offset: number) => number } };
	if (env.citationLines?.src !== state.src)
		env.citationLines = { src: state.src, lineOf: lineIndex(state.src) };
	return env.citationLines.lineOf(state.pos);
}

/** `[@id]` or `[@one; @two]`. */
function citationRule(state: StateInline, silent: boolean): boolean {
	if (
		state.src.charCodeAt(state.pos) !== 0x5b /* [ */ ||
		state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */
	)
		return false;
	CITATION_AT.lastIndex = state.pos;
	const match = CITATION_AT.exec(state.src);
	if (!match) return false;
	if (!silent) {
		const token = state.push('citation', '', 0);
		const meta: CitationMeta = {
			kind: 'citation',
			ids: citationIds(match[1] ?? ''),
			line: lineInSource(state)
		};
		token.meta = meta;
	}
	state.pos += match[0].length;
	return true;
}

/**
 * A `[@` the citation rule did not take: malformed up to its `]`, or unclosed when a `[` or the end
 * of the line comes first. `[@name](url)` is left to the link rule: it is a link, not a citation.
 */
function citationProblemRule(state: StateInline, silent: boolean): boolean {
	const { src, pos } = state;
	if (src.charCodeAt(pos) !== 0x5b /* [ */ || src.charCodeAt(pos + 1) !== 0x40 /* @ */) return false;
	let end = pos + 2;
	while (end < state.posMax && !'[]\n'.includes(src[end]!)) end += 1;
	const closed = src[end] === ']';
	if (closed && src[end + 1] === '(') return false;
	const raw = closed ? src.slice(pos, end + 1) : src.slice(pos, end).trimEnd();
	if (!silent) {
		const token = state.push('citation_problem', '', 0);
		const meta: CitationMeta = { kind: closed ? 'malformed' : 'unclosed', raw, line: lineInSource(state) };
		token.meta = meta;
		token.content = closed ? raw : '[@';
	}
	state.pos = closed ? end + 1 : pos + 2;
	return true;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Whether `href` leaves the site, as a browser resolves it (`//host`, `/\host` and `https:` do). */
export function isOtherOrigin(href: string): boolean {
	const here = 'https://story.invalid';
	try {
		return new URL(href, `${here}/chapter/`).origin !== here;
	} catch {
		return true;
	}
}

function createRenderer() {
	const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
	md.disable(['image']);
	md.inline.ruler.before('link', 'citation', citationRule);
	md.inline.ruler.after('citation', 'citation_problem', citationProblemRule);
	md.renderer.rules.citation = (tokens, idx, _options, env) => {
		const {
			resolve,
			sourceAnchor,
			formatNumber = String,
			sourceLabel,
			separator = ', '
		} = env as unknown as RenderEnv;
		const meta = tokens[idx]?.meta as CitationMeta | undefined;
		const ids = meta?.kind === 'citation' ? meta.ids : [];
		const links = ids.map((id) => {
			const source = resolve(id);
			if (!source) return escapeHtml(`@${id}`);
			const heading = sourceHeading(source);
			const label = escapeHtml(
				sourceLabel?.(source.number, heading) ?? `Source ${source.number}: ${heading}`
			);
			const written = escapeHtml(formatNumber(source.number));
			return `<a href="#${sourceAnchor}-${source.number}" aria-label="${label}">${written}</a>`;
		});
		return `<sup class="cite">${links.join(escapeHtml(separator))}</sup>`;
	};
	// Validation refuses these; shown as written if they were ever rendered.
	md.renderer.rules.citation_problem = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? '');
	// Links to other origins open in place; the browser must not send the story URL along, nor give
	// the other page a handle on this one.
	md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
		const token = tokens[idx];
		if (token && isOtherOrigin(String(token.attrGet('href') ?? '')))
			token.attrSet('rel', 'noopener noreferrer');
		return self.renderToken(tokens, idx, options);
	};
	return md;
}

const renderer = createRenderer();

/** Parses one chapter body the way `renderMarkdown` does, for its citations and checks. */
export function parseChapterText(body: string): Token[] {
	return renderer.parse(body, {});
}

/** Renders one chapter body. Unknown citation ids render as plain text; validation reports them. */
export function renderMarkdown(body: string, env: RenderEnv): string {
	return renderer.render(body, { ...env });
}

/** Parses raw HTML as HTML, only to find it. */
const htmlDetector = new MarkdownIt({ html: true });

/** Block-level features the story format does not support, with their 0-based body line. */
export function findUnsupportedMarkdown(body: string): { what: string; line: number }[] {
	const found: { what: string; line: number }[] = [];
	const walk = (tokens: Token[], line: number) => {
		for (const token of tokens) {
			const at = token.map?.[0] ?? line;
			if (token.type === 'html_block' || token.type === 'html_inline')
				found.push({ what: 'raw HTML', line: at });
			if (token.type === 'image') found.push({ what: 'an image', line: at });
			if (token.children) walk(token.children, at);
		}
	};
	walk(htmlDetector.parse(body, {}), 0);
	return found;
}
