/** What a check run tells the learner and the app. */
import type { Range } from '../syntax/diagnostic';

/** A syntax or validation error, phrased for a learner; listed before the objectives. */
export type CheckProblem = {
  message: string;
  range: Range;
  /** The graph node of the component it lies in, if any. */
  nodeId: string | null;
};

export type ObjectiveResult = {
  objectiveId: string;
  /** The objective as the lesson states it. */
  text: string;
  passed: boolean;
  /** On failure, what is wrong and what the lesson asks for; on success, a short confirmation. */
  message: string;
  /** Where to look in the editor; null when the thing to look at does not exist yet. */
  range: Range | null;
  /** The graph node to mark; null when there is none. */
  nodeId: string | null;
};

export type CheckReport = {
  lessonId: string;
  /** No errors, and every objective met. */
  passed: boolean;
  problems: CheckProblem[];
  objectives: ObjectiveResult[];
};
