/**
 * The projector's zoom: a factor on its large type, stepped like a browser's
 * zoom and remembered across visits. Storage may be blocked; then the zoom
 * lives in memory for the visit and nothing throws.
 */
import type { KeyValueStore } from '../state/persistence';

export const ZOOM_LEVELS: readonly number[] = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5];
export const DEFAULT_ZOOM = 1;

export const ZOOM_KEY = 'alloy-workshop:present-zoom';

export function zoomIn(zoom: number): number {
  return ZOOM_LEVELS.find((level) => level > zoom + 1e-9) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!;
}

export function zoomOut(zoom: number): number {
  return [...ZOOM_LEVELS].reverse().find((level) => level < zoom - 1e-9) ?? ZOOM_LEVELS[0]!;
}

/** A stored zoom, or the default when it is missing or not one of the levels. */
export function readZoom(text: string | null): number {
  const zoom = Number(text);
  return text !== null && ZOOM_LEVELS.includes(zoom) ? zoom : DEFAULT_ZOOM;
}

export type ZoomMemory = { load(): number; save(zoom: number): void };

/** `open` returns the storage to use; it may throw (e.g. `window.localStorage` when blocked). */
export function createZoomMemory(open: () => KeyValueStore): ZoomMemory {
  let remembered: number | null = null;
  return {
    load() {
      if (remembered !== null) return remembered;
      try {
        return readZoom(open().getItem(ZOOM_KEY));
      } catch {
        return DEFAULT_ZOOM;
      }
    },
    save(zoom) {
      remembered = zoom;
      try {
        open().setItem(ZOOM_KEY, String(zoom));
      } catch {
        // Kept in memory only: the visit still has its zoom.
      }
    },
  };
}
