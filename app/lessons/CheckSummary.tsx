/**
 * The outcome of the check the learner asked for: passed, or how many
 * objectives are met, with the syntax and validation problems to fix first.
 */
import type { Lesson } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';

export function CheckSummary({ lesson }: { lesson: Lesson }) {
  const report = useLessons((state) => state.report);
  const reportShown = useLessons((state) => state.reportShown);
  const checking = useLessons((state) => state.checking);
  const goToRange = usePlayground((state) => state.goToRange);
  const shown = reportShown && report?.lessonId === lesson.id ? report : null;
  const met = shown?.objectives.filter((result) => result.passed).length ?? 0;

  return (
    <section className="check-summary" aria-label="Check result">
      <p
        role="status"
        className={
          shown ? `check-outcome check-outcome--${shown.passed ? 'passed' : 'failed'}` : 'check-outcome'
        }
      >
        {checking
          ? 'Checking…'
          : shown &&
            (shown.passed
              ? `Passed: all ${shown.objectives.length} objectives are met.`
              : `Not yet: ${met} of ${shown.objectives.length} objectives met.`)}
      </p>
      {shown && shown.problems.length > 0 && (
        <>
          <p className="check-problems-intro">
            Fix these first, Alloy cannot load the configuration as it is:
          </p>
          <ul className="check-problems">
            {shown.problems.map((problem, index) => (
              <li key={index}>
                <button type="button" className="pointer-link" onClick={() => goToRange(problem.range)}>
                  {problem.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
