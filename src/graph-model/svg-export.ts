/**
 * A standalone SVG picture of the graph, drawn from the same geometry and
 * palette as the live view, with a legend underneath. Plain string building:
 * no DOM, so it also runs in tests and workers.
 */
import type { Point } from './elk-graph';
import { edgeAnchors, edgeGeometry } from './edge-path';
import type { GraphNodeView, GraphView } from './graph-view';
import { ecosystemAccent, SIGNAL_STYLES, SIGNALS, SURFACES, type GraphTheme } from './palette';

const PADDING = 24;
const LEGEND_ROW = 22;
const FONT = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";

export function renderGraphSvg(
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  theme: GraphTheme,
): string {
  const surface = SURFACES[theme];
  const placed = view.nodes.flatMap((node) => {
    const at = positions.get(node.id);
    return at ? [{ node, box: { ...at, width: node.width, height: node.height } }] : [];
  });
  const boxes = new Map(placed.map(({ node, box }) => [node.id, box]));

  const bounds = boundsOf([...boxes.values()]);
  const legendTop = bounds.maxY + PADDING;
  const width = Math.max(bounds.maxX - bounds.minX, 420) + 2 * PADDING;
  const height = legendTop - bounds.minY + LEGEND_ROW * 2 + PADDING;
  const origin = { x: bounds.minX - PADDING, y: bounds.minY - PADDING };

  const edges = view.edges.flatMap((edge) => {
    const source = boxes.get(edge.from);
    const target = boxes.get(edge.to);
    if (!source || !target) return [];
    const { start, end } = edgeAnchors(source, target, edge.lane);
    const geometry = edgeGeometry(start, end, edge.from === edge.to);
    const style = SIGNAL_STYLES[edge.signal];
    const dash = style.dash === 'none' ? '' : ` stroke-dasharray="${style.dash}"`;
    const opacity = edge.stale ? ' stroke-opacity="0.5"' : '';
    return [
      `<path d="${geometry.d}" fill="none" stroke="${style.color[theme]}" stroke-width="2"${dash}${opacity} marker-end="url(#arrow-${edge.signal})"/>`,
      edgeLabel(edge.signal, geometry.label, theme),
    ];
  });

  const nodes = placed.map(({ node, box }) => nodeCard(node, box, theme));
  const legend = legendRow(bounds.minX, legendTop, theme);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="${round(origin.x)} ${round(origin.y)} ${round(width)} ${round(height)}" role="img" aria-label="Pipeline graph">`,
    `<title>Pipeline graph: ${view.nodes.length} components, ${view.edges.length} connections</title>`,
    `<defs>${SIGNALS.map((signal) => arrowMarker(signal, theme)).join('')}</defs>`,
    `<rect x="${round(origin.x)}" y="${round(origin.y)}" width="${round(width)}" height="${round(height)}" fill="${surface.background}"/>`,
    ...edges,
    ...nodes,
    legend,
    '</svg>',
  ].join('\n');
}

function nodeCard(
  node: GraphNodeView,
  box: Point & { width: number; height: number },
  theme: GraphTheme,
): string {
  const surface = SURFACES[theme];
  const hasErrors = node.errors.length > 0;
  const fill = hasErrors
    ? surface.errorFill
    : node.kind === 'external'
      ? surface.externalFill
      : surface.nodeFill;
  const stroke = hasErrors ? surface.error : surface.nodeBorder;
  const dash = node.kind === 'external' || node.status === 'stale' ? ' stroke-dasharray="6 4"' : '';
  const accent = ecosystemAccent(node.ecosystem, theme);
  const textX = box.x + 14;
  const maxChars = Math.floor((box.width - 30) / 7.2);
  const titleY = node.subtitle === null ? box.y + box.height / 2 + 5 : box.y + 24;
  const problems = [...node.errors, ...node.warnings];
  return [
    `<g${node.status === 'stale' ? ' opacity="0.6"' : ''}>`,
    problems.length > 0 ? `<title>${escapeXml(problems.join('\n'))}</title>` : '',
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${box.width}" height="${box.height}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${hasErrors ? 2 : 1}"${dash}/>`,
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="5" height="${box.height}" rx="2" fill="${accent}"/>`,
    `<text x="${round(textX)}" y="${round(titleY)}" font-family="${MONO}" font-size="12" font-weight="600" fill="${surface.text}">${escapeXml(truncate(node.title, maxChars))}</text>`,
    node.subtitle === null
      ? ''
      : `<text x="${round(textX)}" y="${round(box.y + 43)}" font-family="${MONO}" font-size="12" fill="${surface.mutedText}">${escapeXml(truncate(node.subtitle, maxChars))}</text>`,
    hasErrors
      ? `<circle cx="${round(box.x + box.width - 12)}" cy="${round(box.y + 12)}" r="8" fill="${surface.error}"/><text x="${round(box.x + box.width - 12)}" y="${round(box.y + 16)}" text-anchor="middle" font-family="${FONT}" font-size="11" font-weight="700" fill="${surface.nodeFill}">!</text>`
      : '',
    '</g>',
  ].join('');
}

function edgeLabel(text: string, at: Point, theme: GraphTheme): string {
  const surface = SURFACES[theme];
  const width = text.length * 6.4 + 10;
  return (
    `<rect x="${round(at.x - width / 2)}" y="${round(at.y - 8)}" width="${round(width)}" height="16" rx="4" fill="${surface.background}" fill-opacity="0.9"/>` +
    `<text x="${round(at.x)}" y="${round(at.y + 4)}" text-anchor="middle" font-family="${FONT}" font-size="11" fill="${surface.mutedText}">${escapeXml(text)}</text>`
  );
}

function legendRow(left: number, top: number, theme: GraphTheme): string {
  const surface = SURFACES[theme];
  const itemWidth = 190;
  return SIGNALS.map((signal, index) => {
    const x = left + (index % 3) * itemWidth;
    const y = top + Math.floor(index / 3) * LEGEND_ROW;
    const style = SIGNAL_STYLES[signal];
    const dash = style.dash === 'none' ? '' : ` stroke-dasharray="${style.dash}"`;
    return (
      `<line x1="${round(x)}" y1="${round(y)}" x2="${round(x + 32)}" y2="${round(y)}" stroke="${style.color[theme]}" stroke-width="2.5"${dash}/>` +
      `<text x="${round(x + 40)}" y="${round(y + 4)}" font-family="${FONT}" font-size="11" fill="${surface.text}">${signal}: ${style.pattern}</text>`
    );
  }).join('');
}

function arrowMarker(signal: (typeof SIGNALS)[number], theme: GraphTheme): string {
  return `<marker id="arrow-${signal}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${SIGNAL_STYLES[signal].color[theme]}"/></marker>`;
}

function boundsOf(boxes: (Point & { width: number; height: number })[]) {
  if (boxes.length === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return {
    minX: Math.min(...boxes.map((box) => box.x)),
    minY: Math.min(...boxes.map((box) => box.y)),
    maxX: Math.max(...boxes.map((box) => box.x + box.width)),
    maxY: Math.max(...boxes.map((box) => box.y + box.height)),
  };
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
