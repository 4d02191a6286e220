/**
 * Keyboard stepping between chapters: j / k always, and ArrowDown / ArrowUp / PageDown / PageUp
 * once the current chapter is fully read (before that, they scroll the text as usual).
 * Keys typed into form fields or aimed at the map (which pans with arrows) are left alone.
 */
export type Step = 'next' | 'previous';

export interface KeyInput {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	/** Whether the event target is a form field, the map, or anything else that owns its keys. */
	targetOwnsKeys: boolean;
}

export interface ChapterInView {
	/** The active chapter's bottom edge is above the bottom of the viewport. */
	bottomVisible: boolean;
	/** The active chapter's top edge is below the top of the reading area. */
	topVisible: boolean;
}

const OWNS_KEYS = [
	'input',
	'textarea',
	'select',
	'[contenteditable=""]',
	'[contenteditable="true"]',
	'[role="slider"]',
	'.maplibregl-canvas',
	'[data-owns-keys]'
].join(', ');

export function ownsKeys(target: EventTarget | null): boolean {
	return target instanceof Element && target.closest(OWNS_KEYS) !== null;
}

export function stepForKey(input: KeyInput, chapter: ChapterInView): Step | undefined {
	if (input.altKey || input.ctrlKey || input.metaKey || input.targetOwnsKeys) return undefined;
	switch (input.key) {
		case 'j':
			return input.shiftKey ? undefined : 'next';
		case 'k':
			return input.shiftKey ? undefined : 'previous';
		case 'ArrowDown':
		case 'PageDown':
			return chapter.bottomVisible ? 'next' : undefined;
		case 'ArrowUp':
		case 'PageUp':
			return chapter.topVisible ? 'previous' : undefined;
		default:
			return undefined;
	}
}
