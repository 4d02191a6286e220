/**
 * Keyboard stepping between chapters, for every view of the story. j / k always. On the scrolling
 * page, ArrowDown / ArrowUp / PageDown / PageUp once the current chapter is fully read (before that,
 * they scroll the text as usual). In the stepper (one chapter at a time), the arrow that points the
 * way the text reads: → / ← left to right, ← / → in a right-to-left edition.
 * Keys typed into form fields or aimed at the map (which pans with arrows) are left alone. Pure.
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

/** Where the keys are pressed: the scrolling page (with the active chapter's position), or the stepper. */
export type StepMode = { mode: 'scroll'; chapter: ChapterInView } | { mode: 'stepper'; dir: 'ltr' | 'rtl' };

export function stepForKey(input: KeyInput, where: StepMode): Step | undefined {
	if (input.altKey || input.ctrlKey || input.metaKey || input.targetOwnsKeys) return undefined;
	if (where.mode === 'stepper') {
		if (input.shiftKey) return undefined;
		const forward = where.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
		const back = where.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
		if (input.key === forward || input.key === 'j') return 'next';
		if (input.key === back || input.key === 'k') return 'previous';
		return undefined;
	}
	const { chapter } = where;
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
