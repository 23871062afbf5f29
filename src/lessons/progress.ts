/**
 * How far the learner got with a lesson, as the lesson list shows it. Derived
 * from their saved work, never stored, so it cannot disagree with it.
 */
import type { LessonWork } from './lesson-work';

export type LessonProgress = 'not-started' | 'in-progress' | 'passed';

/**
 * Passed once a configuration met every objective, even if edited since;
 * in progress once the learner changed the starter or asked for a hint;
 * not started before, even when the lesson was opened.
 */
export function lessonProgress(work: LessonWork | undefined): LessonProgress {
  if (!work) return 'not-started';
  if (work.passedSource !== null) return 'passed';
  const helped = Object.values(work.hintsRevealed).some((revealed) => revealed > 0);
  return work.source !== work.starter || helped ? 'in-progress' : 'not-started';
}

/** How many lessons of the course have each progress, for a summary line. */
export function progressCounts(
  lessonIds: readonly string[],
  works: Readonly<Record<string, LessonWork>>,
): Record<LessonProgress, number> {
  const counts: Record<LessonProgress, number> = { 'not-started': 0, 'in-progress': 0, passed: 0 };
  for (const id of lessonIds) counts[lessonProgress(works[id])]++;
  return counts;
}
