import { loadSite } from '$lib/server/load-site';
import { staticMapImages } from '$lib/server/static-maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { story, manifest } = await loadSite();
	return {
		story,
		layers: manifest.layers,
		basemap: manifest.basemap,
		staticMaps: await staticMapImages()
	};
};
