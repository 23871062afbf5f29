/**
 * A fingerprint of what a lesson asks the learner to build. Work saved
 * against another fingerprint was begun on an older version of the lesson:
 * the app keeps it and lets the learner decide what to do with it.
 */
import type { Lesson } from './lesson';

/** FNV-1a over the skeleton and solution (UTF-16 code units), with their length: `3f2a9c01-4d2`. */
export function lessonContentHash(lesson: Pick<Lesson, 'skeleton' | 'solution'>): string {
  const text = `${lesson.skeleton}\u0000${lesson.solution}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(16)}`;
}
