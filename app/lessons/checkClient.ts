/**
 * Sends configurations to the check worker, one at a time: while one is
 * being checked, newer requests replace each other and only the latest is
 * sent next. A replaced request that the learner asked for passes that on
 * to its successor for the same lesson, so that pressing "Check" always
 * ends in a full report.
 */
import { createLatestRequestClient, type LatestRequestClient } from '../workers/latestRequestClient';
import type { CheckRequest, CheckResponse } from './checkProtocol';

export type CheckClient = LatestRequestClient<CheckRequest>;

export function createCheckClient(onReport: (response: CheckResponse) => void): CheckClient {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), {
    type: 'module',
    name: 'alloy-lesson-check',
  });
  return createLatestRequestClient(worker, onReport, carryRequested);
}

function carryRequested(waiting: CheckRequest, newer: CheckRequest): CheckRequest {
  const carried = waiting.lessonId === newer.lessonId && waiting.requested;
  return { ...newer, requested: newer.requested || carried };
}
