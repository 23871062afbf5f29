/**
 * Sends sources to the analysis worker, at most one at a time: while one is
 * being analysed, newer sources replace each other and only the latest is
 * sent next. However fast the learner types, the worker never falls behind.
 */
import { createLatestRequestClient } from '../workers/latestRequestClient';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

export function createAnalysisClient(onResult: (response: AnalysisResponse) => void) {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-analysis',
  });
  return createLatestRequestClient<AnalysisRequest, AnalysisResponse>(worker, onResult);
}
