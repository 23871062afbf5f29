/**
 * The open lesson's objectives, ticking themselves off as the quiet checks
 * come in. Once the learner asked for the report, each unmet objective says
 * what is wrong and where; each has its hint ladder. Further items (the
 * lesson's outcome objectives) follow as children.
 */
import type { ReactNode } from 'react';
import type { ObjectiveResult } from '../../src/check';
import type { Lesson, LessonWork } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import { HintLadder } from './HintLadder';
import { InlineMarkdown } from './LessonMarkdown';
import { objectiveStatus, ObjectiveStatusMark } from './ObjectiveStatusMark';

export function ObjectiveList({
  lesson,
  work,
  children,
}: {
  lesson: Lesson;
  work: LessonWork;
  children?: ReactNode;
}) {
  const report = useLessons((state) => state.report);
  const reportShown = useLessons((state) => state.reportShown);
  const results = new Map(report?.objectives.map((result) => [result.objectiveId, result]));

  return (
    <ol className="objectives" aria-label="Objectives">
      {lesson.objectives.map((objective) => {
        const result = results.get(objective.id);
        const status = objectiveStatus(result);
        const ladder = lesson.hints[objective.id];
        return (
          <li
            key={objective.id}
            className={`objective objective--${status}`}
            data-objective-id={objective.id}
            data-status={status}
          >
            <ObjectiveStatusMark status={status} />
            <div className="objective-body">
              <p className="objective-text">
                <InlineMarkdown text={objective.text} />
              </p>
              {reportShown && result && !result.passed && <FailureMessage result={result} />}
              {ladder && (
                <HintLadder
                  objectiveId={objective.id}
                  ladder={ladder}
                  revealed={work.hintsRevealed[objective.id] ?? 0}
                />
              )}
            </div>
          </li>
        );
      })}
      {children}
    </ol>
  );
}

function FailureMessage({ result }: { result: ObjectiveResult }) {
  const selectNode = usePlayground((state) => state.selectNode);
  const goToRange = usePlayground((state) => state.goToRange);
  const { range, nodeId } = result;
  return (
    <p className="objective-message" data-testid="objective-message">
      <InlineMarkdown text={result.message} />
      {range && (
        <>
          {' '}
          <button
            type="button"
            className="pointer-link"
            onClick={() => (nodeId ? selectNode(nodeId, range) : goToRange(range))}
          >
            Show in editor (line {range.start.line})
          </button>
        </>
      )}
    </p>
  );
}
