/**
 * Chapter Markdown → HTML, at build time only.
 * Raw HTML is off (markdown-it escapes it), images are off (they would be requests to wherever they
 * point), and markdown-it's link validation refuses javascript:, vbscript:, file: and data: URLs.
 * Docs: https://markdown-it.github.io/markdown-it/
 */
import MarkdownIt, { type StateInline, type Token } from 'markdown-it';
import { CITATION_SOURCE, citationIds } from './citations';
import { sourceHeading } from './source-text';

export interface CitedSource {
	number: number;
	/** The headline, or for an item without one its description. */
	title?: string;
	description?: string;
}

export interface RenderEnv extends Record<string, unknown> {
	/** Prefix for the ids of the chapter's source-list items, e.g. "tehran-source". */
	sourceAnchor: string;
	resolve(id: string): CitedSource | undefined;
	/** How a citation's number is written (an edition's digits); default: as is. */
	formatNumber?(value: number): string;
	/** A citation link's accessible name in the edition's words; default: "Source 3: Headline". */
	sourceLabel?(number: number, heading: string): string;
}

const CITATION_AT = new RegExp(CITATION_SOURCE, 'y');

function citationRule(state: StateInline, silent: boolean): boolean {
	if (
		state.src.charCodeAt(state.pos) !== 0x5b /* [ */ ||
		state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */
	) {
		return false;
	}
	CITATION_AT.lastIndex = state.pos;
	const match = CITATION_AT.exec(state.src);
	if (!match) return false;
	if (!silent) {
		const token = state.push('citation', '', 0);
		token.meta = { ids: citationIds(match[1] ?? '') };
	}
	state.pos += match[0].length;
	return true;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function createRenderer() {
	const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
	md.disable(['image']);
	md.inline.ruler.before('link', 'citation', citationRule);
	md.renderer.rules.citation = (tokens, idx, _options, env) => {
		const { resolve, sourceAnchor, formatNumber = String, sourceLabel } = env as unknown as RenderEnv;
		const ids: string[] = (tokens[idx]?.meta as { ids?: string[] } | undefined)?.ids ?? [];
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
		return `<sup class="cite">${links.join(', ')}</sup>`;
	};
	// External links open in place; tell the browser not to send the story URL along.
	md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
		const token = tokens[idx];
		if (token && /^https?:/.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noreferrer');
		return self.renderToken(tokens, idx, options);
	};
	return md;
}

const renderer = createRenderer();

/** Renders one chapter body. Unknown citation ids render as plain text; validation reports them. */
export function renderMarkdown(body: string, env: RenderEnv): string {
	return renderer.render(body, { ...env });
}

/** Block-level features the story format does not support, with their 0-based body line. */
export function findUnsupportedMarkdown(body: string): { what: string; line: number }[] {
	const found: { what: string; line: number }[] = [];
	const md = new MarkdownIt({ html: true });
	const walk = (tokens: Token[], line: number) => {
		for (const token of tokens) {
			const at = token.map?.[0] ?? line;
			if (token.type === 'html_block' || token.type === 'html_inline')
				found.push({ what: 'raw HTML', line: at });
			if (token.type === 'image') found.push({ what: 'an image', line: at });
			if (token.children) walk(token.children, at);
		}
	};
	walk(md.parse(body, {}), 0);
	return found;
}
