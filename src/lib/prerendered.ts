/**
 * HTML rendered once, at build time, that the browser keeps as the server sent it: the story's
 * text, source lists, corrections and credits. The page's data carries it to the server's render
 * only; what reaches the browser in its place is an empty PrerenderedHtml (the `transport` hook,
 * src/hooks.ts), and `{@html markupOf(…)}` then keeps the server's markup where it stands instead
 * of rendering it again. So the page ships this text once (as HTML), not a second time as data, and
 * neither the code that renders it nor the work of hydrating it (docs/performance.md).
 * https://svelte.dev/docs/kit/hooks#Universal-hooks-transport
 */
export class PrerenderedHtml {
	#render: (() => string) | undefined;
	#html: string | undefined;

	/**
	 * @param render makes the markup (on the server). It runs when the page is rendered, not when its
	 *   data is loaded: `$app/paths` gives the page's relative paths only then.
	 */
	constructor(render?: () => string) {
		this.#render = render;
	}

	/** The markup: rendered once, on the server; empty in the browser, which keeps the server's. */
	get html(): string {
		return (this.#html ??= this.#render?.() ?? '');
	}
}

/**
 * In the browser: markup that is not empty makes Svelte take the server's nodes of an `{@html}`
 * block as they are while it hydrates (it does not compare them). The pages that use it are never
 * rendered outside hydration: links to other story pages load them in full (LanguageSwitch.svelte).
 */
const KEEP_SERVER_MARKUP = '<!--prerendered-->';

/**
 * What an `{@html}` block renders: the markup itself (on the server, or a plain string), or, in
 * the browser, whatever keeps the server's. The markup must hold no empty comment (`<!---->`), which
 * ends an `{@html}` block in Svelte's hydration: HTML rendered from Markdown has none, and
 * static-html.ts removes Svelte's own.
 */
export function markupOf(content: string | PrerenderedHtml): string {
	return typeof content === 'string' ? content : content.html || KEEP_SERVER_MARKUP;
}
