/**
 * The learner's progress as a file they carry to another machine: every
 * lesson's work and the free playground's text, as JSON with a format name
 * and a version.
 *
 *   { "format": "alloy-workshop-progress", "version": 1, "exportedAt": "…",
 *     "lessons": { "<lesson id>": { <the lesson's work> }, … },
 *     "playground": "<text>" | null }
 *
 * Reading never trusts the file: anything damaged rejects the whole file with
 * a message saying what is wrong, so that nothing half-read is imported.
 * Lessons this version of the workshop does not know are skipped and named.
 */
import { decodeLessonWork, SAVED_WORK_SCHEMA, type LessonWork } from '../lessons';
import { isJsonObject } from '../lessons/json';

export const PROGRESS_FILE_FORMAT = 'alloy-workshop-progress';
export const PROGRESS_FILE_VERSION = 1;
/** Progress files are small (a few configurations per lesson); anything far larger is not one. */
export const MAX_PROGRESS_FILE_BYTES = 4 * 1024 * 1024;

export type Progress = {
  works: Readonly<Record<string, LessonWork>>;
  /** The free playground's text; null when the learner never edited it. */
  playground: string | null;
};

export type ReadProgress =
  { ok: true; progress: Progress; unknownLessons: string[] } | { ok: false; error: string };

export function writeProgressFile(progress: Progress, exportedAt: Date): string {
  return `${JSON.stringify(
    {
      format: PROGRESS_FILE_FORMAT,
      version: PROGRESS_FILE_VERSION,
      exportedAt: exportedAt.toISOString(),
      lessons: progress.works,
      playground: progress.playground,
    },
    null,
    2,
  )}\n`;
}

/** Reads a progress file; `lessonIds` are the lessons of this version of the workshop. */
export function readProgressFile(text: string, lessonIds: readonly string[]): ReadProgress {
  const fail = (error: string): ReadProgress => ({ ok: false, error });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('The file is not a progress file: it is not JSON.');
  }
  if (!isJsonObject(data) || data.format !== PROGRESS_FILE_FORMAT)
    return fail('The file is not a progress file of the Alloy workshop.');
  const { version, lessons, playground } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('The progress file is damaged: its version is missing.');
  if (version > PROGRESS_FILE_VERSION)
    return fail(
      `The progress file was written by a newer version of the workshop (file version ${version}); this one reads version ${PROGRESS_FILE_VERSION}. Update the workshop and import it again.`,
    );
  if (!isJsonObject(lessons)) return fail('The progress file is damaged: it has no list of lessons.');
  if (!(playground === null || playground === undefined || typeof playground === 'string'))
    return fail('The progress file is damaged: the playground’s text is not text.');

  const known = new Set(lessonIds);
  const works: Record<string, LessonWork> = {};
  const unknownLessons: string[] = [];
  for (const [id, fields] of Object.entries(lessons)) {
    // A lesson's work is stored as its fields plus the schema they follow; version 1 files follow schema 1.
    const work = isJsonObject(fields)
      ? decodeLessonWork(JSON.stringify({ ...fields, schema: SAVED_WORK_SCHEMA }))
      : null;
    if (!work) return fail(`The progress file is damaged: the work on lesson “${id}” cannot be read.`);
    if (known.has(id)) works[id] = work;
    else unknownLessons.push(id);
  }
  return { ok: true, progress: { works, playground: playground ?? null }, unknownLessons };
}
