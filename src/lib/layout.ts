/** Below this width the map is stacked above the text instead of beside it (keep in sync with app.css). */
export const STACKED_LAYOUT = '(max-width: 56.25rem)';
