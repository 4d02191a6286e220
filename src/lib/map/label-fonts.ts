/**
 * The font the map's labels are drawn with. MapLibre draws every glyph in the browser (no glyph
 * server), in the CSS font family the style's `text-font` names; the page's CSS declares that family
 * (label-fonts.css, imported by app.css).
 *
 * Not with the style's `font-faces`: MapLibre adds those to `document.fonts` from script, and each
 * addition makes the browser lay out the whole page again (measured: ~25–45 ms per font file on the
 * story page, on the main thread while the map starts). A face the CSS declares loads without that.
 * MapLibre itself waits only for the face that covers a space before it draws, and a glyph drawn
 * before its face has loaded stays in a fallback font; so the map is created once every face has
 * loaded (they are small, and they download while MapLibre does). If they do not load, or take too
 * long, labels are drawn in the browser's own sans-serif font instead: MapLibre would otherwise wait
 * for the font, and never finish the map's first view.
 */

/** The family label layers ask for (`text-font`) when it has loaded. */
export const LABEL_FONT = 'Vazirmatn';

/** What labels are drawn with when the label font could not be loaded in time. */
const FALLBACK_LABEL_FONT = 'sans-serif';

export const LABEL_FONT_CREDIT = 'Labels: Vazirmatn (SIL OFL)';

/** The map does not wait longer than this for the font (a stalled request must not keep it away). */
const LABEL_FONT_WAIT_MS = 3000;

/** One character from each of the family's files: Latin, Latin Extended, Arabic. */
const ONE_OF_EACH_FILE = 'A\u0101\u0627';

let loading: Promise<string> | undefined;

/**
 * Loads every file of the label font. Never rejects: resolves with the family to draw labels with,
 * LABEL_FONT once loaded, FALLBACK_LABEL_FONT if a file failed or LABEL_FONT_WAIT_MS passed.
 */
export function loadLabelFonts(): Promise<string> {
	if (loading) return loading;
	if (typeof document === 'undefined' || !document.fonts)
		return (loading = Promise.resolve(FALLBACK_LABEL_FONT));
	const loaded = document.fonts.load(`16px ${LABEL_FONT}`, ONE_OF_EACH_FILE).then(
		(faces) =>
			faces.length > 0 && faces.every((face) => face.status === 'loaded') ? LABEL_FONT : FALLBACK_LABEL_FONT,
		() => FALLBACK_LABEL_FONT
	);
	const timeout = new Promise<string>((resolve) =>
		setTimeout(() => resolve(FALLBACK_LABEL_FONT), LABEL_FONT_WAIT_MS)
	);
	return (loading = Promise.race([loaded, timeout]));
}
