/** Messages between the page and the lesson check worker. */
import type { CheckReport } from '../../src/check';

export type CheckRequest = {
  lessonId: string;
  source: string;
  /** The learner asked for this check ("Check", Ctrl/Cmd+Enter): show the full report. */
  requested: boolean;
};

export type CheckResponse = CheckRequest & { report: CheckReport };
