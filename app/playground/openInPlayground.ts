/**
 * Puts a configuration into the free playground, leaving every lesson's work
 * as it is. The playground's previous text can be brought back from the
 * notice that says what happened.
 */
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import { useNotice } from './notice';

/** Opens the free playground with `source` in it and says so with `message`. */
export function openInPlayground(source: string, message: string): void {
  const lessons = useLessons.getState();
  lessons.openPlayground();
  const previous = usePlayground.getState().source;
  usePlayground.getState().setSource(source);
  const replaced = previous.trim() !== '' && previous !== source;
  useNotice.getState().show({
    kind: 'info',
    text: message,
    action: replaced
      ? {
          label: 'Bring back the previous text',
          run: () => openInPlayground(previous, 'The previous text is back.'),
        }
      : undefined,
  });
}
