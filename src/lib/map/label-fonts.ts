/**
 * The font the map's labels are drawn with: the story's own (story.yaml `fonts.labels`), which
 * the page's head declares (FontFaces.svelte) and names in a `<meta name="story-label-font">`.
 * MapLibre draws every glyph in the browser (no glyph server), in the CSS font family the style's
 * `text-font` names.
 *
 * Not with the style's `font-faces`: MapLibre adds those to `document.fonts` from script, and each
 * addition makes the browser lay out the whole page again (measured: ~25–45 ms per font file on the
 * story page, on the main thread while the map starts). A face the CSS declares loads without that.
 * MapLibre itself waits only for the face that covers a space before it draws, and a glyph drawn
 * before its face has loaded stays in a fallback font; so the map is created once every face has
 * loaded (they are small, and they download while MapLibre does). If they do not load, or take too
 * long, labels are drawn in the browser's own sans-serif font instead: MapLibre would otherwise wait
 * for the font, and never finish the map's first view. A story without a label font uses that
 * sans-serif from the start.
 */

/** What labels are drawn with when the story has no label font, or it could not be loaded in time. */
export const FALLBACK_LABEL_FONT = 'sans-serif';

/** The map does not wait longer than this for the font (a stalled request must not keep it away). */
const LABEL_FONT_WAIT_MS = 3000;

/**
 * One character from each of a font's files, from their CSS unicode-ranges: asking the browser to
 * load the font for these characters loads every file.
 */
export function fontSample(unicodeRanges: readonly string[]): string {
	return unicodeRanges
		.map((ranges) => {
			const [start, end] = ranges
				.split(',')[0]!
				.trim()
				.replace(/^U\+/i, '')
				.replace(/\?/g, '0')
				.split('-')
				.map((hex) => parseInt(hex, 16));
			// A range starting with control characters (U+0000) also covers "A".
			const code = start! < 0x41 && (end ?? start!) >= 0x41 ? 0x41 : start!;
			return String.fromCodePoint(code);
		})
		.join('');
}

let loading: Promise<string> | undefined;

/** The label font the page declares: its family and a character from each of its files. */
function declaredFont(): { family: string; sample: string } | undefined {
	const meta = document.querySelector<HTMLMetaElement>('meta[name="story-label-font"]');
	return meta?.content ? { family: meta.content, sample: meta.dataset.sample ?? 'A' } : undefined;
}

/**
 * Loads every file of the page's label font. Never rejects: resolves with the family to draw labels
 * with: the story's once loaded, FALLBACK_LABEL_FONT if there is none, if a file failed, or if
 * LABEL_FONT_WAIT_MS passed.
 */
export function loadLabelFonts(): Promise<string> {
	if (loading) return loading;
	const font = typeof document === 'undefined' || !document.fonts ? undefined : declaredFont();
	if (!font) return (loading = Promise.resolve(FALLBACK_LABEL_FONT));
	const loaded = document.fonts.load(`16px "${font.family}"`, font.sample).then(
		(faces) =>
			faces.length > 0 && faces.every((face) => face.status === 'loaded') ? font.family : FALLBACK_LABEL_FONT,
		() => FALLBACK_LABEL_FONT
	);
	const timeout = new Promise<string>((resolve) =>
		setTimeout(() => resolve(FALLBACK_LABEL_FONT), LABEL_FONT_WAIT_MS)
	);
	return (loading = Promise.race([loaded, timeout]));
}
