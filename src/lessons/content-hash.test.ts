import { describe, expect, it } from 'vitest';
import { bundledLessons } from './bundled';
import { lessonContentHash } from './content-hash';

describe('lessonContentHash', () => {
  const lesson = { skeleton: 'logging {\n\t// TODO\n}\n', solution: 'logging {\n\tlevel = "debug"\n}\n' };

  it('is the same for the same skeleton and solution', () => {
    expect(lessonContentHash({ ...lesson })).toBe(lessonContentHash(lesson));
  });

  it('changes when the skeleton or the solution changes', () => {
    const hash = lessonContentHash(lesson);
    expect(lessonContentHash({ ...lesson, skeleton: lesson.skeleton.replace('TODO', 'TODO:') })).not.toBe(
      hash,
    );
    expect(lessonContentHash({ ...lesson, solution: lesson.solution.replace('debug', 'info') })).not.toBe(
      hash,
    );
  });

  it('tells apart text moved from the skeleton to the solution', () => {
    expect(lessonContentHash({ skeleton: 'ab', solution: 'c' })).not.toBe(
      lessonContentHash({ skeleton: 'a', solution: 'bc' }),
    );
  });

  it('gives every lesson of the course its own fingerprint', () => {
    const hashes = bundledLessons().lessons.map(lessonContentHash);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{8}-[0-9a-f]+$/);
  });
});
