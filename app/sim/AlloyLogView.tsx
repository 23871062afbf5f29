/** Alloy's own log as the simulation writes it, newest line last, as `docker logs alloy` shows it. */
import { useSimulation } from '../state/simStore';

export function AlloyLogView() {
  const lines = useSimulation((state) => state.view?.alloyLog ?? null);
  if (lines === null) return <p className="sim-empty">Starting the simulation…</p>;
  if (lines.length === 0)
    return (
      <p className="sim-empty">
        No lines. The simulation keeps Alloy’s own log while the configuration has a <code>logging</code>{' '}
        block, at the level that block sets.
      </p>
    );
  return (
    <ol className="sim-log" aria-label="Alloy log lines" data-testid="sim-alloy-log">
      {lines.map((line, index) => (
        <li key={`${line.time}-${index}`} className={`sim-log-line sim-log-line--${line.level}`}>
          {line.line}
        </li>
      ))}
    </ol>
  );
}
