// First step of `npm run build` after validation: a build for a deployment must know its public
// address (src/lib/share/site-url.ts). Fails with one sentence, no stack trace.
import { resolveSiteUrl } from '../src/lib/share/site-url';

try {
	resolveSiteUrl(process.env.PUBLIC_SITE_URL);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
