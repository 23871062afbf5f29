/**
 * A range query's series as uPlot takes them: one shared, sorted row of
 * times (in Unix seconds, on the simulated calendar) and one row of values
 * per series, with null where a series has no point at that time.
 */
import type { MatrixSeries } from '../../src/sim/query';
import { DEFAULT_EPOCH } from '../../src/sim/clock';

export type ChartData = [number[], ...(number | null)[][]];

export function chartData(series: readonly MatrixSeries[]): ChartData {
  const times = [...new Set(series.flatMap((each) => each.points.map((point) => point.timestamp)))].sort(
    (a, b) => a - b,
  );
  const column = new Map(times.map((time, index) => [time, index]));
  const rows = series.map((each) => {
    const row: (number | null)[] = new Array<number | null>(times.length).fill(null);
    for (const point of each.points) row[column.get(point.timestamp) as number] = point.value;
    return row;
  });
  return [times.map((time) => (DEFAULT_EPOCH + time) / 1000), ...rows];
}
