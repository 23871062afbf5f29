/**
 * Sends configurations to the check worker, one at a time: while one is
 * being checked, newer requests replace each other and only the latest is
 * sent next. A replaced request that the learner asked for passes that on
 * to its successor for the same lesson, so that pressing "Check" always
 * ends in a full report.
 */
import type { CheckRequest, CheckResponse } from './checkProtocol';

export type CheckClient = {
  check(request: CheckRequest): void;
  dispose(): void;
};

export function createCheckClient(onReport: (response: CheckResponse) => void): CheckClient {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-lesson-check',
  });
  let busy = false;
  let pending: CheckRequest | null = null;

  const send = (request: CheckRequest) => {
    busy = true;
    worker.postMessage(request);
  };

  const sendPending = () => {
    busy = false;
    if (!pending) return;
    send(pending);
    pending = null;
  };

  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    sendPending();
    onReport(event.data);
  };
  // A failed check is reported on the console by the browser; keep going with the next request.
  worker.onerror = sendPending;

  return {
    check(request) {
      if (!busy) send(request);
      else {
        const carried = pending?.lessonId === request.lessonId && pending.requested;
        pending = { ...request, requested: request.requested || carried };
      }
    },
    dispose() {
      worker.terminate();
    },
  };
}
