/**
 * The open lesson's outcome objectives: one per verification query, checked
 * in a worker ~0.8 s after the learner stops typing (a check simulates two
 * configurations for a few virtual minutes).
 */
import { useEffect, useMemo, useState } from 'react';
import type { OutcomeVerdict } from '../../src/check/outcome';
import { verificationQueries, type VerificationQuery } from '../../src/check/verification';
import { referenceConfig, type Lesson } from '../../src/lessons';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import { createOutcomeClient } from './outcomeClient';
import type { OutcomeResponse } from './outcomeProtocol';

const OUTCOME_CHECK_DELAY_MS = 800;

export type OutcomeChecks = {
  queries: VerificationQuery[];
  /** One per query for the latest configuration checked; null before the first check. */
  verdicts: OutcomeVerdict[] | null;
  /** The configuration changed since the verdicts were made. */
  outdated: boolean;
};

export function useOutcomeChecks(lesson: Lesson): OutcomeChecks {
  const course = useLessons((state) => state.course);
  const queries = useMemo(() => verificationQueries(lesson.text), [lesson]);
  const reference = useMemo(() => referenceConfig(course, lesson), [course, lesson]);
  const [latest, setLatest] = useState<OutcomeResponse | null>(null);

  useEffect(() => {
    if (queries.length === 0) return;
    const client = createOutcomeClient(setLatest);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      const current = usePlayground.getState().source;
      const { place, works } = useLessons.getState();
      // Only while the editor shows this lesson's work, never mid-way through switching lessons.
      if (place.lessonId !== lesson.id || works[lesson.id]?.source !== current) return;
      client.send({ lessonId: lesson.id, reference, source: current, queries });
    };
    send();
    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if (state.source === previous.source) return;
      clearTimeout(timer);
      timer = setTimeout(send, OUTCOME_CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      client.dispose();
    };
  }, [lesson.id, reference, queries]);

  const verdicts = latest?.lessonId === lesson.id ? latest.verdicts : null;
  // A flag, not the source itself: the objectives re-render when it flips, not on every keystroke.
  const outdated = usePlayground((state) => verdicts !== null && latest?.source !== state.source);
  return { queries, verdicts, outdated };
}
