import { describe, expect, it } from 'vitest';
import { edgeAnchors, edgeGeometry, LANE_GAP } from './edge-path';

describe('edgeAnchors', () => {
  it('runs from the right middle of the source to the left middle of the target, shifted by lane', () => {
    const source = { x: 0, y: 0, width: 200, height: 60 };
    const target = { x: 300, y: 100, width: 200, height: 40 };
    expect(edgeAnchors(source, target, 0)).toEqual({ start: { x: 200, y: 30 }, end: { x: 300, y: 120 } });
    expect(edgeAnchors(source, target, -1)).toEqual({
      start: { x: 200, y: 30 - LANE_GAP },
      end: { x: 300, y: 120 - LANE_GAP },
    });
  });
});

describe('edgeGeometry', () => {
  it('draws a horizontal S-curve with its label at the midpoint', () => {
    const geometry = edgeGeometry({ x: 0, y: 0 }, { x: 100, y: 40 });
    expect(geometry.d).toBe('M0,0 C50,0 50,40 100,40');
    expect(geometry.label).toEqual({ x: 50, y: 20 });
  });

  it('swings a backward edge out beyond both ends', () => {
    const geometry = edgeGeometry({ x: 500, y: 0 }, { x: 100, y: 0 });
    expect(geometry.d).toBe('M500,0 C620,0 -20,0 100,0');
  });

  it('loops a self-reference over the top of its box', () => {
    const geometry = edgeGeometry({ x: 200, y: 30 }, { x: 0, y: 30 }, true);
    expect(geometry.label.y).toBeLessThan(30);
    expect(geometry.label.x).toBe(100);
  });
});
