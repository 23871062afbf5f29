/**
 * The layout on screen while the learner types: what to draw for each new
 * view at once, when the engine is needed, and what to draw when it answers.
 * A structure seen before settles back to its positions; a changed one is
 * drawn provisionally at once and refined by the engine later; only a mostly
 * new graph (a pasted config) waits for the engine, the old positions staying
 * on screen meanwhile.
 */
import type { GraphView } from './graph-view';
import { provisionalLayout } from './provisional-layout';
import { refineLayout } from './refine-layout';
import type { GraphLayout } from './stable-layout';
import { structureKey } from './structure-key';

export type LiveLayout = {
  /** The latest view, and its structure key. */
  view: GraphView | null;
  key: string | null;
  /** The positions drawn: for `view`'s structure, or while the engine is awaited, an earlier one's. */
  layout: GraphLayout | null;
  /** The latest view of `layout`'s structure. */
  layoutView: GraphView | null;
  /** The engine's latest layout, to return to when an edit restores its structure. */
  settled: GraphLayout | null;
};

/** What the engine is needed for: laying out a structure not drawn yet, or refining a provisional one. */
export type EngineNeed = 'layout' | 'refine' | null;

export const NO_LAYOUT: LiveLayout = { view: null, key: null, layout: null, layoutView: null, settled: null };

export function showView(state: LiveLayout, view: GraphView | null): LiveLayout {
  if (view === null) return { ...state, view, key: null };
  const key = structureKey(view);
  const { layout, layoutView, settled } = state;
  if (layout !== null && layout.key === key) return { ...state, view, key, layoutView: view };
  if (settled !== null && settled.key === key)
    return { ...state, view, key, layout: settled, layoutView: view };
  const provisional = layout && layoutView && provisionalLayout(layoutView, layout, view, key);
  if (provisional) return { ...state, view, key, layout: provisional, layoutView: view };
  return { ...state, view, key };
}

export function engineNeed({ view, key, layout }: LiveLayout): EngineNeed {
  if (view === null) return null;
  if (layout === null || layout.key !== key) return 'layout';
  return layout.unsettled.size > 0 ? 'refine' : null;
}

/**
 * Takes the engine's `answer` for the view of some moment: ignored when the
 * structure has changed since; null if the engine failed, which settles a
 * provisional layout as it is.
 */
export function receiveLayout(state: LiveLayout, answer: GraphLayout | null): LiveLayout {
  const { view, key, layout } = state;
  if (view === null || (answer !== null && answer.key !== key)) return state;
  if (layout !== null && layout.key === key) {
    if (layout.unsettled.size === 0) return state;
    const settled = refineLayout(view, layout, answer ?? layout);
    return { ...state, layout: settled, settled };
  }
  if (answer === null) return state;
  return { ...state, layout: answer, layoutView: view, settled: answer };
}
