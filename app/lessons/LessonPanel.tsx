/** The open lesson: its objectives with live ticks and hints, the actions, the check outcome and the text. */
import { useRef } from 'react';
import type { Lesson, LessonWork } from '../../src/lessons';
import { OutcomeObjectives } from '../sim/OutcomeObjectives';
import { CheckSummary } from './CheckSummary';
import { LessonActions } from './LessonActions';
import { LessonMarkdown } from './LessonMarkdown';
import { LessonNotices } from './LessonNotices';
import { ObjectiveList } from './ObjectiveList';
import { useFocusWhenLost } from './useFocusWhenLost';

const KIND_LABEL: Record<Lesson['kind'], string> = {
  lesson: 'Lesson',
  section: 'Section',
  exercise: 'Exercise',
};

export function LessonPanel({ lesson, work }: { lesson: Lesson; work: LessonWork }) {
  const title = useRef<HTMLHeadingElement>(null);
  useFocusWhenLost(title, lesson.id);
  return (
    <article className="lesson" aria-labelledby="lesson-title" data-lesson-id={lesson.id}>
      <header className="lesson-header">
        <p className="lesson-part">
          {KIND_LABEL[lesson.kind]}
          {lesson.part && ` · ${lesson.part}`}
        </p>
        <h2 id="lesson-title" className="lesson-title" ref={title} tabIndex={-1}>
          {lesson.title}
        </h2>
      </header>
      <LessonNotices lesson={lesson} work={work} />
      <h3 className="lesson-section-heading">Objectives</h3>
      <ObjectiveList lesson={lesson} work={work}>
        <OutcomeObjectives lesson={lesson} />
      </ObjectiveList>
      <LessonActions lesson={lesson} work={work} />
      <CheckSummary lesson={lesson} />
      <LessonMarkdown text={lesson.text} topLevel={3} />
    </article>
  );
}
