/**
 * The simulation's controls above the graph: run or pause, the speed of
 * virtual time, the time simulated, what is failing, and the panels below
 * the graph (Explore, Alloy's log).
 */
import { SPEEDS, useSimulation, type DrawerTab, type Speed } from '../state/simStore';
import './sim.css';
import { elapsed } from './format';

export function SimulationBar() {
  const playing = useSimulation((state) => state.playing);
  const speed = useSimulation((state) => state.speed);
  const active = useSimulation((state) => state.active);
  const now = useSimulation((state) => state.view?.now ?? null);
  const loading = useSimulation((state) =>
    !state.active
      ? null
      : state.view === null
        ? 'starting'
        : state.view.generation < state.generation
          ? 'restarting'
          : null,
  );
  const failures = useSimulation((state) => state.view?.sinkErrors.length ?? 0);
  const failure = useSimulation((state) => state.failure);
  const setPlaying = useSimulation((state) => state.setPlaying);
  const setSpeed = useSimulation((state) => state.setSpeed);

  return (
    <div className="sim-bar" role="toolbar" aria-label="Simulation">
      <button
        type="button"
        className="sim-button sim-button--primary"
        onClick={() => setPlaying(!playing)}
        aria-label={playing ? 'Pause the simulation' : 'Run the simulation'}
        data-testid="sim-run"
        data-playing={playing}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Run'}
      </button>
      <label className="sim-speed">
        Speed
        <select value={speed} onChange={(event) => setSpeed(Number(event.target.value) as Speed)}>
          {SPEEDS.map((each) => (
            <option key={each} value={each}>
              {each}× virtual time
            </option>
          ))}
        </select>
      </label>
      <span className="sim-clock" data-testid="sim-clock" title="Virtual time simulated">
        {active && now !== null ? `t = ${elapsed(now)}` : 'Not started'}
      </span>
      <span className="sim-status" role="status">
        {failure
          ? `The simulation stopped: ${failure}`
          : loading === 'starting'
            ? 'Starting the simulation…'
            : loading === 'restarting'
              ? 'Restarting with the new configuration…'
              : failures > 0
                ? `${failures} ${failures === 1 ? 'writer is' : 'writers are'} losing data`
                : ''}
      </span>
      <span className="sim-bar-end">
        <DrawerToggle tab="explore" label="Explore" />
        <DrawerToggle tab="log" label="Alloy log" />
      </span>
    </div>
  );
}

function DrawerToggle({ tab, label }: { tab: DrawerTab; label: string }) {
  const open = useSimulation((state) => state.drawer === tab);
  const openDrawer = useSimulation((state) => state.openDrawer);
  return (
    <button
      type="button"
      className="sim-button"
      aria-pressed={open}
      onClick={() => openDrawer(open ? null : tab)}
    >
      {label}
    </button>
  );
}
