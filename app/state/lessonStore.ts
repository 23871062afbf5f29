/**
 * The workshop's lessons in the app: the open lesson (or the free
 * playground), the learner's work on every lesson and the latest check
 * report. The store starts with the work restored from storage and hands
 * the open configuration to the playground before anything renders, so the
 * editor opens on exactly what the learner left. From then on every change
 * of the playground's source is saved the moment it happens.
 */
import { create } from 'zustand';
import type { CheckReport } from '../../src/check';
import {
  adoptCurrentVersion,
  bundledLessons,
  ownStartFor,
  recordCheck,
  revealHint as climbHintLadder,
  startWork,
  type Lesson,
  type LessonSet,
  type LessonWork,
  type Place,
  type StartingPoint,
} from '../../src/lessons';
import type { CheckResponse } from '../lessons/checkProtocol';
import { EXAMPLE_SOURCE } from './exampleSource';
import { createWorkStorage } from './persistence';
import { usePlayground } from './store';

/** What the editor offers the lessons once it has loaded. */
export type LessonEditorLink = {
  /** Shows another document: its text replaces the editor's and the undo history starts anew. */
  replaceDocument(source: string): void;
  insertAtCursor(text: string): void;
};

/**
 * Runs a check of the open lesson now; `requested` when the learner asked
 * for the full report. False when nothing could be checked.
 */
export type CheckRunner = (requested: boolean) => boolean;

/** A replacement of the learner's configuration they can take back, with the work it replaced. */
export type Replacement = {
  lessonId: string;
  previous: LessonWork;
  what: 'reset' | 'solution' | 'new-version';
};

export type LessonsState = {
  course: LessonSet;
  works: Readonly<Record<string, LessonWork>>;
  place: Place;
  /** Whether the lesson list is shown while a lesson is open. */
  browsing: boolean;
  /** The latest check of the open lesson; null before the first one. */
  report: CheckReport | null;
  /** Whether the learner asked for the report ("Check"); until then only the objectives tick. */
  reportShown: boolean;
  /** A requested check is on its way. */
  checking: boolean;
  /** Graph nodes of the objectives the shown report finds unmet. */
  failingNodeIds: readonly string[];
  replacement: Replacement | null;
  /** Whether saving reaches the browser's storage. */
  persistent: boolean;
  editorLink: LessonEditorLink | null;
  checkRunner: CheckRunner | null;

  openLesson(lessonId: string): void;
  openPlayground(): void;
  setBrowsing(browsing: boolean): void;
  setLessonsHidden(hidden: boolean): void;
  check(): void;
  receiveCheck(response: CheckResponse): void;
  /** Starts the open lesson over from another starting point; only before the learner edited it. */
  chooseStart(from: StartingPoint): void;
  revealHint(objectiveId: string): void;
  resetLesson(): void;
  applySolution(source: string): void;
  undoReplacement(): void;
  dismissReplacement(): void;
  /** For work begun on an older version of the lesson: keep it for the new version. */
  keepOutdatedWork(): void;
  /** For work begun on an older version of the lesson: start the new version afresh (undoable). */
  startNewVersion(): void;
  /** Saves an edit of the playground's source: into the open lesson's work, or as the playground's text. */
  keepSource(source: string): void;
  /**
   * Takes in work brought from elsewhere (a progress file): the given lessons' work replaces
   * theirs, and a non-null `playground` the playground's text; the open one is shown anew.
   */
  importWork(works: Readonly<Record<string, LessonWork>>, playground: string | null): void;
  setEditorLink(link: LessonEditorLink | null): void;
  setCheckRunner(runner: CheckRunner | null): void;
};

const storage = createWorkStorage(() => window.localStorage);

/** What belongs to one visit of a lesson (or of the playground), cleared when another opens. */
const NEW_VISIT = {
  browsing: false,
  report: null,
  reportShown: false,
  checking: false,
  failingNodeIds: [],
  replacement: null,
} satisfies Partial<LessonsState>;

export const useLessons = create<LessonsState>()((set, get) => {
  // One update per save: every edit of the source comes through here.
  const saveWork = (lessonId: string, work: LessonWork) => {
    storage.saveWork(lessonId, work);
    set((state) => ({ works: { ...state.works, [lessonId]: work }, persistent: storage.isPersistent() }));
  };

  const savePlace = (change: Partial<Place>) => {
    const place = { ...get().place, ...change };
    storage.savePlace(place);
    set({ place, persistent: storage.isPersistent() });
  };

  /** The open lesson with the learner's work on it, if a lesson is open. */
  const open = () => {
    const lesson = openLessonOf(get());
    const work = lesson && get().works[lesson.id];
    return lesson && work ? { lesson, work } : null;
  };

  /** Replaces the open lesson's configuration as an edit the learner can undo. */
  const replaceSource = (what: Replacement['what'], previous: LessonWork, next: LessonWork) => {
    const lessonId = get().place.lessonId;
    if (lessonId === null) return;
    saveWork(lessonId, next);
    set({ replacement: { lessonId, previous, what }, reportShown: false, failingNodeIds: [] });
    usePlayground.getState().setSource(next.source);
  };

  return {
    ...restore(),
    ...NEW_VISIT,
    editorLink: null,
    checkRunner: null,

    openLesson(lessonId) {
      const { course, works, place } = get();
      const lesson = course.byId.get(lessonId);
      if (!lesson) return;
      if (place.lessonId === lessonId) return set({ browsing: false });
      const work = works[lessonId] ?? startWork(course, lesson, ownStartFor(lesson, works));
      if (!works[lessonId]) saveWork(lessonId, work);
      set(NEW_VISIT);
      savePlace({ lessonId });
      showDocument(work.source);
      get().checkRunner?.(false);
    },

    openPlayground() {
      if (get().place.lessonId === null) return set({ browsing: false });
      set(NEW_VISIT);
      savePlace({ lessonId: null });
      showDocument(get().place.playground ?? EXAMPLE_SOURCE);
    },

    setBrowsing: (browsing) => set({ browsing }),
    setLessonsHidden: (lessonsHidden) => savePlace({ lessonsHidden }),

    check() {
      if (open()) set({ checking: get().checkRunner?.(true) ?? false });
    },

    receiveCheck({ lessonId, source, requested, report }) {
      const current = open();
      if (!current || current.lesson.id !== lessonId) return;
      const objectivesMet = report.objectives
        .filter((result) => result.passed)
        .map((result) => result.objectiveId);
      const work = recordCheck(current.work, source, { passed: report.passed, objectivesMet });
      const changed =
        work.passedSource !== current.work.passedSource ||
        work.objectivesMet.join('\n') !== current.work.objectivesMet.join('\n');
      if (changed) saveWork(lessonId, work);
      const reportShown = get().reportShown || requested;
      set((state) => ({
        report,
        reportShown,
        checking: state.checking && !requested,
        failingNodeIds: reportShown ? failingNodes(report) : [],
      }));
    },

    chooseStart(from) {
      const current = open();
      if (!current || current.work.source !== current.work.starter) return;
      const { lesson, work } = current;
      const own = from === 'own' ? ownStartFor(lesson, get().works) : null;
      if (from === 'own' && own === null) return;
      const started = startWork(get().course, lesson, own);
      saveWork(lesson.id, { ...started, passedSource: work.passedSource, hintsRevealed: work.hintsRevealed });
      showDocument(started.source);
      get().checkRunner?.(false);
    },

    revealHint(objectiveId) {
      const current = open();
      if (current) saveWork(current.lesson.id, climbHintLadder(current.work, objectiveId));
    },

    resetLesson() {
      const current = open();
      if (current) replaceSource('reset', current.work, { ...current.work, source: current.work.starter });
    },

    applySolution(source) {
      const current = open();
      if (!current) return;
      replaceSource('solution', current.work, { ...current.work, source });
      get().check();
    },

    undoReplacement() {
      const { replacement, place } = get();
      if (!replacement || replacement.lessonId !== place.lessonId) return;
      saveWork(replacement.lessonId, replacement.previous);
      set({ replacement: null });
      usePlayground.getState().setSource(replacement.previous.source);
    },

    dismissReplacement: () => set({ replacement: null }),

    keepOutdatedWork() {
      const current = open();
      if (current) saveWork(current.lesson.id, adoptCurrentVersion(current.work, current.lesson));
    },

    startNewVersion() {
      const current = open();
      if (!current) return;
      const fresh = startWork(get().course, current.lesson, ownStartFor(current.lesson, get().works));
      replaceSource('new-version', current.work, fresh);
    },

    keepSource(source) {
      const { place } = get();
      if (place.lessonId === null) {
        if (place.playground !== source) savePlace({ playground: source });
        return;
      }
      const work = get().works[place.lessonId];
      if (!work || work.source === source) return;
      saveWork(place.lessonId, { ...work, source });
      // Undoing a replacement now would take this edit with it; the editor's own undo remains.
      if (get().replacement !== null) set({ replacement: null });
    },

    importWork(works, playground) {
      for (const [lessonId, work] of Object.entries(works)) saveWork(lessonId, work);
      if (playground !== null) savePlace({ playground });
      const { lessonId } = get().place;
      const shown = lessonId === null ? playground : (works[lessonId]?.source ?? null);
      if (shown === null) return;
      set({ ...NEW_VISIT, browsing: get().browsing });
      showDocument(shown);
      get().checkRunner?.(false);
    },

    setEditorLink: (editorLink) => set({ editorLink }),
    setCheckRunner: (checkRunner) => set({ checkRunner }),
  };
});

/** The open lesson, if one is open; a selector (`useLessons(openLessonOf)`) as well. */
export function openLessonOf({ course, place }: Pick<LessonsState, 'course' | 'place'>): Lesson | undefined {
  return place.lessonId === null ? undefined : course.byId.get(place.lessonId);
}

/** Puts a document in the editor, with a fresh undo history; straight into the playground before the editor loads. */
export function showDocument(source: string): void {
  const link = useLessons.getState().editorLink;
  if (link) link.replaceDocument(source);
  else usePlayground.getState().setSource(source);
}

/** The saved work, with the open configuration handed to the playground. */
function restore(): Pick<LessonsState, 'course' | 'works' | 'place' | 'persistent'> {
  const course = bundledLessons();
  const saved = storage.load(course.lessons.map((lesson) => lesson.id));
  const works = { ...saved.works };
  const lesson = openLessonOf({ course, place: saved.place });
  let work = lesson && works[lesson.id];
  if (lesson && !work) {
    work = startWork(course, lesson, ownStartFor(lesson, works));
    works[lesson.id] = work;
    storage.saveWork(lesson.id, work);
  }
  const place = lesson ? saved.place : { ...saved.place, lessonId: null };
  const source = work ? work.source : place.playground;
  if (source !== null) usePlayground.getState().setSource(source);
  return { course, works, place, persistent: storage.isPersistent() };
}

function failingNodes(report: CheckReport): string[] {
  const ids = report.objectives.flatMap((result) => (!result.passed && result.nodeId ? [result.nodeId] : []));
  return [...new Set(ids)];
}

// Every edit is saved at once (the store is created first, so restoring is not an edit).
usePlayground.subscribe((state, previous) => {
  if (state.source !== previous.source) useLessons.getState().keepSource(state.source);
});
