/** Small helpers for writing SVG as text. Every author-supplied string goes through `escapeXml`. */

/** Escapes text for use in SVG/XML content and attribute values: names are text, never markup. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`
	);
}

/** A number with at most one decimal, without a trailing ".0" (sub-pixel precision is enough). */
export function num(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

type AttrValue = string | number | undefined | false;

/** `name="value"` pairs; numbers are rounded, undefined/false values are left out, strings escaped. */
export function attrs(values: Record<string, AttrValue>): string {
	return Object.entries(values)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== false)
		.map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
		.join('');
}

export function element(name: string, values: Record<string, AttrValue>, content?: string): string {
	return content === undefined
		? `<${name}${attrs(values)}/>`
		: `<${name}${attrs(values)}>${content}</${name}>`;
}
