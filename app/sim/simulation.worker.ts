/**
 * Runs the simulation of the learner's configuration off the main thread:
 * a head start on loading, so that counts and queries have data at once,
 * then, while playing, a step every quarter of a real second scaled by the
 * speed, each followed by a view for the page. Queries run between steps.
 */
import { simulate, type Simulation } from '../../src/sim';
import { FlowRates } from './flowRates';
import type { SimulationRequest, SimulationResponse } from './protocol';

/** Virtual seconds simulated before the first view. */
const HEAD_START_SECONDS = 30;
const TICK_MS = 250;
/** At most this much virtual time per step, so that a slow configuration never stalls the worker. */
const MAX_STEP_SECONDS = 15;
const ALLOY_LOG_LINES = 100;

let simulation: Simulation | null = null;
let generation = 0;
let playing = false;
let speed = 1;
let lastTick = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const rates = new FlowRates();

const post = (response: SimulationResponse) => self.postMessage(response);

function publish(): void {
  if (!simulation) return;
  const snapshot = simulation.snapshot(ALLOY_LOG_LINES);
  post({
    type: 'view',
    view: {
      generation,
      now: snapshot.now,
      components: snapshot.components,
      edges: snapshot.edges.map((edge) => ({ ...edge, perSecond: rates.perSecond(edge.id) })),
      alloyLog: snapshot.alloyLog,
      sinkErrors: snapshot.sinkErrors,
    },
  });
}

function load(source: string, seed: number): void {
  simulation = simulate(source, { seed });
  rates.clear();
  rates.record(simulation.now, simulation.edgeActivity());
  simulation.advance(HEAD_START_SECONDS);
  rates.record(simulation.now, simulation.edgeActivity());
  publish();
}

function tick(): void {
  if (!simulation || !playing) return;
  const now = performance.now();
  const seconds = Math.min(((now - lastTick) / 1000) * speed, MAX_STEP_SECONDS);
  lastTick = now;
  simulation.advance(seconds);
  rates.record(simulation.now, simulation.edgeActivity());
  publish();
  timer = setTimeout(tick, TICK_MS);
}

function play(): void {
  clearTimeout(timer);
  if (!playing) return;
  lastTick = performance.now();
  timer = setTimeout(tick, TICK_MS);
}

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'load':
      generation = request.generation;
      load(request.source, request.seed);
      play();
      return;
    case 'run':
      speed = request.speed;
      if (request.playing !== playing) {
        playing = request.playing;
        play();
      }
      return;
    case 'query': {
      // The page loads a configuration before it queries; should it not have, an empty one still reports the query's problems.
      const result = simulation
        ? simulation.query(request.language, request.query)
        : simulate('').query(request.language, request.query);
      post({ type: 'query', id: request.id, now: simulation?.now ?? 0, result });
      return;
    }
    case 'trace':
      post({
        type: 'trace',
        id: request.id,
        spans: simulation?.backends.tempo.get(request.traceId)?.spans ?? [],
      });
      return;
  }
};
