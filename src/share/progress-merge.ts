/**
 * How imported progress joins the progress already in this browser, lesson
 * by lesson (the app shows these rules next to the import button):
 *
 * - a lesson begun only in the file is taken from the file;
 * - a lesson begun in both keeps whichever work is further along (passed,
 *   then in progress, then not started); when both are equally far, the
 *   file's work is taken: importing means continuing where the file left off;
 * - the free playground's text is taken from the file only when the one here
 *   was never edited.
 */
import { lessonProgress, type LessonProgress, type LessonWork } from '../lessons';
import type { Progress } from './progress-file';

export type ImportPlan = {
  /** The progress after the import. */
  result: Progress;
  /** Lessons begun only in the file. */
  added: string[];
  /** Lessons whose work here the file's replaces. */
  replaced: string[];
  /** Lessons whose work here is further along and stays. */
  kept: string[];
  /** Whether the playground's text comes from the file. */
  playgroundTaken: boolean;
};

const RANK: Record<LessonProgress, number> = { 'not-started': 0, 'in-progress': 1, passed: 2 };

export function planImport(current: Progress, imported: Progress): ImportPlan {
  const works: Record<string, LessonWork> = { ...current.works };
  const plan: ImportPlan = {
    result: { works, playground: current.playground },
    added: [],
    replaced: [],
    kept: [],
    playgroundTaken: false,
  };
  for (const [id, theirs] of Object.entries(imported.works)) {
    const ours = current.works[id];
    if (ours === undefined) {
      works[id] = theirs;
      plan.added.push(id);
    } else if (sameWork(ours, theirs)) {
      continue;
    } else if (RANK[lessonProgress(ours)] > RANK[lessonProgress(theirs)]) {
      plan.kept.push(id);
    } else {
      works[id] = theirs;
      plan.replaced.push(id);
    }
  }
  if (current.playground === null && imported.playground !== null) {
    plan.result = { works, playground: imported.playground };
    plan.playgroundTaken = true;
  }
  return plan;
}

function sameWork(a: LessonWork, b: LessonWork): boolean {
  const hints = (work: LessonWork) =>
    Object.entries(work.hintsRevealed)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .join(';');
  return (
    a.contentHash === b.contentHash &&
    a.startedFrom === b.startedFrom &&
    a.starter === b.starter &&
    a.source === b.source &&
    a.passedSource === b.passedSource &&
    a.objectivesMet.join('\n') === b.objectivesMet.join('\n') &&
    hints(a) === hints(b)
  );
}
