import { loadSite } from '$lib/server/load-site';
import { publicSiteUrl } from '$lib/server/public-site-url';
import { staticMapImages } from '$lib/server/static-maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { story, manifest, drawPlans } = await loadSite();
	return {
		story,
		layers: manifest.layers,
		basemap: manifest.basemap,
		drawPlans,
		staticMaps: await staticMapImages(),
		publicUrl: publicSiteUrl()
	};
};
