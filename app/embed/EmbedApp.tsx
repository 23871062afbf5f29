/**
 * The playground as another page embeds it (`?embed=1`): the editor, the
 * graph or both, a lesson's objectives and Check button when asked for, and
 * a link to the full playground. Its height follows its content, which it
 * reports to the host so that the host can size the frame.
 */
import { useEffect, useRef, useState } from 'react';
import { parseEmbedParams } from '../../src/embed/params';
import { useLiveAnalysis } from '../analysis/useLiveAnalysis';
import { EditorPanel } from '../layout/EditorPanel';
import { GraphPanel } from '../layout/GraphPanel';
import { CheckSummary } from '../lessons/CheckSummary';
import '../lessons/lessons.css';
import { ObjectiveList } from '../lessons/ObjectiveList';
import { useLessonChecks } from '../lessons/useLessonChecks';
import { openLessonOf, useLessons } from '../state/lessonStore';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import './embed.css';
import { FullPlaygroundLink } from './FullPlaygroundLink';
import { useEditorOptions } from './useEditorOptions';
import { useEmbedSession } from './useEmbedSession';

/** The app's usual font size in pixels, which `scale` multiplies. */
const BASE_FONT_SIZE = 14;

export function EmbedApp() {
  const [params] = useState(() => parseEmbedParams(window.location.search));
  // No preference is kept when embedded: this follows the reader's system.
  const systemTheme = useResolvedTheme();
  const theme = params.theme ?? systemTheme;
  const content = useRef<HTMLDivElement>(null);

  useLiveAnalysis();
  useLessonChecks();
  useEditorOptions(BASE_FONT_SIZE * params.scale, params.readonly);
  const notices = useEmbedSession(params, content);

  const lesson = useLessons(openLessonOf);
  const lessonId = useLessons((state) => state.place.lessonId);
  const work = useLessons((state) => (lessonId === null ? undefined : state.works[lessonId]));
  const check = useLessons((state) => state.check);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    root.style.fontSize = `${BASE_FONT_SIZE * params.scale}px`;
  }, [theme, params.scale]);

  return (
    <div ref={content} className={`embed embed--${params.view}`}>
      <header className="embed-bar">
        <h1 className="embed-title">{lesson ? lesson.title : 'Alloy playground'}</h1>
        {params.check && lesson && (
          <button type="button" className="toolbar-button" onClick={check}>
            Check
          </button>
        )}
        <FullPlaygroundLink />
      </header>
      {notices.length > 0 && (
        <div className="embed-notices" role="status">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
      <main className="embed-main">
        {params.view !== 'graph' && (
          <section className="embed-editor" aria-label="Configuration">
            <EditorPanel theme={theme} />
          </section>
        )}
        {params.view !== 'editor' && (
          <section className="embed-graph" aria-label="Pipeline">
            <GraphPanel theme={theme} />
          </section>
        )}
      </main>
      {params.check && lesson && work && (
        <section className="embed-lesson" aria-label="Objectives">
          <CheckSummary lesson={lesson} />
          <ObjectiveList lesson={lesson} work={work} />
        </section>
      )}
    </div>
  );
}
