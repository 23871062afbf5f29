/**
 * The messages between an embedded playground (the frame) and the page that
 * embeds it (the host), version 1. Every message is a plain object:
 *
 *   { protocol: 'alloy-playground', version: 1, type: '…', …fields }
 *
 * A host request may carry a `requestId` (a string or a number); the answer
 * to it carries the same `requestId` back. Configurations travel as text and
 * are only ever shown and analysed, never run.
 */
import type { CheckReport } from '../check';
import type { Range, Severity } from '../syntax/diagnostic';

export const PROTOCOL = 'alloy-playground';
export const PROTOCOL_VERSION = 1;

/** Longest configuration a host may send, in UTF-16 code units. */
export const MAX_CONFIG_LENGTH = 1_000_000;

export type RequestId = string | number;

/** What the host may ask of the frame. */
export type HostRequest =
  /** Replace the configuration; answered with `config`. */
  | { type: 'set-config'; config: string; requestId?: RequestId }
  /** Answered with `config`. */
  | { type: 'get-config'; requestId?: RequestId }
  /** Check the configuration against the open lesson; answered with `check-result`. */
  | { type: 'check'; requestId?: RequestId }
  /** Open another lesson from its start; answered with `config`. */
  | { type: 'set-lesson'; lessonId: string; requestId?: RequestId };

export type HostRequestType = HostRequest['type'];

export type EmbedView = 'editor' | 'graph' | 'both';

export type LessonSummary = { id: string; title: string };

/** A problem in the configuration, as the frame reports it. */
export type EmbedDiagnostic = {
  severity: Severity;
  message: string;
  /** A stable kind such as `syntax` or `unknown-component`; null when there is none. */
  code: string | null;
  range: Range;
};

/** What the frame tells the host, without the envelope. */
export type FrameEvent =
  /** The frame listens; sent once, first. */
  | {
      type: 'ready';
      config: string;
      lessonId: string | null;
      lessons: LessonSummary[];
      view: EmbedView;
      readonly: boolean;
    }
  /** The configuration changed: edited in the frame (`edit`), or by a host request (`host`). */
  | { type: 'change'; config: string; cause: 'edit' | 'host' }
  /** The problems in the current configuration, after every analysis. */
  | { type: 'diagnostics'; diagnostics: EmbedDiagnostic[] }
  /**
   * A check of the open lesson: `requested` when someone asked for it (the
   * Check button, a `check` request), else a quiet check after an edit.
   */
  | { type: 'check-result'; report: CheckReport; requested: boolean; requestId?: RequestId }
  /** The height of the frame's content in CSS pixels, whenever it changes. */
  | { type: 'resize'; height: number }
  | { type: 'config'; config: string; lessonId: string | null; requestId?: RequestId }
  /** A request could not be understood or carried out. */
  | { type: 'error'; message: string; requestId?: RequestId };

/** The events that answer a host request, and carry its `requestId`. */
export type FrameAnswer = Extract<FrameEvent, { type: 'config' | 'check-result' | 'error' }>;

export type FrameMessage = FrameEvent & { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION };

export function frameMessage(event: FrameEvent): FrameMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...event };
}
