import { error } from '@sveltejs/kit';
import { loadEdition } from '$lib/server/load-site';
import { publicSiteUrl } from '$lib/server/public-site-url';
import type { LayoutServerLoad } from './$types';

/** Every page of an edition: how it writes (strings, locale, fonts) and the site's public address. */
export const load: LayoutServerLoad = async ({ params }) => {
	const edition = await loadEdition(params.edition);
	if (!edition) error(404, 'No such edition');
	return { edition: edition.info, publicUrl: publicSiteUrl() };
};
