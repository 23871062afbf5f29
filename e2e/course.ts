/** The workshop's course as the app builds it, read from lessons/ for the specs' expectations. */
import { buildLessonSet, type Lesson } from '../src/lessons';
import { readLessonFiles } from '../src/lessons/files-on-disk';

export const course = buildLessonSet(readLessonFiles('lessons'));

export const lesson = (id: string): Lesson => {
  const found = course.byId.get(id);
  if (!found) throw new Error(`the course has no lesson ${id}`);
  return found;
};
