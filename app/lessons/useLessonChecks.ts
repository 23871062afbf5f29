/**
 * Checks the open lesson in a worker: quietly ~300 ms after the learner
 * stops typing, so that the objectives tick themselves off, and at once when
 * the store asks (a lesson opened, "Check" pressed).
 */
import { useEffect } from 'react';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import { createCheckClient, type CheckClient } from './checkClient';

const QUIET_CHECK_DELAY_MS = 300;

export function useLessonChecks(): void {
  useEffect(() => {
    // The worker comes with the first lesson: the free playground never needs it.
    let client: CheckClient | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const send = (requested: boolean): boolean => {
      clearTimeout(timer);
      const { place, works } = useLessons.getState();
      const source = usePlayground.getState().source;
      // Only while the editor shows the open lesson's work, never mid-way through switching lessons.
      if (place.lessonId === null || works[place.lessonId]?.source !== source) return false;
      client ??= createCheckClient((response) => useLessons.getState().receiveCheck(response));
      client.send({ lessonId: place.lessonId, source, requested });
      return true;
    };

    useLessons.getState().setCheckRunner(send);
    send(false);
    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if (state.source === previous.source) return;
      clearTimeout(timer);
      timer = setTimeout(() => void send(false), QUIET_CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      useLessons.getState().setCheckRunner(null);
      client?.dispose();
    };
  }, []);
}
