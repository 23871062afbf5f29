/**
 * The lessons beside the editor and the graph: the lesson list, or the open
 * lesson's panel; foldable to a narrow rail. It also runs the lesson checks
 * and their keyboard shortcut.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { openLessonOf, useLessons } from '../state/lessonStore';
import { LessonList } from './LessonList';
import './lessons.css';
import { useCheckShortcut } from './useCheckShortcut';
import { useLessonChecks } from './useLessonChecks';

// The open lesson's text brings a Markdown renderer: loaded when a lesson is shown, not with the page.
const LessonPanel = lazy(() => import('./LessonPanel').then((module) => ({ default: module.LessonPanel })));

/** Lays the lessons out to the left of `children`, the workspace. */
export function LessonsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="lessons-layout">
      <LessonSidebar />
      <div className="lessons-layout-workspace">{children}</div>
    </div>
  );
}

function LessonSidebar() {
  useLessonChecks();
  useCheckShortcut();
  const lesson = useLessons(openLessonOf);
  const works = useLessons((state) => state.works);
  const { lessonId, lessonsHidden } = useLessons((state) => state.place);
  const browsing = useLessons((state) => state.browsing);
  const persistent = useLessons((state) => state.persistent);
  const setBrowsing = useLessons((state) => state.setBrowsing);
  const setLessonsHidden = useLessons((state) => state.setLessonsHidden);

  if (lessonsHidden)
    return (
      <aside className="lessons lessons--hidden" aria-label="Lessons">
        <button type="button" className="lessons-rail-button" onClick={() => setLessonsHidden(false)}>
          Show lessons
        </button>
      </aside>
    );

  const work = lesson && works[lesson.id];
  const showList = browsing || !lesson || !work;

  return (
    <aside className="lessons" aria-label="Lessons">
      <div className="lessons-bar">
        {lesson &&
          (showList ? (
            <button
              type="button"
              className="lesson-button lesson-button--quiet"
              onClick={() => setBrowsing(false)}
            >
              ← Back to the lesson
            </button>
          ) : (
            <button
              type="button"
              className="lesson-button lesson-button--quiet"
              onClick={() => setBrowsing(true)}
            >
              ← All lessons
            </button>
          ))}
        <button
          type="button"
          className="lesson-button lesson-button--quiet lessons-hide"
          onClick={() => setLessonsHidden(true)}
        >
          Hide lessons
        </button>
      </div>
      {/* A new key per lesson: each starts scrolled to its top. */}
      <div className="lessons-content" key={showList ? 'list' : lessonId}>
        {lesson && work && !showList ? (
          <Suspense fallback={<p className="panel-placeholder">Opening the lesson…</p>}>
            <LessonPanel lesson={lesson} work={work} />
          </Suspense>
        ) : (
          <LessonList />
        )}
      </div>
      {!persistent && (
        <p className="lessons-storage-note" role="status">
          This browser does not let the workshop save: your work lasts until you close this tab.
        </p>
      )}
    </aside>
  );
}
