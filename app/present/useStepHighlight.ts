/**
 * Shows the room where the step is: the current objective is outlined and
 * scrolled into the middle of the lesson panel; the introduction scrolls the
 * panel back to the top.
 */
import { useEffect } from 'react';

const HIGHLIGHT_ID = 'present-step-highlight';

export function useStepHighlight(lessonId: string | null, objectiveId: string | null, step: number): void {
  useEffect(() => {
    if (lessonId === null) return;
    // A style rule rather than a class: it survives the lesson panel re-rendering its objectives.
    const style = document.createElement('style');
    style.id = HIGHLIGHT_ID;
    if (objectiveId !== null)
      style.textContent = `.objective[data-objective-id="${CSS.escape(objectiveId)}"] { outline: 4px solid var(--focus); outline-offset: 4px; }`;
    document.head.append(style);
    const frame = requestAnimationFrame(() => {
      const target =
        objectiveId === null
          ? document.querySelector('article.lesson')
          : document.querySelector(`.objective[data-objective-id="${CSS.escape(objectiveId)}"]`);
      target?.scrollIntoView({ block: objectiveId === null ? 'start' : 'center' });
    });
    return () => {
      cancelAnimationFrame(frame);
      style.remove();
    };
  }, [lessonId, objectiveId, step]);
}
