/**
 * Where the projector's steps lead. A lesson's steps are its introduction
 * (step 0) and then each of its objectives in turn (steps 1 to n); stepping
 * past the last objective opens the next lesson, stepping back before the
 * introduction opens the previous lesson at its last step. From the free
 * playground the first step is the first lesson.
 */
import type { Lesson } from '../../src/lessons';

export type StepPlace = { lessonId: string | null; step: number };

/** The last step of a lesson: its last objective, or its introduction when it has none. */
export const lastStep = (lesson: Lesson): number => lesson.objectives.length;

export function nextStep(lessons: readonly Lesson[], at: StepPlace): StepPlace | null {
  const index = indexOf(lessons, at.lessonId);
  const lesson = lessons[index];
  if (lesson && at.step < lastStep(lesson)) return { lessonId: lesson.id, step: at.step + 1 };
  return nextLesson(lessons, at);
}

export function previousStep(lessons: readonly Lesson[], at: StepPlace): StepPlace | null {
  const index = indexOf(lessons, at.lessonId);
  const lesson = lessons[index];
  if (!lesson) return null;
  if (at.step > 0) return { lessonId: lesson.id, step: Math.min(at.step, lastStep(lesson)) - 1 };
  const previous = lessons[index - 1];
  return previous ? { lessonId: previous.id, step: lastStep(previous) } : null;
}

export function nextLesson(lessons: readonly Lesson[], at: StepPlace): StepPlace | null {
  const next = lessons[indexOf(lessons, at.lessonId) + 1];
  return next ? { lessonId: next.id, step: 0 } : null;
}

export function previousLesson(lessons: readonly Lesson[], at: StepPlace): StepPlace | null {
  const index = indexOf(lessons, at.lessonId);
  const previous = index > 0 ? lessons[index - 1] : undefined;
  return previous ? { lessonId: previous.id, step: 0 } : null;
}

/** The index of the lesson, or -1 for the free playground (so that "next" is the first lesson). */
function indexOf(lessons: readonly Lesson[], lessonId: string | null): number {
  return lessonId === null ? -1 : lessons.findIndex((lesson) => lesson.id === lessonId);
}
