/** Log lines of a LogQL query, newest first as Grafana lists them, each with its labels. */
import type { LogStream } from '../../src/sim/query';
import { clockTime, labelText } from './format';

const SHOWN = 200;

export function LogLines({ streams }: { streams: readonly LogStream[] }) {
  const lines = streams
    .flatMap((stream) => stream.entries.map((entry) => ({ ...entry, labels: stream.labels })))
    .sort((a, b) => b.timestamp - a.timestamp);
  const shown = lines.slice(0, SHOWN);
  return (
    <>
      {lines.length > SHOWN && (
        <p className="sim-muted">
          The newest {SHOWN} of {lines.length} lines.
        </p>
      )}
      <table className="sim-table sim-log-table" data-testid="sim-log-lines">
        <caption className="sim-visually-hidden">Log lines, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Line and labels</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry, index) => (
            <tr key={index}>
              <td className="sim-time">{clockTime(entry.timestamp)}</td>
              <td>
                <div className="sim-line" data-testid="sim-log-line">
                  {entry.line}
                </div>
                <div className="sim-labels">
                  {labelText({ ...entry.labels, ...entry.structuredMetadata })}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
