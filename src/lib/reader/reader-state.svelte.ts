/**
 * The reader's state, one per page, shared by every view of the story (the scrolling page, the
 * single-chapter embed, the whole-story stepper): the active chapter, how far through it the
 * reader is, the open place, and what follows from them (the map's view, the legend, the open
 * place's sources and chapters). Shells decide *when* the active chapter changes (scroll, buttons,
 * the host page); this class owns *what* it means. It follows the URL both ways: `#chapter` and
 * `#place=<id>` (a link pasted into the open tab, Back and Forward) open what they name, and the
 * shells write the fragment back through it.
 * Svelte 5 runes in a class: https://svelte.dev/docs/svelte/$state#Classes
 */
import { replaceState } from '$app/navigation';
import type { Source } from '../content/schema';
import { featuresById, type ManifestFeature, type ManifestLayer } from '../geodata/manifest';
import { legendFor, type LegendEntry } from '../map/legend';
import type { DrawPlan } from '../map/route-drawing';
import type { MapView } from '../map/view';
import {
	byId,
	chapterIndexForPlace,
	chaptersMentioning,
	parseStoryHash,
	placeHash,
	placeSources
} from './places';

/** What the reader state knows of a chapter: enough to move the map and to find places. */
export interface ReaderChapter {
	id: string;
	title: string;
	/** Its map view, resolved at build time. */
	view: MapView;
	layers: string[];
	/** The places it lists. */
	places: string[];
	/** A line it draws as the reader scrolls, if any. */
	draw?: string;
	/** What its map shows, in words. */
	description: string;
}

export interface ReaderInput {
	/** Every chapter of the story, in reading order (an embed of one chapter too: places name others). */
	chapters: readonly ReaderChapter[];
	/** The story layers this page's map draws. */
	layers: readonly ManifestLayer[];
	/** The sources this page can show, numbered as in the story. */
	sources: readonly Source[];
	/** How self-drawing lines draw (route-drawing.ts). */
	drawPlans?: readonly DrawPlan[];
}

/** An open place, with what its details panel lists. */
export interface OpenPlace {
	feature: ManifestFeature;
	layer: ManifestLayer;
	sources: Source[];
	chapters: { id: string; title: string }[];
}

export class ReaderState {
	/** Index of the chapter being read. */
	active = $state(0);
	/** How far through the active chapter the reader has scrolled, 0…1 (for self-drawing lines). */
	progress = $state(0);
	/** Id of the place whose details are open. */
	selected = $state<string | null>(null);

	readonly #input: () => ReaderInput;
	/** Where focus returns when the open place closes. */
	#opener: HTMLElement | null = null;

	readonly chapters: readonly ReaderChapter[];
	/** The active chapter. */
	readonly chapter: ReaderChapter;
	/** The map's view for the active chapter. */
	readonly view: MapView;
	readonly features: ReadonlyMap<string, ManifestFeature>;
	readonly layersById: ReadonlyMap<string, ManifestLayer>;
	readonly sourcesById: ReadonlyMap<string, Source>;
	/** The active chapter's layers that this page draws, in drawing order. */
	readonly shownLayers: readonly ManifestLayer[];
	/** What the legend lists for the active chapter. */
	readonly legend: readonly LegendEntry[];
	/** The open place, with what its details list. */
	readonly place: OpenPlace | undefined;

	/**
	 * @param input the story as this page has it (a function, so that the page's data can change
	 *   under it, e.g. in the authors' live preview)
	 * @param start the chapter to start at (default: the first)
	 */
	constructor(input: () => ReaderInput, start?: string) {
		this.#input = input;
		if (start)
			this.active = Math.max(
				0,
				input().chapters.findIndex((chapter) => chapter.id === start)
			);
		this.chapters = $derived(input().chapters);
		this.chapter = $derived(this.chapters[Math.min(this.active, this.chapters.length - 1)]!);
		this.view = $derived(this.chapter.view);
		this.features = $derived(featuresById({ layers: input().layers }));
		this.layersById = $derived(byId(input().layers));
		this.sourcesById = $derived(byId(input().sources));
		this.shownLayers = $derived(input().layers.filter((layer) => this.chapter.layers.includes(layer.id)));
		this.legend = $derived(legendFor(this.shownLayers));
		this.place = $derived(this.selected ? this.#openPlace(this.selected) : undefined);
	}

	/** The story layers this page's map draws. */
	get layers(): readonly ManifestLayer[] {
		return this.#input().layers;
	}

	get drawPlans(): readonly DrawPlan[] {
		return this.#input().drawPlans ?? [];
	}

	#openPlace(id: string): OpenPlace | undefined {
		const feature = this.features.get(id);
		const layer = feature && this.layersById.get(feature.layer);
		if (!feature || !layer) return undefined;
		return {
			feature,
			layer,
			sources: placeSources(feature, this.sourcesById),
			chapters: chaptersMentioning(id, this.chapters).map(({ id, title }) => ({ id, title }))
		};
	}

	/** While the active chapter draws a line: the last place the line has reached. */
	reached(reducedMotion: boolean): ManifestFeature | undefined {
		const plan = this.drawPlans.find((p) => p.feature === this.chapter.draw);
		if (!plan) return undefined;
		const km = plan.totalKm * (reducedMotion ? 1 : this.progress);
		const stop = plan.stops.filter((s) => s.km <= km + 1e-6).at(-1);
		return stop && this.features.get(stop.id);
	}

	indexOf(chapterId: string): number {
		return this.chapters.findIndex((chapter) => chapter.id === chapterId);
	}

	/** Opens a place's details; focus returns to `opener` (default: what has focus now) on close. */
	openPlace(id: string, opener: HTMLElement | null = null, writeHash = true): void {
		if (!this.features.has(id)) return;
		this.#opener = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
		this.selected = id;
		if (writeHash) this.#replaceHash(placeHash(id));
	}

	closePlace(writeHash = true): void {
		if (this.selected === null) return;
		this.selected = null;
		if (writeHash) this.writeChapterHash();
		this.#opener?.focus({ preventScroll: true });
		this.#opener = null;
	}

	/** Points the URL at the active chapter (unless a place is open: then it points at the place). */
	writeChapterHash(): void {
		if (this.selected === null) this.#replaceHash(`#${this.chapter.id}`);
	}

	#replaceHash(hash: string): void {
		if (window.location.hash !== hash) replaceState(hash, {});
	}

	/**
	 * Opens what the URL's fragment names, now and whenever it changes in this document (a link
	 * pasted into the address bar, Back and Forward). `goTo` brings the chapter into view (the
	 * shell knows how: scroll, or step); a place also opens its details.
	 * @returns a function that stops following
	 */
	followLocation(goTo: (index: number, why: 'load' | 'change') => void): () => void {
		const apply = (why: 'load' | 'change') => {
			const hash = parseStoryHash(window.location.hash, {
				chapters: { has: (id) => this.indexOf(id) >= 0 },
				places: this.features
			});
			if (!hash) return;
			if ('chapter' in hash) {
				this.closePlace(false);
				goTo(this.indexOf(hash.chapter), why);
				return;
			}
			const feature = this.features.get(hash.place)!;
			const index = chapterIndexForPlace(hash.place, feature.layer, this.chapters);
			if (index >= 0) goTo(index, why);
			this.openPlace(hash.place, null, false);
		};
		apply('load');
		const onChange = () => apply('change');
		window.addEventListener('hashchange', onChange);
		window.addEventListener('popstate', onChange);
		return () => {
			window.removeEventListener('hashchange', onChange);
			window.removeEventListener('popstate', onChange);
		};
	}
}
