/**
 * What the learner can do with the open lesson: check it, see the solution
 * (once a hint ladder is climbed or the lesson passed), reset it to its
 * starting point after confirming.
 */
import { useState } from 'react';
import { solutionUnlocked, type Lesson, type LessonWork } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { SolutionDialog } from './SolutionDialog';

const MODIFIER = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export function LessonActions({ lesson, work }: { lesson: Lesson; work: LessonWork }) {
  const check = useLessons((state) => state.check);
  const checking = useLessons((state) => state.checking);
  const resetLesson = useLessons((state) => state.resetLesson);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const unlocked = solutionUnlocked(work);

  return (
    <div className="lesson-actions">
      <div className="lesson-action-row">
        <button
          type="button"
          className="lesson-button lesson-button--primary"
          onClick={check}
          aria-busy={checking}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Check <kbd>{MODIFIER}+Enter</kbd>
        </button>
        <button
          type="button"
          className="lesson-button"
          disabled={!unlocked}
          onClick={() => setSolutionOpen(true)}
          aria-describedby={unlocked ? undefined : 'solution-locked'}
        >
          Show solution
        </button>
        <button
          type="button"
          className="lesson-button"
          onClick={() => setConfirmingReset(true)}
          disabled={confirmingReset || work.source === work.starter}
        >
          Reset…
        </button>
      </div>
      {!unlocked && (
        <p id="solution-locked" className="lesson-note">
          The solution opens once you revealed all hints of one objective.
        </p>
      )}
      {confirmingReset && (
        <div className="lesson-notice lesson-notice--attention" role="group" aria-label="Confirm reset">
          <p>Replace your configuration with this lesson’s starting point? You can undo this afterwards.</p>
          <div className="lesson-notice-actions">
            <button
              type="button"
              className="lesson-button"
              onClick={() => {
                resetLesson();
                setConfirmingReset(false);
              }}
            >
              Reset the lesson
            </button>
            <button
              type="button"
              className="lesson-button lesson-button--quiet"
              onClick={() => setConfirmingReset(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {solutionOpen && <SolutionDialog lesson={lesson} onClose={() => setSolutionOpen(false)} />}
    </div>
  );
}
