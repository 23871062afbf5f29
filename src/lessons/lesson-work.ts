/**
 * The learner's work on one lesson: the configuration they are editing,
 * where it started, what the latest check said and how much help they asked
 * for. Plain data with pure transitions; the app stores one per lesson.
 */
import { lessonContentHash } from './content-hash';
import { starterConfig } from './configs';
import type { Lesson } from './lesson';
import type { LessonSet } from './lesson-set';

/**
 * What a lesson's configuration grew from: the learner's own configuration
 * of the lesson it builds on, or the reference one (also for lessons that
 * build on nothing, which start from their skeleton alone).
 */
export type StartingPoint = 'own' | 'reference';

export type LessonWork = {
  /** `lessonContentHash` of the lesson version the work was begun on. */
  contentHash: string;
  startedFrom: StartingPoint;
  /** The configuration the lesson started with; resetting goes back to it. */
  starter: string;
  /** The configuration as the learner left it, to the keystroke. */
  source: string;
  /** The latest configuration that met every objective; null until one did. */
  passedSource: string | null;
  /** The objectives met by the latest check. */
  objectivesMet: string[];
  /** How many rungs of each objective's hint ladder are revealed, by objective id. */
  hintsRevealed: Record<string, number>;
};

/** Nudge, pointer, partial diff. */
export const HINT_RUNGS = 3;

/**
 * The learner's own configuration `lesson` may start from: the latest one
 * that passed the lesson it builds on; null when there is none.
 */
export function ownStartFor(lesson: Lesson, works: Readonly<Record<string, LessonWork>>): string | null {
  if (lesson.buildsOn === null) return null;
  return works[lesson.buildsOn]?.passedSource ?? null;
}

/** Fresh work on `lesson`, from the learner's own configuration when given, else from the reference. */
export function startWork(set: LessonSet, lesson: Lesson, own: string | null): LessonWork {
  const starter = starterConfig(set, lesson, own ?? undefined);
  return {
    contentHash: lessonContentHash(lesson),
    startedFrom: own === null || lesson.buildsOn === null ? 'reference' : 'own',
    starter,
    source: starter,
    passedSource: null,
    objectivesMet: [],
    hintsRevealed: {},
  };
}

/** What one check run found for one configuration. */
export type CheckOutcome = { passed: boolean; objectivesMet: string[] };

/**
 * Takes in the outcome of checking `checkedSource`. A configuration that
 * passes is remembered, so that the next lesson can continue from it even
 * after the learner has changed it again.
 */
export function recordCheck(work: LessonWork, checkedSource: string, outcome: CheckOutcome): LessonWork {
  return {
    ...work,
    objectivesMet: [...outcome.objectivesMet],
    passedSource: outcome.passed ? checkedSource : work.passedSource,
  };
}

/** Reveals the next rung of one objective's hint ladder; the last rung stays the last. */
export function revealHint(work: LessonWork, objectiveId: string): LessonWork {
  const revealed = Math.min(HINT_RUNGS, (work.hintsRevealed[objectiveId] ?? 0) + 1);
  return { ...work, hintsRevealed: { ...work.hintsRevealed, [objectiveId]: revealed } };
}

/**
 * Whether the full solution may be shown: only after the learner climbed
 * one hint ladder to its last rung, or passed the lesson already.
 */
export function solutionUnlocked(work: LessonWork): boolean {
  return (
    work.passedSource !== null || Object.values(work.hintsRevealed).some((revealed) => revealed >= HINT_RUNGS)
  );
}

/** Whether the work was begun on another version of the lesson than the one bundled now. */
export function isOutdated(work: LessonWork, lesson: Lesson): boolean {
  return work.contentHash !== lessonContentHash(lesson);
}

/** Keeps the learner's work and files it under the lesson's current version. */
export function adoptCurrentVersion(work: LessonWork, lesson: Lesson): LessonWork {
  return { ...work, contentHash: lessonContentHash(lesson) };
}
