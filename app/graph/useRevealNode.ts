/**
 * Brings the highlighted node into view when it lies outside the visible
 * area, keeping the zoom; a node already in view never moves the graph.
 */
import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { GraphView } from '../../src/graph-model/graph-view';
import type { GraphLayout } from '../../src/graph-model/stable-layout';

export function useRevealNode(
  nodeId: string | null,
  view: GraphView | null,
  layout: GraphLayout | null,
): void {
  const { getViewport, setCenter } = useReactFlow();
  const store = useStoreApi();
  const position = nodeId === null ? undefined : layout?.positions.get(nodeId);
  const node = nodeId === null ? undefined : view?.nodes.find((candidate) => candidate.id === nodeId);
  const x = position?.x;
  const y = position?.y;
  const width = node?.width;
  const height = node?.height;

  // Keyed on the box, not the id: typing in a block's label renames its node where it stands.
  useEffect(() => {
    if (x === undefined || y === undefined || width === undefined || height === undefined) return;
    // The pane's size as React Flow last measured it: reading the DOM here would force a layout.
    const { width: paneWidth, height: paneHeight } = store.getState();
    const { x: panX, y: panY, zoom } = getViewport();
    const left = x * zoom + panX;
    const top = y * zoom + panY;
    const inView =
      left >= 0 && top >= 0 && left + width * zoom <= paneWidth && top + height * zoom <= paneHeight;
    if (!inView) void setCenter(x + width / 2, y + height / 2, { zoom, duration: 200 });
  }, [x, y, width, height, store, getViewport, setCenter]);
}
