/**
 * Lesson checks: is the learner's configuration doing what the lesson asks?
 *
 *   checkLesson(lessonId, source) → CheckReport
 *
 * Syntax and validation errors come first, phrased for a learner; then one
 * result per objective with a message, the range to highlight and the graph
 * node to mark. Configurations are compared by meaning, through the analysis
 * model: components found by type and role, arguments by evaluated value with
 * defaults, wires followed through the pipeline, and relabel rules and
 * `loki.process` stages judged by what they do to sample data.
 *
 * `checkLesson` uses the bundled course (Vite, Vitest); `createChecker`
 * takes any lesson set, e.g. one read from disk in plain Node.
 */
import { bundledLessons, type LessonSet } from '../lessons';
import { runChecks } from './checker';
import type { CheckReport } from './report';

export type { CheckProblem, CheckReport, ObjectiveResult } from './report';

export type Checker = { checkLesson(lessonId: string, source: string): CheckReport };

export function createChecker(lessons: LessonSet): Checker {
  return { checkLesson: (lessonId, source) => runChecks(lessons, lessonId, source) };
}

export function checkLesson(lessonId: string, source: string): CheckReport {
  return runChecks(bundledLessons(), lessonId, source);
}
