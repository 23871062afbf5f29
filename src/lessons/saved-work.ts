/**
 * The learner's work as stored text: one record per lesson and one for
 * where they are. Every record carries the schema version it was written
 * with. Reading never trusts the text: a record that is damaged, or was
 * written by a newer schema, reads as null, and the caller sets it aside
 * rather than overwriting it. Optional fields that are damaged fall back
 * to their defaults; the fields that make up the work itself do not.
 */
import { isJsonObject, type JsonObject } from './json';
import { HINT_RUNGS, type LessonWork, type StartingPoint } from './lesson-work';

/** Raise it when the stored shape changes, and teach the decoders to read the older one. */
export const SAVED_WORK_SCHEMA = 1;

/** Where the learner is: the open lesson (null: the free playground) and the playground's text. */
export type Place = {
  lessonId: string | null;
  /** The free playground's configuration; null until the learner has edited it. */
  playground: string | null;
  /** Whether the learner folded the lessons away. */
  lessonsHidden: boolean;
};

export const INITIAL_PLACE: Place = { lessonId: null, playground: null, lessonsHidden: false };

const STARTING_POINTS: readonly StartingPoint[] = ['own', 'reference'];

export function encodeLessonWork(work: LessonWork): string {
  return JSON.stringify({ schema: SAVED_WORK_SCHEMA, ...work });
}

export function decodeLessonWork(text: string): LessonWork | null {
  const data = readRecord(text);
  if (!data) return null;
  const { contentHash, startedFrom, starter, source } = data;
  if (typeof contentHash !== 'string' || typeof starter !== 'string' || typeof source !== 'string')
    return null;
  const startingPoint = STARTING_POINTS.find((point) => point === startedFrom);
  if (startingPoint === undefined) return null;
  return {
    contentHash,
    startedFrom: startingPoint,
    starter,
    source,
    passedSource: typeof data.passedSource === 'string' ? data.passedSource : null,
    objectivesMet: Array.isArray(data.objectivesMet)
      ? data.objectivesMet.filter((id): id is string => typeof id === 'string')
      : [],
    hintsRevealed: readHintsRevealed(data.hintsRevealed),
  };
}

export function encodePlace(place: Place): string {
  return JSON.stringify({ schema: SAVED_WORK_SCHEMA, ...place });
}

export function decodePlace(text: string): Place | null {
  const data = readRecord(text);
  if (!data) return null;
  const { lessonId, playground, lessonsHidden } = data;
  if (!(lessonId === null || typeof lessonId === 'string')) return null;
  if (!(playground === null || typeof playground === 'string')) return null;
  return { lessonId, playground, lessonsHidden: lessonsHidden === true };
}

/** The record's fields when it is a JSON object written with this schema. */
function readRecord(text: string): JsonObject | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return isJsonObject(data) && data.schema === SAVED_WORK_SCHEMA ? data : null;
}

function readHintsRevealed(value: unknown): Record<string, number> {
  if (!isJsonObject(value)) return {};
  const revealed: Record<string, number> = {};
  for (const [objectiveId, count] of Object.entries(value)) {
    if (typeof count === 'number' && Number.isInteger(count) && count > 0)
      revealed[objectiveId] = Math.min(HINT_RUNGS, count);
  }
  return revealed;
}
