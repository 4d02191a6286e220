/**
 * What StoryMap needs once MapLibre is there: the style builders, the controller, the camera and
 * the timeline marks. Loaded with MapLibre (load-maplibre.ts), so none of it is in
 * the scripts a page needs before its text works.
 */
export { cameraCommand } from './camera';
export { MapController } from './map-controller';
export { storyMapStyle } from './map-style';
export { sourceId, styleLayerIds } from './story-layers-style';
export { markMapTimeline } from './map-timeline';
