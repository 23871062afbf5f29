/**
 * Every lesson of the workshop, grouped by part, with the learner's
 * progress; and the free playground, for editing without a lesson.
 */
import { lessonProgress, progressCounts, type Lesson } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { PROGRESS_ICON, PROGRESS_LABEL } from './progressLabels';

export function LessonList() {
  const course = useLessons((state) => state.course);
  const works = useLessons((state) => state.works);
  const openLessonId = useLessons((state) => state.place.lessonId);
  const openLesson = useLessons((state) => state.openLesson);
  const openPlayground = useLessons((state) => state.openPlayground);
  const counts = progressCounts(
    course.lessons.map((lesson) => lesson.id),
    works,
  );

  return (
    <nav className="lesson-list" aria-labelledby="lesson-list-heading">
      <h2 id="lesson-list-heading" className="lesson-list-heading">
        Workshop
      </h2>
      <p className="lesson-list-summary">
        {counts.passed} of {course.lessons.length} passed
        {counts['in-progress'] > 0 && `, ${counts['in-progress']} in progress`}
      </p>
      <ul className="lesson-list-items">
        <li>
          <button
            type="button"
            className="lesson-list-item"
            aria-current={openLessonId === null ? 'page' : undefined}
            onClick={openPlayground}
          >
            <span className="lesson-list-icon" aria-hidden="true">
              ✎
            </span>
            <span className="lesson-list-title">Free playground</span>
            <span className="lesson-list-progress">No lesson, no checks</span>
          </button>
        </li>
      </ul>
      {groupByPart(course.lessons).map(([part, lessons]) => (
        <section key={part} aria-label={part}>
          <h3 className="lesson-list-part">{part}</h3>
          <ol className="lesson-list-items">
            {lessons.map((lesson) => {
              const progress = lessonProgress(works[lesson.id]);
              return (
                <li key={lesson.id}>
                  <button
                    type="button"
                    className={`lesson-list-item lesson-list-item--${progress}`}
                    aria-current={lesson.id === openLessonId ? 'page' : undefined}
                    data-lesson-id={lesson.id}
                    data-progress={progress}
                    onClick={() => openLesson(lesson.id)}
                  >
                    <span className="lesson-list-icon" aria-hidden="true">
                      {PROGRESS_ICON[progress]}
                    </span>
                    <span className="lesson-list-title">{lesson.title}</span>
                    <span className="lesson-list-progress">
                      {PROGRESS_LABEL[progress]}
                      {progress === 'in-progress' &&
                        ` · ${metCount(lesson, works[lesson.id]?.objectivesMet)} of ${lesson.objectives.length} objectives met`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </nav>
  );
}

/** How many of the lesson's objectives the latest check found met. */
function metCount(lesson: Lesson, met: readonly string[] = []): number {
  return lesson.objectives.filter((objective) => met.includes(objective.id)).length;
}

/** Lessons by part, in course order; lessons without a part go under "More". */
function groupByPart(lessons: readonly Lesson[]): [string, Lesson[]][] {
  const groups = new Map<string, Lesson[]>();
  for (const lesson of lessons) {
    const part = lesson.part ?? 'More';
    groups.set(part, [...(groups.get(part) ?? []), lesson]);
  }
  return [...groups];
}
