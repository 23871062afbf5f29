/**
 * The lesson's outcome objectives, listed after its own: does the data
 * arrive? Each verification query runs on the learner's pipeline and on the
 * reference solution's, on the same simulated data, and must find the same.
 */
import type { Lesson } from '../../src/lessons';
import { InlineMarkdown } from '../lessons/LessonMarkdown';
import { objectiveStatus, ObjectiveStatusMark } from '../lessons/ObjectiveStatusMark';
import { useOutcomeChecks } from './useOutcomeChecks';

const LANGUAGE_NAMES = { logql: 'LogQL', promql: 'PromQL', traceql: 'TraceQL' } as const;

export function OutcomeObjectives({ lesson }: { lesson: Lesson }) {
  const { queries, verdicts, outdated } = useOutcomeChecks(lesson);
  return queries.map((query, index) => {
    const verdict = verdicts?.[index];
    const status = objectiveStatus(verdict);
    return (
      <li
        key={`${query.language}:${query.query}`}
        className={`objective objective--${status} objective--outcome`}
        data-outcome-query={query.query}
        data-status={status}
        aria-busy={outdated}
      >
        <ObjectiveStatusMark status={status} />
        <div className="objective-body">
          <p className="objective-text">
            Data arrives: the {LANGUAGE_NAMES[query.language]} query <code>{query.query}</code> returns{' '}
            {verdict ? verdict.expected : 'what the reference solution’s returns'}
            {verdict && verdict.expected !== 'nothing' && ', as with the reference solution'}.
          </p>
          {verdict && !verdict.passed && (
            <p className="objective-message" data-testid="outcome-message">
              <InlineMarkdown text={verdict.message} />
            </p>
          )}
        </div>
      </li>
    );
  });
}
