/**
 * Projector mode in the toolbar: a toggle to turn it on, and while it is on,
 * the instructor's controls in its place: steps, the solution block by
 * block, the check, the zoom and the keyboard help.
 */
import { useLessons } from '../state/lessonStore';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { PresentHelp } from './PresentHelp';
import { usePresent } from './presentStore';
import { lastStep } from './steps';
import { usePresentKeys } from './usePresentKeys';
import { usePresentRoot } from './usePresentRoot';
import { useStepHighlight } from './useStepHighlight';

export function PresentMode() {
  const active = usePresent((state) => state.active);
  const zoom = usePresent((state) => state.zoom);
  const setActive = usePresent((state) => state.setActive);
  usePresentRoot(active, zoom, useResolvedTheme());
  usePresentKeys(active);

  if (!active)
    return (
      <button
        type="button"
        className="toolbar-button"
        aria-pressed="false"
        onClick={() => setActive(true)}
        title="Large type, high contrast and keyboard control, for teaching from a projector"
      >
        Projector
      </button>
    );
  return <PresentBar />;
}

function PresentBar() {
  const present = usePresent();
  const course = useLessons((state) => state.course);
  const lessonId = useLessons((state) => state.place.lessonId);
  const check = useLessons((state) => state.check);
  const lesson = lessonId === null ? undefined : course.byId.get(lessonId);
  const objective = lesson && present.step > 0 ? lesson.objectives[present.step - 1] : undefined;
  useStepHighlight(lesson?.id ?? null, objective?.id ?? null, present.step);

  return (
    <div className="present-bar" role="toolbar" aria-label="Projector controls">
      <button
        type="button"
        className="toolbar-button"
        onClick={present.previousStep}
        aria-keyshortcuts="Alt+ArrowLeft PageUp"
      >
        <span aria-hidden="true">◀</span> Back
      </button>
      <p className="present-step" aria-live="polite" data-testid="present-step">
        {lesson
          ? present.step === 0
            ? 'Introduction'
            : `Objective ${Math.min(present.step, lastStep(lesson))} of ${lastStep(lesson)}`
          : 'Free playground'}
      </p>
      <button
        type="button"
        className="toolbar-button"
        onClick={present.nextStep}
        aria-keyshortcuts="Alt+ArrowRight PageDown"
      >
        Next <span aria-hidden="true">▶</span>
      </button>
      <span className="present-separator" aria-hidden="true" />
      <button
        type="button"
        className="toolbar-button"
        onClick={present.revealBlock}
        disabled={!lesson}
        aria-keyshortcuts="Alt+S"
      >
        Show block
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={present.hideBlock}
        disabled={present.shown.length === 0}
        aria-keyshortcuts="Alt+Shift+S"
      >
        Take back
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={check}
        disabled={!lesson}
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        Check
      </button>
      <span className="present-separator" aria-hidden="true" />
      <button
        type="button"
        className="toolbar-button"
        onClick={present.zoomOut}
        aria-label="Smaller text"
        aria-keyshortcuts="Control+Minus Meta+Minus"
      >
        A−
      </button>
      <button
        type="button"
        className="toolbar-button present-zoom"
        onClick={present.resetZoom}
        aria-label={`Text at ${Math.round(present.zoom * 100)}%; reset`}
        aria-keyshortcuts="Control+0 Meta+0"
      >
        {Math.round(present.zoom * 100)}%
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={present.zoomIn}
        aria-label="Larger text"
        aria-keyshortcuts="Control+Plus Meta+Plus"
      >
        A+
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => present.setHelpOpen(true)}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="Shift+?"
      >
        ?
      </button>
      <button
        type="button"
        className="toolbar-button"
        aria-pressed="true"
        onClick={() => present.setActive(false)}
      >
        Leave projector
      </button>
      <p className="present-status" role="status" data-testid="present-status">
        {present.status}
      </p>
      {present.helpOpen && <PresentHelp onClose={() => present.setHelpOpen(false)} />}
    </div>
  );
}
