/** Zoom, fit, export and the text view, as labelled buttons over the graph. */
import { useState } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import type { GraphView } from '../../src/graph-model/graph-view';
import type { GraphTheme } from '../../src/graph-model/palette';
import type { GraphLayout } from '../../src/graph-model/stable-layout';
import { renderGraphSvg } from '../../src/graph-model/svg-export';
import { ToolbarButton } from '../ui/ToolbarButton';
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
  const exports = [
    { format: 'SVG', testId: 'graph-export-svg', save: exportSvg },
    { format: 'PNG', testId: 'graph-export-png', save: exportPng },
  ];

  return (
    <Panel position="top-right" className="pg-toolbar">
      <div role="toolbar" aria-label="Graph view" data-testid="graph-toolbar">
        <ToolbarButton
          label="Fit to view"
          onClick={() => void fitView({ padding: FIT_PADDING, duration: 200 })}
          data-testid="graph-fit"
        >
          Fit
        </ToolbarButton>
        <ToolbarButton
          label="Zoom in"
          onClick={() => void zoomIn({ duration: 150 })}
          data-testid="graph-zoom-in"
        >
          +
        </ToolbarButton>
        <ToolbarButton
          label="Zoom out"
          onClick={() => void zoomOut({ duration: 150 })}
          data-testid="graph-zoom-out"
        >
          −
        </ToolbarButton>
        {exports.map(({ format, testId, save }) => (
          <ToolbarButton
            key={format}
            label={`Export as ${format}`}
            onClick={save}
            disabled={!canExport}
            data-testid={testId}
          >
            {format}
          </ToolbarButton>
        ))}
        <ToolbarButton
          label="List the components and connections"
          onClick={onToggleText}
          aria-pressed={textVisible}
          aria-controls={textId}
          data-testid="graph-toggle-text"
        >
          List
        </ToolbarButton>
      </div>
      {exportError !== null && (
        <p role="alert" className="pg-toolbar__error">
          {exportError}
        </p>
      )}
    </Panel>
  );
}
