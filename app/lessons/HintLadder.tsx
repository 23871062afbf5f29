/**
 * The hints for one objective, revealed one rung at a time: a nudge, then a
 * pointer to the place in the configuration, then a partial diff.
 */
import type { HintLadder as Ladder } from '../../src/lessons';
import { HINT_RUNGS } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { InlineMarkdown } from './LessonMarkdown';
import { PointerLink } from './PointerLink';

const NEXT_RUNG = ['Hint', 'Where to look', 'Show the change'] as const;

export function HintLadder({
  objectiveId,
  ladder,
  revealed,
}: {
  objectiveId: string;
  ladder: Ladder;
  revealed: number;
}) {
  const revealHint = useLessons((state) => state.revealHint);
  return (
    <div className="hint-ladder" data-revealed={revealed}>
      {revealed > 0 && (
        <ol className="hint-rungs">
          <li className="hint-rung">
            <InlineMarkdown text={ladder.nudge} />
          </li>
          {revealed > 1 && (
            <li className="hint-rung">
              <InlineMarkdown text={ladder.pointer.text} />{' '}
              <PointerLink pointer={ladder.pointer.at}>Show me</PointerLink>
            </li>
          )}
          {revealed > 2 && (
            <li className="hint-rung">
              <HintDiff diff={ladder.diff} />
            </li>
          )}
        </ol>
      )}
      {revealed < HINT_RUNGS && (
        <button
          type="button"
          className="lesson-button lesson-button--quiet"
          onClick={() => revealHint(objectiveId)}
          aria-label={`${NEXT_RUNG[revealed]} (hint ${revealed + 1} of ${HINT_RUNGS})`}
        >
          {NEXT_RUNG[revealed]}
        </button>
      )}
    </div>
  );
}

/** A partial unified diff: `+` lines added, `-` lines removed, the rest context. */
function HintDiff({ diff }: { diff: string }) {
  return (
    <pre className="hint-diff" aria-label="The change, as a diff">
      {diff.split('\n').map((line, index) => {
        const kind = line.startsWith('+') ? 'added' : line.startsWith('-') ? 'removed' : 'context';
        return (
          <span key={index} className={`hint-diff-line hint-diff-line--${kind}`}>
            {line}
            {'\n'}
          </span>
        );
      })}
    </pre>
  );
}
