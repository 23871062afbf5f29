import { describe, expect, it } from 'vitest';
import type { LessonWork } from './lesson-work';
import {
  decodeLessonWork,
  decodePlace,
  encodeLessonWork,
  encodePlace,
  INITIAL_PLACE,
  SAVED_WORK_SCHEMA,
} from './saved-work';

const work: LessonWork = {
  contentHash: '3f2a9c01-4d2',
  startedFrom: 'own',
  starter: 'logging {\n\t// TODO\n}\n',
  source: 'logging {\n\tlevel = "debug"\t// ünïcödé ✓\n}\n',
  passedSource: null,
  objectivesMet: ['logging'],
  hintsRevealed: { logging: 2 },
};

/** The stored record of `work` with some fields replaced or (as `undefined`) removed. */
const stored = (changes: Record<string, unknown>): string =>
  JSON.stringify({ ...(JSON.parse(encodeLessonWork(work)) as object), ...changes });

describe('lesson work records', () => {
  it('read back exactly what was written, tagged with the schema', () => {
    expect(decodeLessonWork(encodeLessonWork(work))).toEqual(work);
    expect(JSON.parse(encodeLessonWork(work))).toMatchObject({ schema: SAVED_WORK_SCHEMA });
    const passed = { ...work, passedSource: work.source };
    expect(decodeLessonWork(encodeLessonWork(passed))).toEqual(passed);
  });

  it('are unreadable when written by another schema, so that the caller sets them aside', () => {
    expect(decodeLessonWork(stored({ schema: SAVED_WORK_SCHEMA + 1 }))).toBeNull();
    expect(decodeLessonWork(stored({ schema: undefined }))).toBeNull();
  });

  it('are unreadable when damaged in the work itself', () => {
    expect(decodeLessonWork('{"schema":1,')).toBeNull();
    expect(decodeLessonWork('"just a string"')).toBeNull();
    expect(decodeLessonWork('[]')).toBeNull();
    expect(decodeLessonWork(stored({ source: undefined }))).toBeNull();
    expect(decodeLessonWork(stored({ starter: 42 }))).toBeNull();
    expect(decodeLessonWork(stored({ contentHash: null }))).toBeNull();
    expect(decodeLessonWork(stored({ startedFrom: 'elsewhere' }))).toBeNull();
  });

  it('fall back to defaults for damaged bookkeeping, keeping the work', () => {
    const repaired = decodeLessonWork(
      stored({
        passedSource: 7,
        objectivesMet: ['write', 3, null],
        hintsRevealed: { a: 9, b: -1, c: 'x', d: 1.5 },
      }),
    );
    expect(repaired).toEqual({ ...work, objectivesMet: ['write'], hintsRevealed: { a: 3 } });
    expect(decodeLessonWork(stored({ objectivesMet: 'write', hintsRevealed: [] }))).toEqual({
      ...work,
      objectivesMet: [],
      hintsRevealed: {},
    });
  });
});

describe('the place record', () => {
  it('reads back what was written', () => {
    const place = { lessonId: 'section-2', playground: 'logging {}\n', lessonsHidden: true };
    expect(decodePlace(encodePlace(place))).toEqual(place);
    expect(decodePlace(encodePlace(INITIAL_PLACE))).toEqual(INITIAL_PLACE);
  });

  it('is unreadable when damaged or from another schema', () => {
    expect(decodePlace('')).toBeNull();
    expect(decodePlace(JSON.stringify({ schema: 2, lessonId: null, playground: null }))).toBeNull();
    expect(decodePlace(JSON.stringify({ schema: 1, lessonId: 3, playground: null }))).toBeNull();
    expect(decodePlace(JSON.stringify({ schema: 1, lessonId: null }))).toBeNull();
  });

  it('shows the lessons unless they were folded away', () => {
    expect(decodePlace(JSON.stringify({ schema: 1, lessonId: null, playground: null }))).toEqual(
      INITIAL_PLACE,
    );
  });
});
