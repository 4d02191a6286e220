export const prerender = true;
// Every page is written as <path>/index.html and linked with its trailing slash, so that any static
// host serves it with no rewrite rule and no redirect (see src/lib/site-paths.ts, docs/deploy.md).
export const trailingSlash = 'always';
