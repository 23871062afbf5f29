/**
 * Projector mode in the toolbar: a toggle to turn it on, and while it is on,
 * the instructor's controls in its place: steps, the solution block by
 * block, the check, the zoom and the keyboard help.
 */
import type { ComponentProps } from 'react';
import { openLessonOf, useLessons } from '../state/lessonStore';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { ToolbarButton } from '../ui/ToolbarButton';
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
      <PresentButton
        aria-pressed="false"
        onClick={() => setActive(true)}
        title="Large type, high contrast and keyboard control, for teaching from a projector"
      >
        Projector
      </PresentButton>
    );
  return <PresentBar />;
}

function PresentBar() {
  const present = usePresent();
  const lesson = useLessons(openLessonOf);
  const check = useLessons((state) => state.check);
  const objective = lesson && present.step > 0 ? lesson.objectives[present.step - 1] : undefined;
  useStepHighlight(lesson?.id ?? null, objective?.id ?? null, present.step);

  return (
    <div className="present-bar" role="toolbar" aria-label="Projector controls">
      <PresentButton onClick={present.previousStep} keys="Alt+ArrowLeft PageUp">
        <span aria-hidden="true">◀</span> Back
      </PresentButton>
      <p className="present-step" aria-live="polite" data-testid="present-step">
        {lesson
          ? present.step === 0
            ? 'Introduction'
            : `Objective ${Math.min(present.step, lastStep(lesson))} of ${lastStep(lesson)}`
          : 'Free playground'}
      </p>
      <PresentButton onClick={present.nextStep} keys="Alt+ArrowRight PageDown">
        Next <span aria-hidden="true">▶</span>
      </PresentButton>
      <span className="present-separator" aria-hidden="true" />
      <PresentButton onClick={present.revealBlock} disabled={!lesson} keys="Alt+S">
        Show block
      </PresentButton>
      <PresentButton onClick={present.hideBlock} disabled={present.shown.length === 0} keys="Alt+Shift+S">
        Take back
      </PresentButton>
      <PresentButton onClick={check} disabled={!lesson} keys="Control+Enter Meta+Enter">
        Check
      </PresentButton>
      <span className="present-separator" aria-hidden="true" />
      <PresentButton onClick={present.zoomOut} aria-label="Smaller text" keys="Control+Minus Meta+Minus">
        A−
      </PresentButton>
      <PresentButton
        className="toolbar-button present-zoom"
        onClick={present.resetZoom}
        aria-label={`Text at ${Math.round(present.zoom * 100)}%; reset`}
        keys="Control+0 Meta+0"
      >
        {Math.round(present.zoom * 100)}%
      </PresentButton>
      <PresentButton onClick={present.zoomIn} aria-label="Larger text" keys="Control+Plus Meta+Plus">
        A+
      </PresentButton>
      <PresentButton onClick={() => present.setHelpOpen(true)} aria-label="Keyboard shortcuts" keys="Shift+?">
        ?
      </PresentButton>
      <PresentButton aria-pressed="true" onClick={() => present.setActive(false)}>
        Leave projector
      </PresentButton>
      <p className="present-status" role="status" data-testid="present-status">
        {present.status}
      </p>
      {present.helpOpen && <PresentHelp onClose={() => present.setHelpOpen(false)} />}
    </div>
  );
}

/** Projector mode's buttons stand in the app's toolbar and take its look. */
function PresentButton(props: ComponentProps<typeof ToolbarButton>) {
  return <ToolbarButton className="toolbar-button" {...props} />;
}
