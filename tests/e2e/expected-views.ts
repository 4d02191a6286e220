/** What each chapter's camera should show, computed from the same content and data the site is built from. */
import { loadSite } from '../../src/lib/server/load-site';
import { chapterView } from '../../src/lib/map/view';

export interface ExpectedView {
	id: string;
	title: string;
	/** Centre the camera should end at (for fitted cameras, the centre of the fitted box in Web Mercator). */
	center: [number, number];
	/** Exact zoom for explicit cameras; for fitted cameras, the highest zoom allowed. */
	zoom?: number;
	maxZoom?: number;
	layers: string[];
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

export async function expectedViews(): Promise<ExpectedView[]> {
	const { manifest, editions } = await loadSite();
	const { story } = editions[0]!;
	return story.chapters.map((chapter) => {
		const { camera, layers } = chapterView(chapter, manifest.layers);
		if (camera.kind === 'center')
			return { id: chapter.id, title: chapter.title, center: camera.center, zoom: camera.zoom, layers };
		const [w, s, e, n] = camera.bounds;
		return {
			id: chapter.id,
			title: chapter.title,
			center: [(w + e) / 2, latitudeOf((mercatorY(s) + mercatorY(n)) / 2)],
			maxZoom: camera.maxZoom,
			layers
		};
	});
}

export async function layerColors(): Promise<Record<string, string>> {
	const { manifest } = await loadSite();
	return Object.fromEntries(manifest.layers.map((layer) => [layer.id, layer.color]));
}

export async function layerFeatures(): Promise<Record<string, string[]>> {
	const { manifest } = await loadSite();
	return Object.fromEntries(manifest.layers.map((layer) => [layer.id, layer.features.map((f) => f.id)]));
}
