/**
 * The telemetry simulator: the workshop's demo environment produces data on
 * a virtual clock, every component of the learner's Alloy config transforms
 * it as Alloy would, and it lands in in-memory Loki, Mimir and Tempo, where
 * the workshop's queries run against it. Deterministic for a seed;
 * framework-free, so it runs in a Web Worker and in Node.
 *
 *   const sim = simulate(source, { seconds: 600, seed: 1 });
 *   sim.query('promql', 'up');
 *   sim.advance(2);                 // step by step, for a live view
 *   sim.snapshot();                 // plain data to post from a worker:
 *                                   // components, edges, Alloy's log, sink errors
 *
 * Components with their counts and last items before and after
 * (`componentActivity`), wires with their counts and errors (`edgeActivity`,
 * ids as in the analysis pipeline), Alloy's own log (`alloyLogLines`) and the
 * writers' lost data (`sinkErrors`) are also available one by one. The stores
 * are `sim.backends.loki|mimir|tempo`.
 */
import { Simulation, type SimulateOptions } from './simulation';

export function simulate(source: string, options: SimulateOptions = {}): Simulation {
  return new Simulation(source, options);
}

export {
  DEFAULT_RETENTION_MS,
  Simulation,
  type QueryLanguage,
  type SimulateOptions,
  type SimulationSnapshot,
  type SinkError,
} from './simulation';
export type { ComponentActivity, ComponentStatus, EdgeActivity, Sample, SampleItem } from './activity';
export type { AlloyLogLine, LogLevel } from './alloy-log';
export type { QueryResult, QueryTiming } from './query';
export { STEP_MS, DEFAULT_EPOCH } from './clock';
export type * from './model';
