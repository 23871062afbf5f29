/**
 * The embedded playground's session: it opens what the URL asks for, then
 * talks with the host through the bridge (src/embed/bridge.ts). It listens
 * only once the starting configuration is in place, and says `ready` then;
 * from there it reports every change, analysis, check and change of height.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { createEmbedBridge, type EmbedBridge } from '../../src/embed/bridge';
import type { EmbedParams } from '../../src/embed/params';
import type { EmbedDiagnostic, FrameMessage } from '../../src/embed/protocol';
import { decodeConfig } from '../../src/share/codec';
import type { Diagnostic } from '../../src/syntax/diagnostic';
import { showDocument, useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';

/** Returns what the reader should know about the start: a lesson that does not exist, a damaged config. */
export function useEmbedSession(params: EmbedParams, content: RefObject<HTMLElement | null>): string[] {
  const [notices, setNotices] = useState<string[]>([]);
  // `ready` comes once per page, however often the effect runs (React's strict mode runs it twice).
  const announced = useRef(false);

  useEffect(() => {
    let disposed = false;
    let stop = () => {};
    /** Whether the change under way was asked for by the host (or the URL), not made by the reader. */
    let hostChanging = false;
    const asHost = (change: () => void) => {
      hostChanging = true;
      try {
        change();
      } finally {
        hostChanging = false;
      }
    };

    // Through the editor when it is there: it takes the text even when read-only.
    const showConfig = (config: string) => asHost(() => showDocument(config));

    const lessonProblem = (lessonId: string) =>
      useLessons.getState().course.byId.has(lessonId)
        ? null
        : `there is no lesson "${lessonId}" (the ready message lists the lessons)`;

    const bridge = createEmbedBridge({
      allowed: params.origins,
      hostOrigin: embeddingOrigin(),
      post: postToHost,
      handlers: {
        current: () => ({
          config: usePlayground.getState().source,
          lessonId: useLessons.getState().place.lessonId,
        }),
        setConfig: showConfig,
        setLesson(lessonId) {
          const problem = lessonProblem(lessonId);
          if (problem === null) asHost(() => useLessons.getState().openLesson(lessonId));
          return problem;
        },
        startCheck() {
          const lessons = useLessons.getState();
          if (lessons.place.lessonId === null)
            return 'no lesson is open, so there is nothing to check against: open one with "set-lesson"';
          lessons.check();
          return useLessons.getState().checking ? null : 'the check could not start; send "check" again';
        },
      },
    });

    const start = async () => {
      const problems = [...params.problems];
      const startNotices: string[] = [];
      if (params.lessonId !== null) {
        const problem = lessonProblem(params.lessonId);
        if (problem === null) asHost(() => useLessons.getState().openLesson(params.lessonId!));
        else {
          problems.push(`\`lesson\`: ${problem}`);
          startNotices.push(
            `This playground was to open the lesson “${params.lessonId}”, which does not exist.`,
          );
        }
      }
      if (params.config !== null) {
        const decoded = await decodeConfig(params.config);
        if (disposed) return;
        if (decoded.ok) showConfig(decoded.config);
        else {
          problems.push(`\`config\`: ${decoded.error}`);
          startNotices.push('The configuration this playground was to show could not be read.');
        }
      }
      setNotices(startNotices);
      stop = connect(bridge, content.current, () => hostChanging);
      if (!announced.current) {
        announced.current = true;
        const { source } = usePlayground.getState();
        const { course, place } = useLessons.getState();
        bridge.notify({
          type: 'ready',
          config: source,
          lessonId: place.lessonId,
          lessons: course.lessons.map(({ id, title }) => ({ id, title })),
          view: params.view,
          readonly: params.readonly,
        });
        for (const problem of problems) bridge.notify({ type: 'error', message: problem });
      }
      const analysis = usePlayground.getState().analysis;
      if (analysis)
        bridge.notify({ type: 'diagnostics', diagnostics: analysis.diagnostics.map(toEmbedDiagnostic) });
    };
    void start();

    return () => {
      disposed = true;
      stop();
    };
  }, [params, content]);

  return notices;
}

/** Feeds the bridge the host's messages and the playground's news; returns how to stop. */
function connect(bridge: EmbedBridge, content: HTMLElement | null, hostChanging: () => boolean): () => void {
  const onMessage = (event: MessageEvent) =>
    bridge.receive({
      data: event.data,
      origin: event.origin,
      fromHost: window.parent !== window && event.source === window.parent,
    });
  window.addEventListener('message', onMessage);

  const stopPlayground = usePlayground.subscribe((state, previous) => {
    if (state.source !== previous.source)
      bridge.notify({ type: 'change', config: state.source, cause: hostChanging() ? 'host' : 'edit' });
    // Only the analysis of the text as it is now: an older one may still arrive after an edit.
    if (state.analysis && state.analysis !== previous.analysis && state.analysis.revision === state.revision)
      bridge.notify({ type: 'diagnostics', diagnostics: state.analysis.diagnostics.map(toEmbedDiagnostic) });
  });

  // A requested check is the one that ends the `checking` state; quiet ones come in meanwhile.
  const stopLessons = useLessons.subscribe((state, previous) => {
    if (state.report && state.report !== previous.report)
      bridge.checkFinished(state.report, previous.checking && !state.checking);
  });

  let height = -1;
  const observer = new ResizeObserver(() => {
    const next = Math.ceil(content?.getBoundingClientRect().height ?? 0);
    if (next === height) return;
    height = next;
    bridge.notify({ type: 'resize', height });
  });
  if (content) observer.observe(content);

  return () => {
    window.removeEventListener('message', onMessage);
    stopPlayground();
    stopLessons();
    observer.disconnect();
  };
}

function postToHost(message: FrameMessage, targetOrigin: string): void {
  if (window.parent !== window) window.parent.postMessage(message, targetOrigin);
}

/** The origin of the page that embeds this one, when the browser tells. */
function embeddingOrigin(): string | null {
  if (window.parent === window) return null;
  // Chromium and Safari list the ancestors; elsewhere the referrer names the host page.
  const ancestors: DOMStringList | undefined = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  return URL.canParse(document.referrer) ? new URL(document.referrer).origin : null;
}

function toEmbedDiagnostic({ severity, message, code, range }: Diagnostic): EmbedDiagnostic {
  return {
    severity,
    message,
    code: code ?? null,
    range: { start: { ...range.start }, end: { ...range.end } },
  };
}
