/**
 * The page's side of the simulation worker: commands go in, views come out,
 * and queries and trace look-ups come back as promises.
 */
import type { QueryLanguage, QueryResult, Span } from '../../src/sim';
import type { LiveView, SimulationRequest, SimulationResponse } from './protocol';

export type QueryAnswer = { result: QueryResult; now: number };

export type SimulationClient = {
  load(source: string, seed: number, generation: number): void;
  run(playing: boolean, speed: number): void;
  query(language: QueryLanguage, query: string): Promise<QueryAnswer>;
  trace(traceId: string): Promise<Span[]>;
  dispose(): void;
};

export type SimulationEvents = {
  onView(view: LiveView): void;
  /** The worker failed; pending queries are rejected. */
  onFailure(message: string): void;
};

type Pending = { resolve(response: SimulationResponse): void; reject(error: Error): void };

export function createSimulationClient({ onView, onFailure }: SimulationEvents): SimulationClient {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-simulation',
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const send = (request: SimulationRequest) => worker.postMessage(request);

  const ask = (request: (id: number) => SimulationRequest) =>
    new Promise<SimulationResponse>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send(request(id));
    });

  worker.onmessage = (event: MessageEvent<SimulationResponse>) => {
    const response = event.data;
    if (response.type === 'view') return onView(response.view);
    pending.get(response.id)?.resolve(response);
    pending.delete(response.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const message = event.message || 'the simulation stopped unexpectedly';
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
    onFailure(message);
  };

  return {
    load: (source, seed, generation) => send({ type: 'load', source, seed, generation }),
    run: (playing, speed) => send({ type: 'run', playing, speed }),
    async query(language, query) {
      const response = await ask((id) => ({ type: 'query', id, language, query }));
      if (response.type !== 'query') throw new Error('the simulation answered a query with something else');
      return { result: response.result, now: response.now };
    },
    async trace(traceId) {
      const response = await ask((id) => ({ type: 'trace', id, traceId }));
      if (response.type !== 'trace')
        throw new Error('the simulation answered a trace look-up with something else');
      return response.spans;
    },
    dispose() {
      for (const { reject } of pending.values()) reject(new Error('the simulation was closed'));
      pending.clear();
      worker.terminate();
    },
  };
}
