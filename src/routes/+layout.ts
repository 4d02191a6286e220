export const prerender = true;
// Every page is a folder with an index.html: any static host serves it without rewriting rules.
export const trailingSlash = 'always';
