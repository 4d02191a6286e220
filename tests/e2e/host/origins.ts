/**
 * Where the browser tests find the site and the host page. The host page is served from another
 * port on 127.0.0.1 while the site is on localhost: another origin and even another site, as a
 * newspaper embedding the story would be.
 */
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4174);
export const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
/** The example story (examples/suez-canal, built into build-example/ by `npm run build:example`). */
export const EXAMPLE_PORT = Number(process.env.E2E_EXAMPLE_PORT ?? 4175);
export const EXAMPLE_ORIGIN = `http://localhost:${EXAMPLE_PORT}`;

/** The chapter the host pages embed on its own. */
export const HOST_CHAPTER = 'advance-1988';
