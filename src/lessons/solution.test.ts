import { describe, expect, it } from 'vitest';
import { createChecker } from '../check';
import { bundledLessons } from './bundled';
import { referenceConfig, starterConfig } from './configs';
import { solutionFor } from './solution';

const course = bundledLessons();
const checker = createChecker(course);

describe('solutionFor', () => {
  it.each(course.lessons.map((lesson) => [lesson.id, lesson] as const))(
    'turns the starter of %s into a configuration that passes',
    (_, lesson) => {
      const solved = solutionFor(course, lesson, starterConfig(course, lesson));
      expect(checker.checkLesson(lesson.id, solved).passed).toBe(true);
    },
  );

  it('keeps what the learner wrote outside the lesson’s blocks', () => {
    const lesson = course.byId.get('section-2')!;
    const own = `// My notes.\n${referenceConfig(course, course.byId.get('section-1')!)}`;
    const solved = solutionFor(course, lesson, starterConfig(course, lesson, own));
    expect(solved.startsWith('// My notes.\n')).toBe(true);
    expect(checker.checkLesson(lesson.id, solved).passed).toBe(true);
  });

  it('gives the whole reference when the learner’s configuration cannot be read', () => {
    const lesson = course.byId.get('section-3')!;
    expect(solutionFor(course, lesson, 'logging {\n')).toBe(referenceConfig(course, lesson));
  });
});
