/** PUBLIC_SITE_URL, validated (see lib/embed/site-url.ts). Build time only. */
import { resolveSiteUrl } from '../share/site-url';

export function publicSiteUrl(): string {
	return resolveSiteUrl(process.env.PUBLIC_SITE_URL);
}
