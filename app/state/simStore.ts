/**
 * The simulation in the app: whether it runs and how fast, the latest live
 * view from its worker, what the learner inspects, and the Explore panel's
 * queries. The worker starts the first time the learner asks for the
 * simulation (Run, Explore); until then nothing is simulated.
 */
import { create } from 'zustand';
import type { LiveView } from '../sim/protocol';
import type { SimulationClient } from '../sim/simulationClient';

export const SPEEDS = [1, 10, 60] as const;
export type Speed = (typeof SPEEDS)[number];

/** The seed of every run: a restart after an edit replays the same environment. */
export const SIMULATION_SEED = 1;

export type Datasource = 'loki' | 'mimir' | 'tempo';

export type Inspected = { kind: 'node' | 'edge'; id: string };

export type DrawerTab = 'inspector' | 'explore' | 'log';

export type SimState = {
  /** The learner started the simulation; its worker runs from then on. */
  active: boolean;
  playing: boolean;
  speed: Speed;
  /** Increases with every configuration sent to the worker. */
  generation: number;
  /** The latest view; it belongs to an older configuration while `view.generation < generation`. */
  view: LiveView | null;
  /** Why the simulation stopped, if it did. */
  failure: string | null;
  inspected: Inspected | null;
  /** The open tab of the panel below the graph; null when the panel is closed. */
  drawer: DrawerTab | null;
  datasource: Datasource;
  /** The query text per data source, as the learner left it. */
  queries: Record<Datasource, string>;
  /** The lesson whose verification queries last filled in the queries (`''` for the playground). */
  queriesFilledFor: string | null;
  client: SimulationClient | null;

  /** Starts the simulation (if it was not running) and sets it playing or paused. */
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
  /** Starts the simulation if needed and opens a tab below the graph; null closes the panel. */
  openDrawer(tab: DrawerTab | null): void;
  inspect(inspected: Inspected): void;
  setDatasource(datasource: Datasource): void;
  setQuery(datasource: Datasource, query: string): void;
  /** Fills in the queries of a lesson (or the playground's), once per lesson. */
  fillQueries(key: string, queries: Partial<Record<Datasource, string>>, datasource: Datasource | null): void;
  nextGeneration(): number;
  receiveView(view: LiveView): void;
  fail(message: string): void;
  setClient(client: SimulationClient | null): void;
};

const EMPTY_QUERIES: Record<Datasource, string> = { loki: '', mimir: '', tempo: '' };

export const useSimulation = create<SimState>()((set, get) => ({
  active: false,
  playing: false,
  speed: 1,
  generation: 0,
  view: null,
  failure: null,
  inspected: null,
  drawer: null,
  datasource: 'loki',
  queries: EMPTY_QUERIES,
  queriesFilledFor: null,
  client: null,

  setPlaying: (playing) => set({ active: true, playing }),
  setSpeed: (speed) => set({ speed }),
  openDrawer: (drawer) => set((state) => ({ drawer, active: state.active || drawer !== null })),
  inspect: (inspected) => set({ inspected, drawer: 'inspector', active: true }),
  setDatasource: (datasource) => set({ datasource }),
  setQuery: (datasource, query) => set((state) => ({ queries: { ...state.queries, [datasource]: query } })),
  fillQueries(key, queries, datasource) {
    if (get().queriesFilledFor === key) return;
    set((state) => ({
      queriesFilledFor: key,
      queries: { ...EMPTY_QUERIES, ...queries },
      datasource: datasource ?? state.datasource,
    }));
  },
  nextGeneration() {
    const generation = get().generation + 1;
    set({ generation, failure: null });
    return generation;
  },
  receiveView: (view) => set((state) => (view.generation < state.generation ? state : { view })),
  fail: (failure) => set({ failure, playing: false }),
  setClient: (client) => set({ client }),
}));
