/**
 * Sends sources to the analysis worker, at most one at a time: while one is
 * being analysed, newer sources replace each other and only the latest is
 * sent next. However fast the learner types, the worker never falls behind.
 */
import type { AnalysisRequest, AnalysisResponse } from './protocol';

export type AnalysisClient = {
  analyze(request: AnalysisRequest): void;
  dispose(): void;
};

export function createAnalysisClient(onResult: (response: AnalysisResponse) => void): AnalysisClient {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-analysis',
  });
  let busy = false;
  let pending: AnalysisRequest | null = null;

  const send = (request: AnalysisRequest) => {
    busy = true;
    worker.postMessage(request);
  };

  const sendPending = () => {
    busy = false;
    if (!pending) return;
    send(pending);
    pending = null;
  };

  worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    sendPending();
    onResult(event.data);
  };
  // A failed analysis is reported on the console by the browser; keep going with the next source.
  worker.onerror = sendPending;

  return {
    analyze(request) {
      if (busy) pending = request;
      else send(request);
    },
    dispose() {
      worker.terminate();
    },
  };
}
