/** A range query's series as a uPlot time series chart, on the simulated clock (UTC). */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MatrixSeries } from '../../src/sim/query';
import { chartData } from './chartData';
import { labelText, sampleValue } from './format';

const HEIGHT = 220;
/** Distinguishable on light and dark backgrounds. */
const COLORS = [
  '#2f80ed',
  '#e8590c',
  '#2b8a3e',
  '#c2255c',
  '#7048e8',
  '#0c8599',
  '#a61e4d',
  '#5c940d',
  '#d9480f',
  '#1864ab',
];

export function SeriesChart({ series }: { series: readonly MatrixSeries[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const options: uPlot.Options = {
      width: Math.max(200, element.clientWidth),
      height: HEIGHT,
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
      scales: { x: { time: true } },
      series: [
        { label: 'Time' },
        ...series.map((each, index) => ({
          label: labelText(each.labels),
          stroke: COLORS[index % COLORS.length],
          width: 1.5,
          points: { show: false },
          value: (_: uPlot, value: number | null) => (value === null ? '–' : sampleValue(value)),
        })),
      ],
      axes: [
        { stroke: 'currentColor', grid: { stroke: 'rgba(128, 128, 128, 0.2)' } },
        { stroke: 'currentColor', grid: { stroke: 'rgba(128, 128, 128, 0.2)' }, size: 60 },
      ],
      legend: { show: series.length <= 12 },
    };
    const plot = new uPlot(options, chartData(series) as uPlot.AlignedData, element);
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(200, element.clientWidth), height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [series]);

  return (
    <div
      ref={container}
      className="sim-chart"
      role="img"
      aria-label={`Time series chart of ${series.length} series; the table below gives their values.`}
      data-testid="sim-chart"
    />
  );
}
