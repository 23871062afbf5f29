/**
 * Running a lesson's verification queries against a configuration: the
 * configuration is simulated on the seeded demo environment long enough for
 * every verification query of the course to find its data (span metrics
 * flush once a minute, and their queries take rates over a minute), then
 * each query runs as Grafana's Explore would run it.
 */
import { simulate, type QueryResult } from '../sim';
import { compareOutcome, type OutcomeVerdict } from './outcome';
import type { VerificationQuery } from './verification';

export type OutcomeRun = { seconds: number; seed: number };

export const OUTCOME_RUN: OutcomeRun = { seconds: 150, seed: 1 };

/** The result of each query on the data `source` delivers, in order. */
export function verificationResults(
  source: string,
  queries: readonly VerificationQuery[],
  run: OutcomeRun = OUTCOME_RUN,
): QueryResult[] {
  if (queries.length === 0) return [];
  const simulation = simulate(source, run);
  return queries.map(({ language, query }) => simulation.query(language, query));
}

/** One verdict per query: the learner's results against the reference's. */
export function compareOutcomes(
  reference: readonly QueryResult[],
  learner: readonly QueryResult[],
): OutcomeVerdict[] {
  return reference.flatMap((expected, index) => {
    const actual = learner[index];
    return actual ? [compareOutcome(expected, actual)] : [];
  });
}
