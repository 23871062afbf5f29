import { describe, expect, it } from 'vitest';
import { bundledLessons } from './bundled';
import { startWork, type LessonWork } from './lesson-work';
import { lessonProgress, progressCounts } from './progress';

const course = bundledLessons();
const section1 = course.byId.get('section-1')!;
const opened: LessonWork = startWork(course, section1, null);

describe('lessonProgress', () => {
  it('is not started without work, or with the starter untouched', () => {
    expect(lessonProgress(undefined)).toBe('not-started');
    expect(lessonProgress(opened)).toBe('not-started');
    expect(lessonProgress({ ...opened, objectivesMet: ['write'] })).toBe('not-started');
  });

  it('is in progress once the learner edited the starter or asked for a hint', () => {
    expect(lessonProgress({ ...opened, source: `${opened.source}\n// mine` })).toBe('in-progress');
    expect(lessonProgress({ ...opened, hintsRevealed: { logging: 1 } })).toBe('in-progress');
    expect(lessonProgress({ ...opened, hintsRevealed: { logging: 0 } })).toBe('not-started');
  });

  it('is passed once a configuration passed, even after later edits or a reset', () => {
    const passed = { ...opened, passedSource: 'passing config', source: 'passing config' };
    expect(lessonProgress(passed)).toBe('passed');
    expect(lessonProgress({ ...passed, source: 'broken again' })).toBe('passed');
    expect(lessonProgress({ ...passed, source: opened.starter })).toBe('passed');
  });
});

describe('progressCounts', () => {
  it('counts the lessons of the course by progress, work on unknown lessons aside', () => {
    const ids = course.lessons.map((lesson) => lesson.id);
    const counts = progressCounts(ids, {
      'section-1': { ...opened, passedSource: 'done' },
      'section-2': { ...opened, source: 'edited' },
      'no-such-lesson': { ...opened, passedSource: 'done' },
    });
    expect(counts).toEqual({ passed: 1, 'in-progress': 1, 'not-started': ids.length - 2 });
  });
});
