/**
 * Sends configurations to the outcome worker, one at a time: while one is
 * being simulated, newer requests replace each other and only the latest is
 * sent next.
 */
import type { OutcomeRequest, OutcomeResponse } from './outcomeProtocol';

export type OutcomeClient = { check(request: OutcomeRequest): void; dispose(): void };

export function createOutcomeClient(onVerdicts: (response: OutcomeResponse) => void): OutcomeClient {
  const worker = new Worker(new URL('./outcome.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-outcome-check',
  });
  let busy = false;
  let pending: OutcomeRequest | null = null;

  const send = (request: OutcomeRequest) => {
    busy = true;
    worker.postMessage(request);
  };
  const sendPending = () => {
    busy = false;
    if (!pending) return;
    send(pending);
    pending = null;
  };

  worker.onmessage = (event: MessageEvent<OutcomeResponse>) => {
    sendPending();
    onVerdicts(event.data);
  };
  // A failed check is reported on the console by the browser; keep going with the next request.
  worker.onerror = sendPending;

  return {
    check(request) {
      if (busy) pending = request;
      else send(request);
    },
    dispose() {
      worker.terminate();
    },
  };
}
