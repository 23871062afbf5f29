/**
 * Drives the simulation worker from the stores: starts it when the learner
 * first asks for the simulation, passes on play, pause and speed, and
 * restarts the simulation (same seed) ~0.5 s after the configuration last
 * changed. A configuration with syntax errors is not simulated: the last
 * good one keeps running until the learner fixes them.
 */
import { useEffect } from 'react';
import type { AnalysisSnapshot } from '../state/store';
import { usePlayground } from '../state/store';
import { SIMULATION_SEED, useSimulation } from '../state/simStore';
import { createSimulationClient, type SimulationClient } from './simulationClient';

const RESTART_DELAY_MS = 500;

export function useSimulationWorker(): void {
  useEffect(() => {
    let client: SimulationClient | null = null;
    let loaded: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const load = (source: string) => {
      if (!client || source === loaded) return;
      loaded = source;
      client.load(source, SIMULATION_SEED, useSimulation.getState().nextGeneration());
    };

    const start = () => {
      client = createSimulationClient({
        onView: (view) => useSimulation.getState().receiveView(view),
        onFailure: (message) => useSimulation.getState().fail(message),
      });
      useSimulation.getState().setClient(client);
      load(usePlayground.getState().source);
      const { playing, speed } = useSimulation.getState();
      client.run(playing, speed);
    };

    const unsubscribeSimulation = useSimulation.subscribe((state, previous) => {
      if (state.active && !client) start();
      else if (client && (state.playing !== previous.playing || state.speed !== previous.speed))
        client.run(state.playing, state.speed);
    });
    const unsubscribePlayground = usePlayground.subscribe((state, previous) => {
      if (!client || state.analysis === previous.analysis || !simulatable(state.analysis, state.revision))
        return;
      clearTimeout(timer);
      const source = state.source;
      timer = setTimeout(() => load(source), RESTART_DELAY_MS);
    });
    if (useSimulation.getState().active) start();

    return () => {
      clearTimeout(timer);
      unsubscribeSimulation();
      unsubscribePlayground();
      client?.dispose();
      useSimulation.getState().setClient(null);
    };
  }, []);
}

/** The analysis belongs to the current source, and the source has no syntax errors. */
function simulatable(analysis: AnalysisSnapshot | null, revision: number): boolean {
  return (
    analysis !== null &&
    analysis.revision === revision &&
    !analysis.diagnostics.some(
      (diagnostic) => diagnostic.severity === 'error' && diagnostic.code === 'syntax',
    )
  );
}
