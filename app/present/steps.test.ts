import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/lessons';
import { nextLesson, nextStep, previousLesson, previousStep } from './steps';

const lesson = (id: string, objectives: number): Lesson =>
  ({
    id,
    objectives: Array.from({ length: objectives }, (_, index) => ({ id: `${id}-${index}`, text: '' })),
  }) as Lesson;

const LESSONS = [lesson('a', 2), lesson('b', 0), lesson('c', 1)];

describe('nextStep / previousStep', () => {
  it('walks through the introduction and every objective of every lesson, and back', () => {
    const forward = [];
    for (let at = nextStep(LESSONS, { lessonId: null, step: 0 }); at; at = nextStep(LESSONS, at))
      forward.push(at);
    expect(forward).toEqual([
      { lessonId: 'a', step: 0 },
      { lessonId: 'a', step: 1 },
      { lessonId: 'a', step: 2 },
      { lessonId: 'b', step: 0 },
      { lessonId: 'c', step: 0 },
      { lessonId: 'c', step: 1 },
    ]);
    const backward = [];
    for (let at = previousStep(LESSONS, forward.at(-1)!); at; at = previousStep(LESSONS, at))
      backward.push(at);
    expect(backward).toEqual(forward.slice(0, -1).reverse());
  });

  it('stays put in the free playground going back, and copes with a step beyond a changed lesson', () => {
    expect(previousStep(LESSONS, { lessonId: null, step: 0 })).toBeNull();
    expect(previousStep(LESSONS, { lessonId: 'c', step: 9 })).toEqual({ lessonId: 'c', step: 0 });
    expect(nextStep(LESSONS, { lessonId: 'a', step: 9 })).toEqual({ lessonId: 'b', step: 0 });
  });
});

describe('nextLesson / previousLesson', () => {
  it('jumps to the introduction of the neighbouring lesson, and stops at the ends', () => {
    expect(nextLesson(LESSONS, { lessonId: null, step: 0 })).toEqual({ lessonId: 'a', step: 0 });
    expect(nextLesson(LESSONS, { lessonId: 'a', step: 2 })).toEqual({ lessonId: 'b', step: 0 });
    expect(nextLesson(LESSONS, { lessonId: 'c', step: 0 })).toBeNull();
    expect(previousLesson(LESSONS, { lessonId: 'c', step: 1 })).toEqual({ lessonId: 'b', step: 0 });
    expect(previousLesson(LESSONS, { lessonId: 'a', step: 1 })).toBeNull();
    expect(previousLesson(LESSONS, { lessonId: null, step: 0 })).toBeNull();
  });
});
