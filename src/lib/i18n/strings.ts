/**
 * The engine's strings catalogue: every word the pages show that is not the story's own content,
 * in English. A story overrides any of them with `copy:` in story.yaml; an edition in another
 * language gives all of them in its strings.yaml (validated: a missing key is an error).
 * `{name}` marks a value filled in at run time (interpolate below). Components never hold prose.
 */
export const ENGINE_STRINGS = {
	// The masthead and the page around the story
	'page.kicker': 'A story map',
	'page.checked': 'Checked against its sources on {date}',
	'page.updated': 'Updated {date}',
	'page.motion.toggle': 'Reduce motion',
	'page.motion.reduced': 'Map moves without animation.',
	'page.motion.animated': 'Map animates between places.',
	'page.hint.scroll':
		'Scroll to read; the map follows. Keys: {next} next chapter, {previous} previous. Select a place on the map or in a chapter’s list for its details and sources.',
	'page.languages': 'This story in other languages',
	'page.sources.title': 'All sources',
	'page.sources.intro': 'Every source the story and its map cite, numbered in the order they first appear.',
	'page.sources.sides': 'Where a source belongs to a side, it says so:',
	'page.corrections.title': 'Corrections and updates',
	'page.corrections.intro': 'What changed in the story since it was first published, and why.',
	'page.corrections.none': 'No corrections or updates so far.',
	'page.credits.basemap': 'Basemap: {source} (public domain).',
	'page.credits.basemapName': 'Natural Earth',
	'page.credits.font': 'Map labels: {font} ({licence}).',
	'page.credits.rendering': 'Map rendering: MapLibre GL JS.',
	'page.credits.places':
		'Places on the map: compiled from the sources above; approximate positions are drawn as approximate.',
	'page.notFound': 'There is no page at this address.',
	'page.error': 'This page could not be shown: {message}',
	'page.redirect': 'Opening “{chapter}” in {story}…',

	'list.separator': ', ',

	// A chapter
	'chapter.onTheMap': 'On the map:',
	'chapter.sources': 'Sources',
	'chapter.places': 'Places in this chapter',
	'chapter.approximate': '(approximate)',
	'chapter.corrections': 'Corrections and updates to this chapter',
	'chapter.read': 'Read this chapter',

	// Corrections and updates
	'correction.kind.correction': 'Correction',
	'correction.kind.update': 'Update',
	'correction.why': 'Why:',
	'correction.chapter': 'Chapter: {chapter}',
	'correction.story': 'The whole story',

	// Sources
	'source.accessed': 'Read on {date}',
	'source.copy': 'copy',
	'source.revision': 'revision read',
	'source.undated': 'undated',
	'source.inList': 'Source {number} in the full list',
	'source.cited': 'Source {number}: {title}',
	'measure.km': '{km} km',
	'chapter.untranslated': 'This chapter is not translated yet; here it is in the original language.',
	'sources.label': 'Sources:',

	// The map
	'map.label': 'Map for the chapter “{chapter}”',
	'map.embedLabel': 'Map: {chapter}',
	'map.default': 'Story map',
	'map.failed':
		'The interactive map could not start in this browser, so this is a still picture of the same view. The story is complete without it.',
	'map.lost':
		'The map paused because the browser reset its graphics. Showing a still picture until it is back.',
	'map.missing': 'Not shown: {layers} (the data could not be loaded). The rest of the map works.',
	'map.legend': 'Map legend',
	'map.legendToggle': 'Legend',
	'map.legend.approximate': 'Approximate location (circle: how far off it may be)',
	'map.legend.schematic': 'Approximate or schematic line',
	'map.basemapCredit': 'Basemap: Natural Earth',
	'map.copyCamera': 'Copy camera as YAML',
	'map.cameraCopied': 'Camera copied',

	// The timeline
	'timeline.label': 'Timeline',
	'timeline.slider': 'Chapter by year, {start} to {end}',
	'timeline.start': 'Introduction',

	// A place's details
	'place.close': 'Close details of {name}',
	'place.established': 'Established location',
	'place.approximate': 'Approximate location',
	'place.approximateBy': 'Approximate location: may be off by up to {km} km',
	'place.disputed': 'Disputed',
	'place.sources': 'Sources',
	'place.inStory': 'In the story',
	'place.localName': '{language}: ',

	// Embeds
	'embed.fullStory': 'Read the full story: {story}',
	'embed.fullStoryShort': 'Full story',
	'embed.credits': '{basemap}. Rendering: MapLibre GL JS.',
	'embed.fontCredit': 'Labels: {font} ({licence}).',
	'embed.chapters': 'Chapters',
	'embed.sources': 'Sources ({count})',
	'embed.previous': 'Previous',
	'embed.next': 'Next',
	'embed.position': '{current} / {count}',
	'embed.announce': 'Chapter {current} of {count}: {chapter}',
	'embed.frameTitle.chapter': 'Map: {chapter} (from “{story}”)',
	'embed.frameTitle.story': 'Story map: {story}',

	// Share / Embed
	'share.button': 'Share / Embed',
	'share.title': 'Share or embed “{chapter}”',
	'share.close': 'Close',
	'share.link': 'Link to this chapter',
	'share.options': 'Embed options',
	'share.option.plain': 'Plain: no header, short footer',
	'share.option.dark': 'Dark colours',
	'share.option.static': 'Static: no zooming or panning (print)',
	'share.option.transparent': 'Transparent background',
	'share.chapterCode': 'Embed this chapter’s map',
	'share.storyCode': 'Embed the whole story (chapter by chapter)',
	'share.followScroll':
		'Follow the page’s scroll (every chapter in a tall frame, the map stays in view; needs the script, else chapter by chapter)',
	'share.preview': 'Preview',
	'share.previewTitle': 'Preview: {title}',
	'share.note':
		'Paste the code into your page’s HTML. The script keeps the frame as tall as its content; if your system removes scripts, the frame still works at its first height.',
	'share.wordpress':
		'WordPress: paste the link to this chapter (or to the story) on a line of its own: the map appears, for every role. The embed code needs a Custom HTML block, which WordPress keeps only for Editors and Administrators; for Authors it removes the map and leaves a link.',
	'share.ampCode': 'For AMP pages',
	'share.download': 'Download this chapter’s map as a picture (PNG, 1200 × 630)',
	'copy.button': 'Copy',
	'copy.done': 'Copied.',
	'copy.selected': 'Selected: press Ctrl+C (⌘C on a Mac) to copy.'
} as const;

export type StringKey = keyof typeof ENGINE_STRINGS;
export type Strings = Record<StringKey, string>;
export type StringParams = Record<string, string | number>;

export const STRING_KEYS = Object.keys(ENGINE_STRINGS) as StringKey[];

/** The names between braces in a template ("{date}" → ["date"]). */
export function templateParams(template: string): string[] {
	return [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]!);
}

/** Fills `{name}` placeholders; a placeholder without a value is left as written. */
export function interpolate(template: string, params: StringParams = {}): string {
	return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}

/**
 * A template cut at its placeholders, for components that render a value as markup (a key in
 * <kbd>, a link): text parts and `{ param }` parts, in order.
 */
export function templateParts(template: string): ({ text: string } | { param: string })[] {
	const parts: ({ text: string } | { param: string })[] = [];
	let last = 0;
	for (const match of template.matchAll(/\{([a-zA-Z]+)\}/g)) {
		if (match.index > last) parts.push({ text: template.slice(last, match.index) });
		parts.push({ param: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push({ text: template.slice(last) });
	return parts;
}
