import { loadSite } from '$lib/server/load-site';
import { publicSiteUrl } from '$lib/server/public-site-url';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { story, manifest } = await loadSite();
	return { story, layers: manifest.layers, basemap: manifest.basemap, publicUrl: publicSiteUrl() };
};
