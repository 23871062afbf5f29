/**
 * The projector's keyboard: while projecting, its shortcuts (presentKeys.ts)
 * work from anywhere on the page, the editor included. The listener runs
 * before Monaco's own, so a shortcut it takes never reaches the editor.
 */
import { useEffect } from 'react';
import { presentActionFor, type KeyPlace, type PresentAction } from './presentKeys';
import { usePresent, type PresentState } from './presentStore';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

const RUN: Record<PresentAction, (state: PresentState) => void> = {
  'next-step': (state) => state.nextStep(),
  'previous-step': (state) => state.previousStep(),
  'next-lesson': (state) => state.nextLesson(),
  'previous-lesson': (state) => state.previousLesson(),
  'reveal-block': (state) => state.revealBlock(),
  'hide-block': (state) => state.hideBlock(),
  'zoom-in': (state) => state.zoomIn(),
  'zoom-out': (state) => state.zoomOut(),
  'zoom-reset': (state) => state.resetZoom(),
  help: (state) => state.setHelpOpen(!state.helpOpen),
};

export function usePresentKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const action = presentActionFor(event, keyPlace(event.target), IS_MAC);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      RUN[action](usePresent.getState());
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [active]);
}

function keyPlace(target: EventTarget | null): KeyPlace {
  if (!(target instanceof Element)) return 'page';
  // In a dialog (the solution's diff, a share link) and in Monaco's find box, keys belong to what has the focus.
  if (target.closest('dialog, .find-widget')) return 'text-field';
  if (target.closest('.monaco-editor')) return 'editor';
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))
    return 'text-field';
  return 'page';
}
