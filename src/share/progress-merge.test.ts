import { describe, expect, it } from 'vitest';
import type { LessonWork } from '../lessons';
import { planImport } from './progress-merge';

const STARTER = 'loki.write "x" {}\n';

/** Work at a given progress: untouched, edited, or passed. */
const work = (
  progress: 'not-started' | 'in-progress' | 'passed',
  source = STARTER + '// edited\n',
): LessonWork => ({
  contentHash: 'h1',
  startedFrom: 'reference',
  starter: STARTER,
  source: progress === 'not-started' ? STARTER : source,
  passedSource: progress === 'passed' ? source : null,
  objectivesMet: [],
  hintsRevealed: {},
});

describe('planImport', () => {
  it('takes lessons begun only in the file', () => {
    const theirs = work('in-progress');
    const plan = planImport({ works: {}, playground: null }, { works: { a: theirs }, playground: null });
    expect(plan.added).toEqual(['a']);
    expect(plan.result.works).toEqual({ a: theirs });
  });

  it('keeps the work that is further along', () => {
    const ours = { a: work('passed'), b: work('in-progress'), c: work('not-started') };
    const theirs = { a: work('in-progress', 'newer'), b: work('passed', 'solved'), c: work('in-progress') };
    const plan = planImport({ works: ours, playground: null }, { works: theirs, playground: null });
    expect(plan.kept).toEqual(['a']);
    expect(plan.replaced).toEqual(['b', 'c']);
    expect(plan.result.works).toEqual({ a: ours.a, b: theirs.b, c: theirs.c });
  });

  it('takes the file’s work when both are equally far, and leaves identical work alone', () => {
    const ours = { a: work('in-progress', 'mine'), b: work('passed') };
    const theirs = { a: work('in-progress', 'theirs'), b: work('passed') };
    const plan = planImport({ works: ours, playground: null }, { works: theirs, playground: null });
    expect(plan.replaced).toEqual(['a']);
    expect([...plan.added, ...plan.kept]).toEqual([]);
    expect(plan.result.works).toEqual({ a: theirs.a, b: ours.b });
  });

  it('never touches lessons the file does not mention', () => {
    const ours = { a: work('passed'), z: work('in-progress') };
    const plan = planImport({ works: ours, playground: null }, { works: {}, playground: null });
    expect(plan.result.works).toEqual(ours);
    expect([...plan.added, ...plan.replaced, ...plan.kept]).toEqual([]);
  });

  it('takes the playground’s text only when the one here was never edited', () => {
    const fresh = planImport({ works: {}, playground: null }, { works: {}, playground: 'theirs' });
    expect(fresh.playgroundTaken).toBe(true);
    expect(fresh.result.playground).toBe('theirs');
    const edited = planImport({ works: {}, playground: 'mine' }, { works: {}, playground: 'theirs' });
    expect(edited.playgroundTaken).toBe(false);
    expect(edited.result.playground).toBe('mine');
  });
});
