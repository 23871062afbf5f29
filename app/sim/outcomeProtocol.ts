/** Messages between the page and the outcome worker. */
import type { OutcomeVerdict } from '../../src/check/outcome';
import type { VerificationQuery } from '../../src/check/verification';

export type OutcomeRequest = {
  lessonId: string;
  /** The lesson's reference configuration, whose data the learner's must match. */
  reference: string;
  source: string;
  queries: VerificationQuery[];
};

export type OutcomeResponse = { lessonId: string; source: string; verdicts: OutcomeVerdict[] };
