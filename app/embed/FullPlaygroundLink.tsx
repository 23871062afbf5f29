import { useEffect, useState } from 'react';
import { fullPlaygroundUrl } from '../../src/embed/links';
import { encodeConfig } from '../../src/share/codec';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';

const ENCODE_DELAY_MS = 300;

/** Opens what the frame shows in the full playground, in a new tab: the open lesson, or the configuration. */
export function FullPlaygroundLink() {
  const lessonId = useLessons((state) => state.place.lessonId);
  const source = usePlayground((state) => state.source);
  const [configHref, setConfigHref] = useState<string | null>(null);

  useEffect(() => {
    if (lessonId !== null) return;
    let current = true;
    // Compressing is asynchronous; wait for a pause in typing rather than redo it per keystroke.
    const timer = setTimeout(() => {
      void encodeConfig(source).then((config) => {
        if (current) setConfigHref(fullPlaygroundUrl(window.location.href, { config }));
      });
    }, ENCODE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [lessonId, source]);

  const href = lessonId !== null ? fullPlaygroundUrl(window.location.href, { lessonId }) : configHref;
  return (
    <a className="embed-link" href={href ?? undefined} target="_blank" rel="noopener">
      Open in the full playground
      <span className="embed-visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
