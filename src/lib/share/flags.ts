/**
 * Embed flags from the query string, in the vocabulary editors know from Datawrapper:
 * `plain`, `dark`, `static`, `transparent`, plus `chapter`. Pure and whitelisting: unknown keys and
 * malformed values are dropped, and no string from the URL is returned (a chapter id is returned
 * only as the matching entry of the known ids), so nothing from the query can reach the page.
 */
export type DarkMode = 'light' | 'dark' | 'auto';

export interface EmbedFlags {
	/** No header (title) and a one-line footer (sources and the link back stay). */
	plain: boolean;
	/** Colours: light (default), dark, or the reader's system preference. */
	dark: DarkMode;
	/** A still map: no pan, zoom, controls or clicks (for print or screenshots). */
	static: boolean;
	/** No page background, so the host page shows through around the map. */
	transparent: boolean;
	/** A known chapter id: show only that chapter. */
	chapter: string | undefined;
}

export const DEFAULT_FLAGS: Readonly<EmbedFlags> = Object.freeze({
	plain: false,
	dark: 'light',
	static: false,
	transparent: false,
	chapter: undefined
});

const TRUE = new Set(['', 'true', '1', 'on', 'yes']);
const FALSE = new Set(['false', '0', 'off', 'no']);

/** A switch: `?plain`, `?plain=true|1|on|yes` or `?plain=false|0|off|no`; anything else keeps the default. */
function parseSwitch(value: string | null, fallback: boolean): boolean {
	if (value === null) return fallback;
	const normalized = value.trim().toLowerCase();
	if (TRUE.has(normalized)) return true;
	if (FALSE.has(normalized)) return false;
	return fallback;
}

function parseDark(value: string | null): DarkMode {
	if (value !== null && value.trim().toLowerCase() === 'auto') return 'auto';
	return parseSwitch(value, false) ? 'dark' : 'light';
}

/**
 * @param query `location.search` (with or without "?") or its parsed form
 * @param chapterIds the story's chapter ids: the only values `chapter` can take
 */
export function parseEmbedFlags(query: string | URLSearchParams, chapterIds: readonly string[]): EmbedFlags {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const chapter = params.get('chapter');
	return {
		plain: parseSwitch(params.get('plain'), false),
		dark: parseDark(params.get('dark')),
		static: parseSwitch(params.get('static'), false),
		transparent: parseSwitch(params.get('transparent'), false),
		chapter: chapter === null ? undefined : chapterIds.find((id) => id === chapter)
	};
}

/** The canonical query string for flags (without `chapter`, which is in the path), "" for the defaults. */
export function flagsQuery(flags: Partial<Omit<EmbedFlags, 'chapter'>>): string {
	const params: string[] = [];
	if (flags.plain) params.push('plain=true');
	if (flags.dark === 'dark') params.push('dark=true');
	if (flags.dark === 'auto') params.push('dark=auto');
	if (flags.static) params.push('static=true');
	if (flags.transparent) params.push('transparent=true');
	return params.length ? `?${params.join('&')}` : '';
}
