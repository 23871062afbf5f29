/**
 * The course as bundled by Vite: every file directly inside a lesson folder,
 * read as text at build time. Works in the app and under Vitest; plain Node
 * reads the folders with files-on-disk.ts instead.
 */
import { buildLessonSet, type LessonSet } from './lesson-set';

let bundled: LessonSet | undefined;

export function bundledLessons(): LessonSet {
  bundled ??= buildLessonSet(
    import.meta.glob<string>('../../lessons/*/*.{md,alloy,json}', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  );
  return bundled;
}
