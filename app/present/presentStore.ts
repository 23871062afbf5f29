/**
 * Projector mode: whether it is on (`?mode=present` in the address, or the
 * toolbar's toggle), its zoom, the step within the open lesson and the
 * solution blocks shown so far. The actions drive the lessons and the editor
 * through their stores, so that the projector is a remote control and keeps
 * no copy of the workshop's state.
 */
import { create } from 'zustand';
import { openLessonOf, useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import { showBlock, solutionBlocks } from './solutionSteps';
import { nextLesson, nextStep, previousLesson, previousStep, type StepPlace } from './steps';
import { createZoomMemory, DEFAULT_ZOOM, zoomIn, zoomOut } from './zoom';

const PRESENT_PARAMETER = 'mode';
const PRESENT_VALUE = 'present';

/** A solution block the projector laid over the configuration, with the text before and after, for taking it back. */
type ShownBlock = { id: string; before: string; after: string };

export type PresentState = {
  active: boolean;
  zoom: number;
  helpOpen: boolean;
  /** 0: the open lesson's introduction; n: its n-th objective. */
  step: number;
  /** The solution blocks shown in the open lesson, in order. */
  shown: readonly ShownBlock[];
  /** What the latest action did or why it could not, for the status line. */
  status: string;

  setActive(active: boolean): void;
  setHelpOpen(open: boolean): void;
  zoomIn(): void;
  zoomOut(): void;
  resetZoom(): void;
  nextStep(): void;
  previousStep(): void;
  nextLesson(): void;
  previousLesson(): void;
  revealBlock(): void;
  hideBlock(): void;
};

const zoomMemory = createZoomMemory(() => window.localStorage);

export const usePresent = create<PresentState>()((set, get) => {
  const saveZoom = (zoom: number) => {
    zoomMemory.save(zoom);
    set({ zoom });
  };

  /** Goes to a step, opening its lesson when it is another one. */
  const goTo = (place: StepPlace | null, noWay: string) => {
    if (!place) return set({ status: noWay });
    const lessons = useLessons.getState();
    if (place.lessonId !== null && place.lessonId !== lessons.place.lessonId)
      lessons.openLesson(place.lessonId);
    else if (lessons.browsing) lessons.setBrowsing(false);
    set({ step: place.step, status: '' });
  };

  const here = (): StepPlace => ({ lessonId: useLessons.getState().place.lessonId, step: get().step });
  const lessons = () => useLessons.getState().course.lessons;

  const openLesson = () => openLessonOf(useLessons.getState());

  return {
    active: new URLSearchParams(window.location.search).get(PRESENT_PARAMETER) === PRESENT_VALUE,
    zoom: zoomMemory.load(),
    helpOpen: false,
    step: 0,
    shown: [],
    status: '',

    setActive(active) {
      set({ active, helpOpen: false, status: '' });
      // The address says so too, so that a reload (or a bookmark) stays in projector mode.
      const url = new URL(window.location.href);
      if (active) url.searchParams.set(PRESENT_PARAMETER, PRESENT_VALUE);
      else if (url.searchParams.get(PRESENT_PARAMETER) === PRESENT_VALUE)
        url.searchParams.delete(PRESENT_PARAMETER);
      window.history.replaceState(window.history.state, '', url);
    },
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    zoomIn: () => saveZoom(zoomIn(get().zoom)),
    zoomOut: () => saveZoom(zoomOut(get().zoom)),
    resetZoom: () => saveZoom(DEFAULT_ZOOM),

    nextStep: () => goTo(nextStep(lessons(), here()), 'This is the last step of the workshop.'),
    previousStep: () => goTo(previousStep(lessons(), here()), 'This is the first step of the workshop.'),
    nextLesson: () => goTo(nextLesson(lessons(), here()), 'This is the last lesson.'),
    previousLesson: () => goTo(previousLesson(lessons(), here()), 'This is the first lesson.'),

    revealBlock() {
      const lesson = openLesson();
      if (!lesson) return set({ status: 'Open a lesson to show its solution.' });
      const blocks = solutionBlocks(lesson.solution);
      const shown = get().shown;
      const block = blocks[shown.length];
      if (!block) return set({ status: `All ${blocks.length} blocks of the solution are shown.` });
      const playground = usePlayground.getState();
      const before = playground.source;
      const { source: after, range } = showBlock(before, block);
      set({
        shown: [...shown, { id: block.id, before, after }],
        status: `Solution block ${shown.length + 1} of ${blocks.length}: ${block.id}${after === before ? ' (already in place)' : ''}`,
      });
      playground.setSource(after);
      if (range) playground.selectNode(block.id, range);
    },

    hideBlock() {
      const shown = get().shown;
      const last = shown.at(-1);
      if (!last) return set({ status: 'No block of the solution is shown.' });
      const playground = usePlayground.getState();
      if (playground.source !== last.after)
        return set({
          status: 'The configuration changed after that block was shown: undo in the editor instead.',
        });
      set({ shown: shown.slice(0, -1), status: `Took back solution block ${shown.length}: ${last.id}` });
      playground.setSource(last.before);
    },
  };
});

// Another lesson (opened from the list, or by stepping) starts at its introduction with nothing shown.
useLessons.subscribe((state, previous) => {
  if (state.place.lessonId !== previous.place.lessonId) usePresent.setState({ step: 0, shown: [] });
});
