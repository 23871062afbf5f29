/**
 * Sends configurations to the outcome worker, one at a time: while one is
 * being simulated, newer requests replace each other and only the latest is
 * sent next.
 */
import { createLatestRequestClient } from '../workers/latestRequestClient';
import type { OutcomeRequest, OutcomeResponse } from './outcomeProtocol';

export function createOutcomeClient(onVerdicts: (response: OutcomeResponse) => void) {
  const worker = new Worker(new URL('./outcome.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-outcome-check',
  });
  return createLatestRequestClient<OutcomeRequest, OutcomeResponse>(worker, onVerdicts);
}
