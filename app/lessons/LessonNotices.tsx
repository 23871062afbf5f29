/**
 * Questions and offers about the open lesson's configuration: work begun on
 * an older version of the lesson, the starting point to choose before the
 * first edit, and undoing a reset or an applied solution.
 */
import { isOutdated, ownStartFor, type Lesson, type LessonWork } from '../../src/lessons';
import { useLessons, type Replacement } from '../state/lessonStore';

const REPLACED: Record<Replacement['what'], string> = {
  reset: 'The lesson was reset to its starting point.',
  solution: 'The solution replaced your configuration.',
  'new-version': 'You started the new version of the lesson.',
};

export function LessonNotices({ lesson, work }: { lesson: Lesson; work: LessonWork }) {
  const replacement = useLessons((state) => state.replacement);
  if (replacement?.lessonId === lesson.id) return <ReplacementNotice replacement={replacement} />;
  if (isOutdated(work, lesson)) return <VersionNotice />;
  if (lesson.buildsOn !== null && work.source === work.starter)
    return <StartingPointNotice lesson={lesson} work={work} />;
  return null;
}

function ReplacementNotice({ replacement }: { replacement: Replacement }) {
  const undo = useLessons((state) => state.undoReplacement);
  const dismiss = useLessons((state) => state.dismissReplacement);
  return (
    <div className="lesson-notice" role="status">
      <p>{REPLACED[replacement.what]}</p>
      <div className="lesson-notice-actions">
        <button type="button" className="lesson-button" onClick={undo}>
          Undo
        </button>
        <button type="button" className="lesson-button lesson-button--quiet" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

function VersionNotice() {
  const keep = useLessons((state) => state.keepOutdatedWork);
  const startNew = useLessons((state) => state.startNewVersion);
  return (
    <div className="lesson-notice lesson-notice--attention" role="alert">
      <p>
        This lesson has changed since you started it. Your configuration is kept as you left it: carry on with
        it, or start the new version of the lesson.
      </p>
      <div className="lesson-notice-actions">
        <button type="button" className="lesson-button" onClick={keep}>
          Keep my configuration
        </button>
        <button type="button" className="lesson-button" onClick={startNew}>
          Start the new version
        </button>
      </div>
    </div>
  );
}

function StartingPointNotice({ lesson, work }: { lesson: Lesson; work: LessonWork }) {
  const course = useLessons((state) => state.course);
  const works = useLessons((state) => state.works);
  const chooseStart = useLessons((state) => state.chooseStart);
  const base = lesson.buildsOn === null ? undefined : course.byId.get(lesson.buildsOn);
  if (!base) return null;
  const ownAvailable = ownStartFor(lesson, works) !== null;

  return (
    <div className="lesson-notice">
      {work.startedFrom === 'own' ? (
        <p>
          You continue from your own configuration of <em>{base.title}</em>, with this lesson’s new blocks
          added.
        </p>
      ) : ownAvailable ? (
        <p>
          You start from the workshop’s reference configuration up to <em>{base.title}</em>, with this
          lesson’s new blocks added.
        </p>
      ) : (
        <p>
          You start from the workshop’s reference configuration up to <em>{base.title}</em>, with this
          lesson’s new blocks added. Pass <em>{base.title}</em> to be able to continue from your own instead.
        </p>
      )}
      {ownAvailable && (
        <div className="lesson-notice-actions">
          {work.startedFrom === 'own' ? (
            <button type="button" className="lesson-button" onClick={() => chooseStart('reference')}>
              Start from the reference instead
            </button>
          ) : (
            <button type="button" className="lesson-button" onClick={() => chooseStart('own')}>
              Continue from my own configuration
            </button>
          )}
        </div>
      )}
    </div>
  );
}
