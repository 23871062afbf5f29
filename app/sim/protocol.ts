/** Messages between the page and the simulation worker. */
import type {
  AlloyLogLine,
  ComponentActivity,
  EdgeActivity,
  QueryLanguage,
  QueryResult,
  SinkError,
  Span,
} from '../../src/sim';

export type SimulationRequest =
  /** Simulate this configuration from the start; `generation` tells its views from earlier ones. */
  | { type: 'load'; source: string; seed: number; generation: number }
  /** Run on (in virtual seconds per real second), or stand still. */
  | { type: 'run'; playing: boolean; speed: number }
  | { type: 'query'; id: number; language: QueryLanguage; query: string }
  /** Every span Tempo holds of one trace. */
  | { type: 'trace'; id: number; traceId: string };

export type EdgeView = EdgeActivity & {
  /** Items per virtual second over the last few seconds. */
  perSecond: number;
};

/** What the live view shows, posted after every step of the simulation. */
export type LiveView = {
  generation: number;
  /** Virtual milliseconds simulated. */
  now: number;
  components: ComponentActivity[];
  edges: EdgeView[];
  alloyLog: AlloyLogLine[];
  sinkErrors: SinkError[];
};

export type SimulationResponse =
  | { type: 'view'; view: LiveView }
  | { type: 'query'; id: number; now: number; result: QueryResult }
  | { type: 'trace'; id: number; spans: Span[] };
