/**
 * `logs` and `metrics` clauses: a sample entry (or a sample's labels) runs
 * through one role's component, or along the pipeline from one role to
 * another, and must come out as the lesson asks.
 */
import type { LogExpectation, LogsClause, MetricsClause, SampleRoute } from '../lessons';
import type { Signal } from '../analysis';
import type { ComponentView } from './components';
import { asks, nodeOf, type Binding, type CheckContext, type ClauseOutcome } from './context';
import type { Labels, LogEntry } from '../sim/model';
import { ARRIVAL_TIME, logEffect, metricEffect, type Effect } from './effects';
import { code, labelPair } from './wording';

type Arrival<T> = { sample: T; path: string[] };
type Journey<T> = { arrivals: Arrival<T>[]; dropped: string[]; routed: boolean; unsure: string[] };

export function checkLogs(context: CheckContext, clause: LogsClause, binding: Binding): ClauseOutcome {
  const entry: LogEntry = {
    labels: { ...clause.entry.labels },
    line: clause.entry.line,
    timestamp: Date.parse(clause.entry.timestamp ?? ARRIVAL_TIME),
  };
  const journey = travel(context, clause, binding, entry, 'logs', (view, sample) =>
    logEffect(view, sample, context.reader),
  );
  return judge(context, clause, binding, journey, clause.expect, (sample) =>
    logProblem(context, clause.expect, sample),
  );
}

export function checkMetrics(context: CheckContext, clause: MetricsClause, binding: Binding): ClauseOutcome {
  const labels: Labels = { ...clause.labels };
  const journey = travel(context, clause, binding, labels, 'metrics', (view, sample) =>
    metricEffect(view, sample, context.reader),
  );
  return judge(context, clause, binding, journey, clause.expect, (sample) =>
    labelProblem(context, clause.expect.labels, sample),
  );
}

function ends(route: SampleRoute, binding: Binding): { start: ComponentView; end: ComponentView | null } {
  if ('role' in route) return { start: binding.get(route.role) as ComponentView, end: null };
  return { start: binding.get(route.from) as ComponentView, end: binding.get(route.to) as ComponentView };
}

/** Runs the sample through the start component and, when there is an end, along every data edge to it. */
function travel<T>(
  context: CheckContext,
  route: SampleRoute,
  binding: Binding,
  sample: T,
  signal: Signal,
  effect: (view: ComponentView, sample: T) => Effect<T>,
): Journey<T> {
  const { start, end } = ends(route, binding);
  const journey: Journey<T> = { arrivals: [], dropped: [], routed: end === null, unsure: [] };
  const visit = (view: ComponentView, input: T, path: string[]): void => {
    const outcome = effect(view, input);
    journey.unsure.push(...outcome.unsure.map((note) => `${code(view.id)}: ${note}`));
    if (outcome.sample === null) {
      journey.dropped.push(view.id);
      return;
    }
    if (end === null) {
      journey.arrivals.push({ sample: outcome.sample, path });
      return;
    }
    for (const edge of context.graph.outgoing(view.id)) {
      if (edge.signal !== signal || path.includes(edge.to)) continue;
      if (edge.to === end.id) {
        journey.routed = true;
        journey.arrivals.push({ sample: outcome.sample, path });
        continue;
      }
      const next = context.viewsById.get(edge.to);
      if (next && path.length < 32) visit(next, outcome.sample, [...path, next.id]);
    }
  };
  visit(start, sample, [start.id]);
  if (end !== null && !journey.routed) journey.routed = context.graph.reaches(start.id, end.id);
  return journey;
}

function judge<T>(
  context: CheckContext,
  clause: LogsClause | MetricsClause,
  binding: Binding,
  journey: Journey<T>,
  expect: { dropped?: boolean },
  problemOf: (sample: T) => string | null,
): ClauseOutcome {
  const { start, end } = ends(clause, binding);
  const Sample = clause.sample.charAt(0).toUpperCase() + clause.sample.slice(1);
  const at = (id: string | undefined) => context.viewsById.get(id ?? '') ?? start;
  const outcome = (passed: boolean, message: string, view: ComponentView): ClauseOutcome => ({
    passed,
    message:
      passed || journey.unsure.length === 0
        ? message
        : `${message} (Not everything on the way could be followed: ${journey.unsure.join('; ')}.)`,
    range: view.block,
    nodeId: nodeOf(context, view),
  });
  const place = end ? `reach ${code(end.id)}` : `leave ${code(start.id)}`;

  if (!journey.routed && end) {
    return outcome(
      false,
      `Nothing from ${code(start.id)} reaches ${code(end.id)} yet, so ${clause.sample} cannot arrive there.`,
      start,
    );
  }
  if (expect.dropped) {
    const arrival = journey.arrivals[0];
    if (!arrival) return outcome(true, `${Sample} are dropped before they ${place}.`, at(journey.dropped[0]));
    return outcome(
      false,
      `${Sample} still ${place}, but ${asks(context)} to drop them.`,
      at(arrival.path.at(-1)),
    );
  }
  if (journey.arrivals.length === 0) {
    const dropper = at(journey.dropped[0]);
    return outcome(
      false,
      `${code(dropper.id)} drops ${clause.sample}, but ${asks(context)} to keep them.`,
      dropper,
    );
  }
  const problems = journey.arrivals.map((arrival) => ({ arrival, problem: problemOf(arrival.sample) }));
  const good = problems.find((item) => item.problem === null);
  if (good) return outcome(true, `${Sample} ${place} as asked.`, at(good.arrival.path.at(-1)));
  const first = problems[0] as { arrival: Arrival<T>; problem: string };
  return outcome(false, `${Sample} ${place} ${first.problem}.`, at(first.arrival.path.at(-1)));
}

/** What is wrong with an entry, as a phrase following "… reach X"; null when it is as expected. */
function logProblem(context: CheckContext, expect: LogExpectation, entry: LogEntry): string | null {
  const labels = labelProblem(context, expect.labels, entry.labels);
  if (labels) return labels;
  if (expect.line !== undefined && entry.line !== expect.line) {
    return `with the line ${code(entry.line)}, but ${asks(context)} for ${code(expect.line)}`;
  }
  for (const part of expect.lineContains ?? []) {
    if (!entry.line.includes(part))
      return `without ${code(part)} in the line, but ${asks(context)} to keep it`;
  }
  for (const part of expect.lineExcludes ?? []) {
    if (entry.line.includes(part))
      return `with ${code(part)} still in the line, but ${asks(context)} to remove it`;
  }
  if (expect.timestamp !== undefined && entry.timestamp !== Date.parse(expect.timestamp)) {
    const actual = new Date(entry.timestamp).toISOString();
    return `with the time ${code(actual)}, but ${asks(context)} for ${code(new Date(Date.parse(expect.timestamp)).toISOString())}`;
  }
  return null;
}

function labelProblem(
  context: CheckContext,
  expected: Record<string, string | null> | undefined,
  labels: Labels,
): string | null {
  for (const [name, value] of Object.entries(expected ?? {})) {
    const actual = Object.hasOwn(labels, name) ? labels[name] : undefined;
    if (value === null) {
      if (actual !== undefined)
        return `with ${labelPair(name, actual)}, but ${asks(context)} for no ${code(name)} label on them`;
      continue;
    }
    if (actual === undefined)
      return `with no ${code(name)} label, but ${asks(context)} for ${labelPair(name, value)}`;
    if (actual !== value)
      return `with ${labelPair(name, actual)}, but ${asks(context)} for ${labelPair(name, value)}`;
  }
  return null;
}
