/**
 * The solution as the learner gets to see it: their own configuration with
 * the lesson's blocks laid over it, so that the difference shows only what
 * the lesson asks for. A configuration Alloy cannot read has no blocks to lay
 * anything over; then the solution is the whole reference configuration.
 */
import { parse } from '../syntax';
import { overlayBlocks } from './compose';
import { referenceConfig } from './configs';
import type { Lesson } from './lesson';
import type { LessonSet } from './lesson-set';

export function solutionFor(set: LessonSet, lesson: Lesson, source: string): string {
  const readable = !parse(source).diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return readable ? overlayBlocks(source, lesson.solution) : referenceConfig(set, lesson);
}
