/**
 * Parts of a page rendered to HTML at build time, on their own, which the browser keeps as they are
 * (src/lib/prerendered.ts): Svelte's server render of a component, without the comments
 * Svelte leaves for hydration (nothing hydrates this HTML, and an empty comment would end the
 * `{@html}` block it is written into). Every `<` of a text or an attribute is escaped by Svelte,
 * so every comment in its output is one of those. Their styles are global (prerendered.css): a
 * component rendered only here has no scoped styles in the page. Build time only.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { PageText } from '../i18n/page-text';
import { PrerenderedHtml } from '../prerendered';
import StaticRoot from './StaticRoot.svelte';

/** `component` with `props`, rendered when the page is (its paths are then the page's: prerendered.ts). */
export function staticHtml<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	text: PageText
): PrerenderedHtml {
	return new PrerenderedHtml(() => {
		const { body } = render(StaticRoot, { props: { text, component, props } as never });
		return body.replace(/<!--[\s\S]*?-->/g, '');
	});
}
