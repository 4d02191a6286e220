/** PUBLIC_SITE_URL, validated (see lib/share/site-url.ts). Build time only; `vite dev` previews locally. */
import { dev } from '$app/environment';
import { LOCAL_SITE_URL, resolveSiteUrl } from '../share/site-url';

export function publicSiteUrl(): string {
	return resolveSiteUrl(dev ? (process.env.PUBLIC_SITE_URL ?? LOCAL_SITE_URL) : process.env.PUBLIC_SITE_URL);
}
