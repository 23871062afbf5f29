/**
 * Running a lesson's checks against the learner's configuration: analyse it
 * once, find the components that play the lesson's roles, and judge every
 * objective by its clauses, the first failing clause speaking for it.
 */
import { analyze } from '../analysis';
import { clauseRolesOf, type CheckClause, type Lesson, type LessonSet } from '../lessons';
import type { Range } from '../syntax/diagnostic';
import type { Span } from '../syntax/span';
import { componentViews, type ComponentView } from './components';
import type { Binding, CheckContext, ClauseOutcome } from './context';
import { checkFlow } from './flow-clause';
import { FlowGraph } from './graph';
import { learnerProblems } from './problems';
import type { CheckReport, ObjectiveResult } from './report';
import { missingRole, resolveRoles } from './roles';
import { checkLogs, checkMetrics } from './sample-clauses';
import { checkValue } from './value-clause';
import { ValueReader } from './values';
import { code } from './wording';

export function runChecks(set: LessonSet, lessonId: string, source: string): CheckReport {
  const lesson = set.byId.get(lessonId);
  if (!lesson) {
    return {
      lessonId,
      passed: false,
      problems: [{ message: `There is no lesson called ${code(lessonId)}.`, range: START, nodeId: null }],
      objectives: [],
    };
  }
  const { context, binding } = prepare(lesson, source);
  const objectives = lesson.objectives.map((objective) =>
    judgeObjective(context, lesson, objective.id, binding),
  );
  const problems = learnerProblems(context.analysis);
  return {
    lessonId,
    passed: problems.length === 0 && objectives.every((objective) => objective.passed),
    problems,
    objectives,
  };
}

/** Every clause's outcome, failing or not: for authoring tests that make sure each clause can fail. */
export function clauseOutcomes(
  lesson: Lesson,
  source: string,
): { objectiveId: string; index: number; outcome: ClauseOutcome }[] {
  const { context, binding } = prepare(lesson, source);
  return Object.entries(lesson.checks.objectives).flatMap(([objectiveId, clauses]) =>
    clauses.map((clause, index) => ({ objectiveId, index, outcome: judgeClause(context, clause, binding) })),
  );
}

/** Analyses the source once and finds the components playing the lesson's roles. */
function prepare(lesson: Lesson, source: string): { context: CheckContext; binding: Binding } {
  const analysis = analyze(source);
  const views = componentViews(analysis.ast);
  const context: CheckContext = {
    lesson,
    source,
    analysis,
    views,
    viewsById: new Map(views.map((view) => [view.id, view])),
    reader: new ValueReader(analysis.ast),
    graph: new FlowGraph(analysis.pipeline),
  };
  const clauses = Object.values(lesson.checks.objectives).flat();
  const binding = resolveRoles(
    lesson.checks.roles,
    views,
    (candidate) => clauses.filter((clause) => judgeClause(context, clause, candidate).passed).length,
  );
  return { context, binding };
}

function judgeObjective(
  context: CheckContext,
  lesson: Lesson,
  objectiveId: string,
  binding: Binding,
): ObjectiveResult {
  const text = lesson.objectives.find((objective) => objective.id === objectiveId)?.text ?? objectiveId;
  const outcomes: ClauseOutcome[] = [];
  for (const clause of lesson.checks.objectives[objectiveId] ?? []) {
    const outcome = judgeClause(context, clause, binding);
    outcomes.push(outcome);
    if (!outcome.passed) return { objectiveId, text, ...outcome, range: placedRange(context, outcome.range) };
  }
  const first = outcomes[0];
  return {
    objectiveId,
    text,
    passed: true,
    message: first?.message ?? '',
    range: placedRange(context, first?.range ?? null),
    nodeId: first?.nodeId ?? null,
  };
}

/** A clause's range as the report gives it: at lines and columns. */
function placedRange(context: CheckContext, range: Span | null): Range | null {
  return range && context.analysis.lines.range(range);
}

function judgeClause(context: CheckContext, clause: CheckClause, binding: Binding): ClauseOutcome {
  for (const role of clauseRolesOf(clause)) {
    if (!binding.get(role)) {
      const definition = context.lesson.checks.roles[role];
      if (definition) return missingRole(context, definition);
    }
  }
  const view = (role: string) => binding.get(role) as ComponentView;
  switch (clause.check) {
    case 'value':
      return checkValue(context, clause, view(clause.role));
    case 'flow':
      return checkFlow(context, clause, view(clause.from), view(clause.to));
    case 'logs':
      return checkLogs(context, clause, binding);
    case 'metrics':
      return checkMetrics(context, clause, binding);
  }
}

const START: Range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
