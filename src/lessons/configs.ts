/**
 * The configurations a lesson starts from and aims for, composed from the
 * per-lesson parts (see compose.ts).
 */
import { addMissingBlocks, overlayBlocks } from './compose';
import type { Lesson } from './lesson';
import { lessonChain, type LessonSet } from './lesson-set';

/** The reference configuration after `lesson`: every solution along its chain, laid over one another. */
export function referenceConfig(set: LessonSet, lesson: Lesson): string {
  return lessonChain(set, lesson).reduce((config, step) => overlayBlocks(config, step.solution), '');
}

/** The reference configuration before `lesson`: the one it builds on, or empty. */
export function referenceBefore(set: LessonSet, lesson: Lesson): string {
  const base = lesson.buildsOn === null ? undefined : set.byId.get(lesson.buildsOn);
  return base ? referenceConfig(set, base) : '';
}

/**
 * What the editor holds when `lesson` starts: the learner's own configuration
 * from the lesson before (when they passed it) or else the reference up to
 * there, plus this lesson's skeleton.
 */
export function starterConfig(set: LessonSet, lesson: Lesson, previous?: string): string {
  const base = lesson.buildsOn === null ? '' : (previous ?? referenceBefore(set, lesson));
  return addMissingBlocks(base, lesson.skeleton);
}
