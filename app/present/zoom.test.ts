import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../state/persistence';
import { createZoomMemory, DEFAULT_ZOOM, readZoom, ZOOM_KEY, ZOOM_LEVELS, zoomIn, zoomOut } from './zoom';

function memoryStore(): KeyValueStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('zoom steps', () => {
  it('steps through the levels and stops at both ends', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(ZOOM_LEVELS.at(-1)!)).toBe(ZOOM_LEVELS.at(-1));
    expect(zoomOut(ZOOM_LEVELS[0]!)).toBe(ZOOM_LEVELS[0]);
  });

  it('reads only known levels back', () => {
    expect(readZoom('1.5')).toBe(1.5);
    for (const text of [null, '', 'big', '1.3', '1e9', 'NaN']) expect(readZoom(text)).toBe(DEFAULT_ZOOM);
  });
});

describe('createZoomMemory', () => {
  it('remembers the zoom in storage', () => {
    const store = memoryStore();
    createZoomMemory(() => store).save(1.25);
    expect(store.items.get(ZOOM_KEY)).toBe('1.25');
    expect(createZoomMemory(() => store).load()).toBe(1.25);
  });

  it('keeps the zoom in memory when storage is blocked', () => {
    const memory = createZoomMemory(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(memory.load()).toBe(DEFAULT_ZOOM);
    memory.save(2);
    expect(memory.load()).toBe(2);
  });
});
