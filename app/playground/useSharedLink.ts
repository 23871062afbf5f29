/**
 * Opens the configuration a share link carries (`#config=…`) in the free
 * playground: when the page loads with one, and when one is pasted into the
 * address bar of the open page. The fragment is removed once read, so that
 * a reload shows the learner's edits rather than the link's text again.
 * `?playground` in the address opens the free playground, too, and
 * `?lesson=<id>` opens that lesson (the embedded view links to it).
 */
import { useEffect } from 'react';
import { hasSharedConfig, readSharedConfig, withoutSharedConfig } from '../../src/share/share-link';
import { useLessons } from '../state/lessonStore';
import { useNotice } from './notice';
import { openInPlayground } from './openInPlayground';

const PLAYGROUND_PARAMETER = 'playground';
const LESSON_PARAMETER = 'lesson';

export function useSharedLink(): void {
  useEffect(() => {
    // Not cancelled on cleanup: the fragment is read once, and what it holds goes to the stores either way.
    const open = async () => {
      const hash = window.location.hash;
      if (!hasSharedConfig(hash)) return;
      const url = new URL(window.location.href);
      url.hash = withoutSharedConfig(hash);
      window.history.replaceState(window.history.state, '', url);
      const shared = await readSharedConfig(hash);
      if (shared.kind === 'config')
        openInPlayground(
          shared.config,
          'Opened a shared configuration in the free playground. Your lessons are as you left them.',
        );
      else if (shared.kind === 'error') useNotice.getState().show({ kind: 'error', text: shared.error });
    };

    const parameters = new URLSearchParams(window.location.search);
    const lessonId = parameters.get(LESSON_PARAMETER);
    if (parameters.has(PLAYGROUND_PARAMETER)) useLessons.getState().openPlayground();
    else if (lessonId !== null) useLessons.getState().openLesson(lessonId);
    void open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}
