/** How each lesson progress is named and drawn in the lesson list. */
import type { LessonProgress } from '../../src/lessons';

export const PROGRESS_LABEL: Record<LessonProgress, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  passed: 'Passed',
};

export const PROGRESS_ICON: Record<LessonProgress, string> = {
  'not-started': '○',
  'in-progress': '◐',
  passed: '✓',
};
