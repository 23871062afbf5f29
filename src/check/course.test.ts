/**
 * The checks of every lesson, tested over whatever lesson folders exist, so
 * a new lesson is covered without touching this file:
 * - the reference solution passes every check and analyses without errors;
 * - the untouched starter fails at least one check;
 * - every check fails on at least one automatic mutation of the reference;
 * - the lesson's fixtures (`tests/pass/*.alloy`, `tests/fail/*.alloy` with
 *   `tests/fail.json` naming the failing objective and a message fragment)
 *   pass or fail as they say. A fixture holds the lesson's part of the
 *   configuration; it is laid over the reference before the lesson.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bundledLessons,
  overlayBlocks,
  referenceBefore,
  referenceConfig,
  starterConfig,
  type Lesson,
} from '../lessons';
import { parse } from '../syntax';
import { clauseOutcomes } from './checker';
import { createChecker } from './index';
import { mutationsOf } from './mutations';

const lessonsRoot = fileURLToPath(new URL('../../lessons', import.meta.url));
const course = bundledLessons();
const checker = createChecker(course);

type FailExpectation = { objective: string; message: string };

function fixtures(lesson: Lesson, kind: 'pass' | 'fail'): [string, string][] {
  const folder = join(lessonsRoot, lesson.folder, 'tests', kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.alloy'))
    .sort()
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]);
}

function failExpectations(lesson: Lesson): Record<string, FailExpectation> {
  const path = join(lessonsRoot, lesson.folder, 'tests', 'fail.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, FailExpectation>) : {};
}

function topLevelIds(source: string): string[] {
  return parse(source).ast.body.flatMap((statement) =>
    statement.kind === 'Block'
      ? [statement.label ? `${statement.name}.${statement.label.value}` : statement.name]
      : [],
  );
}

describe.each(course.lessons.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (_, lesson) => {
  const before = referenceBefore(course, lesson);
  const reference = referenceConfig(course, lesson);

  it('passes every check with its reference solution, which has no errors', () => {
    const report = checker.checkLesson(lesson.id, reference);
    expect(report.problems).toEqual([]);
    expect(report.objectives.filter((objective) => !objective.passed)).toEqual([]);
    expect(report.objectives.map((objective) => objective.objectiveId)).toEqual(
      lesson.objectives.map((o) => o.id),
    );
    expect(report.passed).toBe(true);
  });

  it('fails at least one check with its untouched starter', () => {
    const report = checker.checkLesson(lesson.id, starterConfig(course, lesson));
    expect(report.passed).toBe(false);
    expect(report.objectives.some((objective) => !objective.passed)).toBe(true);
  });

  it('has a full hint ladder for every objective', () => {
    for (const objective of lesson.objectives) {
      const ladder = lesson.hints[objective.id];
      expect(ladder?.nudge, objective.id).toBeTruthy();
      expect(ladder?.pointer.text, objective.id).toBeTruthy();
      expect(ladder?.diff, objective.id).toMatch(/^[+-]/m);
    }
  });

  it('has no check that cannot fail: each fails on some mutation of the reference', () => {
    const failed = new Set<string>();
    // Values are changed in the lesson's own blocks and in every component of a type its checks are about.
    const roleTypes = new Set(Object.values(lesson.checks.roles).map((role) => role.type));
    const focus = new Set([
      ...topLevelIds(lesson.solution),
      ...topLevelIds(reference).filter((id) =>
        [...roleTypes].some((type) => id === type || id.startsWith(`${type}.`)),
      ),
    ]);
    const mutations = mutationsOf(reference, focus);
    // Dropping a whole component fails every check about it; each check must also notice a smaller mistake.
    for (const mutation of mutations.filter(
      (candidate) => candidate.description.includes(' > ') || !candidate.description.startsWith('drop '),
    )) {
      for (const { objectiveId, index, outcome } of clauseOutcomes(lesson, mutation.source)) {
        if (!outcome.passed) failed.add(`${objectiveId}, clause ${index + 1}`);
      }
    }
    const clauses = Object.entries(lesson.checks.objectives).flatMap(([objectiveId, list]) =>
      list.map((_clause, index) => `${objectiveId}, clause ${index + 1}`),
    );
    expect(clauses.filter((clause) => !failed.has(clause))).toEqual([]);
  });

  const passing = fixtures(lesson, 'pass');
  const failing = fixtures(lesson, 'fail');
  const expectations = failExpectations(lesson);

  it('has at least 3 correct and 5 mistaken fixtures, each failing one described', () => {
    expect(passing.length).toBeGreaterThanOrEqual(3);
    expect(failing.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(expectations).sort()).toEqual(failing.map(([name]) => name));
  });

  it.each(passing)('passes the correct fixture %s', (_name, fixture) => {
    const report = checker.checkLesson(lesson.id, overlayBlocks(before, fixture));
    expect(report.problems).toEqual([]);
    expect(report.objectives.filter((objective) => !objective.passed)).toEqual([]);
  });

  it.each(failing)('fails the mistaken fixture %s as described', (name, fixture) => {
    const expectation = expectations[name];
    expect(expectation, `tests/fail.json has no entry for ${name}`).toBeDefined();
    const report = checker.checkLesson(lesson.id, overlayBlocks(before, fixture));
    const objective = report.objectives.find((result) => result.objectiveId === expectation?.objective);
    expect(objective, `objective ${expectation?.objective}`).toBeDefined();
    expect(objective?.passed).toBe(false);
    expect(objective?.message).toContain(expectation?.message);
  });
});

describe('checkLesson', () => {
  it('reports an unknown lesson instead of throwing', () => {
    const report = checker.checkLesson('no-such-lesson', 'logging {}');
    expect(report.passed).toBe(false);
    expect(report.problems[0]?.message).toBe('There is no lesson called `no-such-lesson`.');
  });

  it('puts syntax errors first, phrased for a learner, and still judges the objectives', () => {
    const lesson = course.byId.get('section-1');
    expect(lesson).toBeDefined();
    const report = checker.checkLesson(
      'section-1',
      `${referenceConfig(course, lesson as Lesson)}\nloki.write "x" {\n`,
    );
    expect(report.passed).toBe(false);
    expect(report.problems[0]?.message).toMatch(
      /^Line \d+, column \d+: Alloy cannot read this part of the configuration\./,
    );
    expect(report.objectives).toHaveLength(3);
  });
});
