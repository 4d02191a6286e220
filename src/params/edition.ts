/**
 * The first path segment of a page in another edition of the story: its language (/fa/…). The
 * story's own language has no prefix. Only editions the story has are built (server/pages.ts).
 */
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => /^[a-z]{2,3}(?:-[a-z]{2})?$/.test(param);
