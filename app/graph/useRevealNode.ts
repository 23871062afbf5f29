/**
 * Brings the highlighted node into view when it lies outside the visible
 * area, keeping the zoom; a node already in view never moves the graph.
 */
import { useEffect, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { GraphView } from '../../src/graph-model/graph-view';
import type { GraphLayout } from '../../src/graph-model/stable-layout';

export function useRevealNode(
  nodeId: string | null,
  view: GraphView | null,
  layout: GraphLayout | null,
  container: RefObject<HTMLElement | null>,
): void {
  const { getViewport, setCenter } = useReactFlow();
  const position = nodeId === null ? undefined : layout?.positions.get(nodeId);
  const node = nodeId === null ? undefined : view?.nodes.find((candidate) => candidate.id === nodeId);
  const x = position?.x;
  const y = position?.y;
  const width = node?.width;
  const height = node?.height;

  useEffect(() => {
    const element = container.current;
    if (x === undefined || y === undefined || width === undefined || height === undefined || !element) return;
    const { x: panX, y: panY, zoom } = getViewport();
    const left = x * zoom + panX;
    const top = y * zoom + panY;
    const inView =
      left >= 0 &&
      top >= 0 &&
      left + width * zoom <= element.clientWidth &&
      top + height * zoom <= element.clientHeight;
    if (!inView) void setCenter(x + width / 2, y + height / 2, { zoom, duration: 200 });
  }, [nodeId, x, y, width, height, container, getViewport, setCenter]);
}
