/** Series as tables: the readable alternative to the chart, and the form of an instant query's result. */
import type { MatrixSeries, VectorSample } from '../../src/sim/query';
import { clockTime, labelText, sampleValue } from './format';

export function SeriesTable({ series }: { series: readonly MatrixSeries[] }) {
  return (
    <details className="sim-series-details">
      <summary>The chart as a table</summary>
      <table className="sim-table" data-testid="sim-series-table">
        <caption className="sim-visually-hidden">
          Each series with its latest, lowest and highest value
        </caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Latest</th>
            <th scope="col">At</th>
            <th scope="col">Lowest</th>
            <th scope="col">Highest</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {series.map((each) => {
            const values = each.points.map((point) => point.value);
            const last = each.points[each.points.length - 1];
            const key = labelText(each.labels);
            return (
              <tr key={key}>
                <th scope="row" className="sim-labels">
                  {key}
                </th>
                <td>{last ? sampleValue(last.value) : '–'}</td>
                <td className="sim-time">{last ? clockTime(last.timestamp) : '–'}</td>
                <td>{values.length > 0 ? sampleValue(Math.min(...values)) : '–'}</td>
                <td>{values.length > 0 ? sampleValue(Math.max(...values)) : '–'}</td>
                <td>{each.points.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

export function VectorTable({ samples }: { samples: readonly VectorSample[] }) {
  return (
    <table className="sim-table" data-testid="sim-series-table">
      <caption className="sim-visually-hidden">Each series with its value</caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Value</th>
          <th scope="col">At</th>
        </tr>
      </thead>
      <tbody>
        {samples.map((sample) => {
          const key = labelText(sample.labels);
          return (
            <tr key={key}>
              <th scope="row" className="sim-labels">
                {key}
              </th>
              <td>{sampleValue(sample.value)}</td>
              <td className="sim-time">{clockTime(sample.timestamp)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
