/**
 * "Show solution": a modal comparing the learner's configuration with the
 * solution, which they may apply (and undo afterwards).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { solutionFor, type Lesson } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import { useResolvedTheme } from '../theme/useResolvedTheme';

const SolutionDiff = lazy(() => import('./SolutionDiff'));

export function SolutionDialog({ lesson, onClose }: { lesson: Lesson; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const theme = useResolvedTheme();
  const course = useLessons((state) => state.course);
  const applySolution = useLessons((state) => state.applySolution);
  // Compared as they were when the dialog opened.
  const [sources] = useState(() => {
    const original = usePlayground.getState().source;
    return { original, solution: solutionFor(course, lesson, original) };
  });
  const readSolution = useRef<(() => string) | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const apply = () => {
    applySolution(readSolution.current?.() ?? sources.solution);
    dialog.current?.close();
  };

  return createPortal(
    <dialog ref={dialog} className="solution-dialog" aria-labelledby="solution-title" onClose={onClose}>
      <header className="solution-header">
        <h2 id="solution-title">Solution: {lesson.title}</h2>
        <p>Left, your configuration; right, the solution. Apply it to replace yours; you can undo that.</p>
      </header>
      <div className="solution-diff" data-testid="solution-diff">
        <Suspense fallback={<p className="panel-placeholder">Loading the comparison…</p>}>
          <SolutionDiff
            original={sources.original}
            solution={sources.solution}
            theme={theme}
            onReady={(read) => (readSolution.current = read)}
          />
        </Suspense>
      </div>
      <footer className="solution-actions">
        <button type="button" className="lesson-button lesson-button--primary" onClick={apply}>
          Apply solution
        </button>
        <button type="button" className="lesson-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </footer>
    </dialog>,
    document.body,
  );
}
