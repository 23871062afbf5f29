/**
 * A trace's spans as a waterfall: parents before their children, siblings
 * by start time, each with its depth and its place on the trace's time line
 * (fractions of the trace's length from its first start to its last end).
 */
import type { Span } from '../../src/sim';

export type WaterfallRow = { span: Span; depth: number; offset: number; width: number };

export function waterfall(spans: readonly Span[]): WaterfallRow[] {
  if (spans.length === 0) return [];
  const start = Math.min(...spans.map((span) => span.startTime));
  const end = Math.max(...spans.map((span) => span.startTime + span.durationNanos / 1e6));
  const length = Math.max(end - start, 1e-6);
  const ids = new Set(spans.map((span) => span.spanId));
  const children = new Map<string | null, Span[]>();
  for (const span of spans) {
    // A span whose parent has not arrived (or never will) starts a tree of its own.
    const parent = span.parentSpanId !== undefined && ids.has(span.parentSpanId) ? span.parentSpanId : null;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const rows: WaterfallRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    const sorted = [...(children.get(parent) ?? [])].sort((a, b) => a.startTime - b.startTime);
    for (const span of sorted) {
      rows.push({
        span,
        depth,
        offset: (span.startTime - start) / length,
        width: span.durationNanos / 1e6 / length,
      });
      visit(span.spanId, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
