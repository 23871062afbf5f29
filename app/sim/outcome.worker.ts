/**
 * Runs outcome checks off the main thread: simulates the learner's
 * configuration and the lesson's reference on the same seeded data and
 * compares what the verification queries find. The reference's results are
 * kept: they change only with the lesson.
 */
import { compareOutcomes, verificationResults } from '../../src/check/outcome-run';
import type { QueryResult } from '../../src/sim';
import type { OutcomeRequest, OutcomeResponse } from './outcomeProtocol';

let expected: { key: string; results: QueryResult[] } | null = null;

self.onmessage = (event: MessageEvent<OutcomeRequest>) => {
  const { lessonId, reference, source, queries } = event.data;
  const key = JSON.stringify([reference, queries]);
  if (expected?.key !== key) expected = { key, results: verificationResults(reference, queries) };
  const response: OutcomeResponse = {
    lessonId,
    source,
    verdicts: compareOutcomes(expected.results, verificationResults(source, queries)),
  };
  self.postMessage(response);
};
