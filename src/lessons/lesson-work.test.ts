import { describe, expect, it } from 'vitest';
import { bundledLessons } from './bundled';
import { starterConfig } from './configs';
import type { Lesson } from './lesson';
import {
  adoptCurrentVersion,
  HINT_RUNGS,
  isOutdated,
  ownStartFor,
  recordCheck,
  revealHint,
  solutionUnlocked,
  startWork,
} from './lesson-work';

const course = bundledLessons();
const lesson = (id: string): Lesson => {
  const found = course.byId.get(id);
  if (!found) throw new Error(`the course has no lesson ${id}`);
  return found;
};
const OWN = '// My own section 1.\nlogging {\n\tlevel = "debug"\n}\n';

describe('startWork', () => {
  it('starts from the reference configuration when the learner brings none', () => {
    const work = startWork(course, lesson('section-2'), null);
    expect(work.startedFrom).toBe('reference');
    expect(work.starter).toBe(starterConfig(course, lesson('section-2')));
    expect(work.source).toBe(work.starter);
    expect(work).toMatchObject({ passedSource: null, objectivesMet: [], hintsRevealed: {} });
    expect(isOutdated(work, lesson('section-2'))).toBe(false);
  });

  it('continues the learner’s own configuration, with the new skeleton appended', () => {
    const work = startWork(course, lesson('section-2'), OWN);
    expect(work.startedFrom).toBe('own');
    expect(work.source.startsWith(OWN.trimEnd())).toBe(true);
    expect(work.source).toBe(starterConfig(course, lesson('section-2'), OWN));
  });

  it('ignores an own configuration for a lesson that builds on nothing', () => {
    const work = startWork(course, lesson('section-1'), OWN);
    expect(work.startedFrom).toBe('reference');
    expect(work.source).toBe(lesson('section-1').skeleton);
  });
});

describe('ownStartFor', () => {
  const passed = { ...startWork(course, lesson('section-1'), null), passedSource: OWN };

  it('offers the latest configuration that passed the lesson built on', () => {
    expect(ownStartFor(lesson('section-2'), { 'section-1': passed })).toBe(OWN);
  });

  it('offers nothing before that lesson passed, or when the lesson builds on nothing', () => {
    expect(ownStartFor(lesson('section-2'), {})).toBeNull();
    expect(ownStartFor(lesson('section-2'), { 'section-1': { ...passed, passedSource: null } })).toBeNull();
    expect(ownStartFor(lesson('section-1'), { 'alloy-101': passed })).toBeNull();
  });
});

describe('recordCheck', () => {
  const work = startWork(course, lesson('section-1'), null);

  it('remembers a passing configuration and the objectives met', () => {
    const checked = recordCheck(work, 'passing', { passed: true, objectivesMet: ['logging', 'write'] });
    expect(checked.passedSource).toBe('passing');
    expect(checked.objectivesMet).toEqual(['logging', 'write']);
  });

  it('keeps the last passing configuration when a later one fails', () => {
    const passed = recordCheck(work, 'passing', { passed: true, objectivesMet: ['logging'] });
    const failed = recordCheck(passed, 'broken', { passed: false, objectivesMet: [] });
    expect(failed.passedSource).toBe('passing');
    expect(failed.objectivesMet).toEqual([]);
  });
});

describe('hint ladders and the solution', () => {
  const work = startWork(course, lesson('section-1'), null);

  it('reveals one rung at a time, per objective, up to the last', () => {
    let climbed = revealHint(work, 'logging');
    expect(climbed.hintsRevealed).toEqual({ logging: 1 });
    for (let step = 0; step < HINT_RUNGS + 2; step++) climbed = revealHint(climbed, 'logging');
    climbed = revealHint(climbed, 'write');
    expect(climbed.hintsRevealed).toEqual({ logging: HINT_RUNGS, write: 1 });
    expect(work.hintsRevealed).toEqual({});
  });

  it('unlocks the solution after a whole ladder, or once the lesson passed', () => {
    expect(solutionUnlocked(work)).toBe(false);
    expect(solutionUnlocked(revealHint(revealHint(work, 'logging'), 'logging'))).toBe(false);
    expect(solutionUnlocked(revealHint(revealHint(revealHint(work, 'logging'), 'logging'), 'logging'))).toBe(
      true,
    );
    expect(solutionUnlocked({ ...work, passedSource: work.source })).toBe(true);
  });
});

describe('lesson versions', () => {
  it('notices work begun on an older version and files it under the new one on request', () => {
    const older = { ...lesson('section-1'), skeleton: `${lesson('section-1').skeleton}\n// more\n` };
    const work = { ...startWork(course, older, null), source: 'my work' };
    expect(isOutdated(work, lesson('section-1'))).toBe(true);
    const adopted = adoptCurrentVersion(work, lesson('section-1'));
    expect(isOutdated(adopted, lesson('section-1'))).toBe(false);
    expect(adopted.source).toBe('my work');
  });
});
