/**
 * A chapter's map view as an embed shows it. Embedded maps are much smaller than the story's
 * (240 px high on a phone), and a fitted camera's padding, in px, is chosen for the full-size map:
 * 110 px on each side would leave almost nothing to frame. Pure.
 */
import type { MapView } from '../map/view';

/** Largest padding, in px, a fitted camera keeps in an embed. */
export const EMBED_MAX_PADDING = 40;

export function embedView(view: MapView): MapView {
	const { camera } = view;
	if (camera.kind !== 'bounds' || camera.padding <= EMBED_MAX_PADDING) return view;
	return { ...view, camera: { ...camera, padding: EMBED_MAX_PADDING } };
}
