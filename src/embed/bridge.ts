/**
 * The frame's end of the conversation with its host, free of the DOM: the
 * app feeds it the `message` events it receives and gives it a way to post.
 *
 * Only messages from the embedding window, from an allowed origin, are read;
 * any other is ignored and never answered. A request that does not parse is
 * answered with an `error` naming what was wrong. Every answer goes to the
 * allowed host origin, never to `*` when an allow-list is given.
 */
import type { CheckReport } from '../check';
import { acceptsOrigin, hostTarget, type OriginAllowList } from './origins';
import {
  frameMessage,
  type FrameAnswer,
  type FrameEvent,
  type FrameMessage,
  type HostRequest,
  type RequestId,
} from './protocol';
import { parseHostRequest } from './validate';

export type IncomingMessage = {
  data: unknown;
  origin: string;
  /** Whether it was sent by the window that embeds the frame (not another frame or a popup). */
  fromHost: boolean;
};

/** What the bridge asks of the playground. */
export type RequestHandlers = {
  current(): { config: string; lessonId: string | null };
  setConfig(config: string): void;
  /** Opens a lesson; returns a message when it cannot. */
  setLesson(lessonId: string): string | null;
  /** Starts a check of the open lesson, reported later through `checkFinished`; a message when none can run. */
  startCheck(): string | null;
};

export type BridgeOptions = {
  allowed: OriginAllowList;
  /** The host's origin if the frame can tell (e.g. `location.ancestorOrigins`), else null. */
  hostOrigin: string | null;
  post(message: FrameMessage, targetOrigin: string): void;
  handlers: RequestHandlers;
};

export type EmbedBridge = {
  receive(message: IncomingMessage): void;
  /** Tells the host something on the frame's own account: ready, change, diagnostics, resize. */
  notify(event: FrameEvent): void;
  /** A check finished; answers the `check` requests waiting for it when `requested`. */
  checkFinished(report: CheckReport, requested: boolean): void;
};

export function createEmbedBridge({ allowed, hostOrigin, post, handlers }: BridgeOptions): EmbedBridge {
  let knownHost = hostOrigin;
  /** While the host's origin is unknown, the latest event of each type waits for it. */
  const waiting = new Map<FrameEvent['type'], FrameEvent>();
  /** `check` requests not yet answered; undefined for one sent without a requestId. */
  let checksWaiting: (RequestId | undefined)[] = [];

  const send = (event: FrameEvent) => {
    const target = hostTarget(allowed, knownHost);
    if (target !== null) post(frameMessage(event), target);
    else if (knownHost === null) waiting.set(event.type, event);
  };

  const answer = (event: FrameAnswer, requestId: RequestId | undefined) =>
    send(requestId === undefined ? event : { ...event, requestId });

  const handle = (request: HostRequest) => {
    const { requestId } = request;
    switch (request.type) {
      case 'get-config':
        return answer({ type: 'config', ...handlers.current() }, requestId);
      case 'set-config':
        handlers.setConfig(request.config);
        return answer({ type: 'config', ...handlers.current() }, requestId);
      case 'set-lesson': {
        const error = handlers.setLesson(request.lessonId);
        return answer(
          error === null ? { type: 'config', ...handlers.current() } : { type: 'error', message: error },
          requestId,
        );
      }
      case 'check': {
        const error = handlers.startCheck();
        if (error !== null) return answer({ type: 'error', message: error }, requestId);
        checksWaiting.push(requestId);
        return;
      }
    }
  };

  return {
    receive({ data, origin, fromHost }) {
      if (!fromHost || !acceptsOrigin(allowed, origin)) return;
      if (knownHost === null) {
        knownHost = origin;
        for (const event of waiting.values()) send(event);
        waiting.clear();
      }
      const parsed = parseHostRequest(data);
      if (parsed.ok) handle(parsed.request);
      else answer({ type: 'error', message: parsed.error }, parsed.requestId);
    },

    notify: send,

    checkFinished(report, requested) {
      const answering = requested ? checksWaiting : [];
      if (requested) checksWaiting = [];
      if (answering.length === 0) return send({ type: 'check-result', report, requested });
      for (const requestId of answering) answer({ type: 'check-result', report, requested }, requestId);
    },
  };
}
