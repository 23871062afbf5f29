/** Zoom, fit, export and the text view, as labelled buttons over the graph. */
import { useState } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import type { GraphView } from '../../src/graph-model/graph-view';
import type { GraphTheme } from '../../src/graph-model/palette';
import type { GraphLayout } from '../../src/graph-model/stable-layout';
import { renderGraphSvg } from '../../src/graph-model/svg-export';
import { downloadPng, downloadSvg } from './export-image';
import { FIT_PADDING } from './useFitNewGraph';

type Props = {
  view: GraphView | null;
  layout: GraphLayout | null;
  theme: GraphTheme;
  textVisible: boolean;
  textId: string;
  onToggleText: () => void;
};

export function GraphToolbar({ view, layout, theme, textVisible, textId, onToggleText }: Props) {
  const { fitView, zoomIn, zoomOut } = useReactFlow();
  const [exportError, setExportError] = useState<string | null>(null);
  const canExport = view !== null && layout !== null && view.nodes.length > 0;
  const svg = () => (canExport ? renderGraphSvg(view, layout.positions, theme) : null);

  const exportSvg = () => {
    const picture = svg();
    if (picture !== null) downloadSvg(picture, 'pipeline.svg');
  };
  const exportPng = () => {
    const picture = svg();
    if (picture === null) return;
    setExportError(null);
    downloadPng(picture, 'pipeline.png').catch((error: unknown) =>
      setExportError(error instanceof Error ? error.message : 'The PNG could not be made.'),
    );
  };

  return (
    <Panel position="top-right" className="pg-toolbar">
      <div role="toolbar" aria-label="Graph view" data-testid="graph-toolbar">
        <button
          type="button"
          onClick={() => void fitView({ padding: FIT_PADDING, duration: 200 })}
          title="Fit to view"
          aria-label="Fit to view"
          data-testid="graph-fit"
        >
          Fit
        </button>
        <button
          type="button"
          onClick={() => void zoomIn({ duration: 150 })}
          aria-label="Zoom in"
          title="Zoom in"
          data-testid="graph-zoom-in"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => void zoomOut({ duration: 150 })}
          aria-label="Zoom out"
          title="Zoom out"
          data-testid="graph-zoom-out"
        >
          −
        </button>
        <button
          type="button"
          onClick={exportSvg}
          disabled={!canExport}
          aria-label="Export as SVG"
          title="Export as SVG"
          data-testid="graph-export-svg"
        >
          SVG
        </button>
        <button
          type="button"
          onClick={exportPng}
          disabled={!canExport}
          aria-label="Export as PNG"
          title="Export as PNG"
          data-testid="graph-export-png"
        >
          PNG
        </button>
        <button
          type="button"
          onClick={onToggleText}
          aria-pressed={textVisible}
          aria-controls={textId}
          aria-label="List the components and connections"
          title="List the components and connections"
          data-testid="graph-toggle-text"
        >
          List
        </button>
      </div>
      {exportError !== null && (
        <p role="alert" className="pg-toolbar__error">
          {exportError}
        </p>
      )}
    </Panel>
  );
}
