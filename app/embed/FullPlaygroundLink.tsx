import { useEffect, useState } from 'react';
import { fullPlaygroundLessonUrl } from '../../src/embed/links';
import { buildShareLink } from '../../src/share/share-link';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';

const LINK_DELAY_MS = 300;

/**
 * Opens what the frame shows in the full playground, in a new tab: the open
 * lesson, or the configuration as a share link.
 */
export function FullPlaygroundLink() {
  const lessonId = useLessons((state) => state.place.lessonId);
  const source = usePlayground((state) => state.source);
  const [shareLink, setShareLink] = useState<string | null>(null);

  useEffect(() => {
    if (lessonId !== null) return;
    let current = true;
    // Packing is asynchronous; wait for a pause in typing rather than redo it per keystroke.
    const timer = setTimeout(() => {
      void buildShareLink(window.location.href, source).then((link) => {
        if (current) setShareLink(link.ok ? link.url : null);
      });
    }, LINK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [lessonId, source]);

  const href = lessonId !== null ? fullPlaygroundLessonUrl(window.location.href, lessonId) : shareLink;
  return (
    <a className="embed-link" href={href ?? undefined} target="_blank" rel="noopener">
      Open in the full playground
      <span className="embed-visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
