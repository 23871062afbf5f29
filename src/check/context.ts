/** What every clause of a check run sees. */
import type { Analysis } from '../analysis';
import type { Lesson } from '../lessons';
import type { Span } from '../syntax/span';
import type { ComponentView } from './components';
import type { FlowGraph } from './graph';
import type { ValueReader } from './values';

export type CheckContext = {
  lesson: Lesson;
  source: string;
  analysis: Analysis;
  views: readonly ComponentView[];
  viewsById: ReadonlyMap<string, ComponentView>;
  reader: ValueReader;
  graph: FlowGraph;
};

/** The component playing each role; null when none does. */
export type Binding = ReadonlyMap<string, ComponentView | null>;

/** A clause's verdict; its range is a span of the tree until the report places it (checker.ts). */
export type ClauseOutcome = {
  passed: boolean;
  message: string;
  range: Span | null;
  nodeId: string | null;
};

/** "the section asks", "the exercise asks", "the lesson asks". */
export function asks(context: CheckContext): string {
  return `the ${context.lesson.kind} asks`;
}

/** The graph node of a component, when the graph shows it. */
export function nodeOf(context: CheckContext, view: ComponentView): string | null {
  return context.graph.nodeExists(view.id) ? view.id : null;
}

/** The text of the source a span covers. */
export function sourceText(context: CheckContext, span: Span): string {
  return context.source.slice(span.start, span.end);
}
