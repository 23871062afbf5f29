/**
 * Authoring rules every lesson folder must follow, checked over whatever
 * folders exist: a new lesson is covered without touching this file. The
 * checks themselves (the reference passes, the starter fails, every check
 * can fail) are tested in src/check/course.test.ts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../syntax';
import { bundledLessons } from './bundled';
import { referenceBefore, referenceConfig, starterConfig } from './configs';
import { readLessonFiles } from './files-on-disk';
import { buildLessonSet } from './lesson-set';
import { blockId } from './block-id';
import { pointersInMarkdown, resolvePointer } from './pointer';

const lessonsRoot = fileURLToPath(new URL('../../lessons', import.meta.url));
const course = bundledLessons();

function topLevelIds(source: string): string[] {
  return parse(source).ast.body.flatMap((statement) =>
    statement.kind === 'Block' ? [blockId(statement)] : [],
  );
}

describe('the course', () => {
  it('reads without authoring problems', () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons.length).toBeGreaterThan(0);
  });

  it('reads the same from disk as from the bundle', () => {
    const fromDisk = buildLessonSet(readLessonFiles(lessonsRoot));
    expect(fromDisk.problems).toEqual([]);
    expect(fromDisk.lessons).toEqual(course.lessons);
  });
});

describe.each(course.lessons.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (_, lesson) => {
  const starter = starterConfig(course, lesson);
  const reference = referenceConfig(course, lesson);

  it('has a starter and a reference configuration that parse', () => {
    expect(parse(starter).diagnostics).toEqual([]);
    expect(parse(reference).diagnostics).toEqual([]);
    expect(parse(lesson.skeleton).diagnostics).toEqual([]);
    expect(parse(lesson.solution).diagnostics).toEqual([]);
  });

  it('adds only new blocks in its skeleton, all of which the solution completes', () => {
    const before = new Set(topLevelIds(referenceBefore(course, lesson)));
    const skeletonIds = topLevelIds(lesson.skeleton);
    expect(skeletonIds.filter((id) => before.has(id))).toEqual([]);
    expect(skeletonIds.filter((id) => !topLevelIds(reference).includes(id))).toEqual([]);
  });

  it('has TODO markers in its skeleton', () => {
    expect(lesson.skeleton).toMatch(/\/\/ TODO/);
  });

  it('points only at places that exist in the starter configuration', () => {
    const file = parse(starter).ast;
    for (const pointer of pointersInMarkdown(lesson.text)) {
      expect(resolvePointer(file, pointer)?.complete, `text pointer ${pointer}`).toBe(true);
    }
  });

  it('has hint pointers that name a place in the starter or the reference', () => {
    const starterFile = parse(starter).ast;
    const referenceFile = parse(reference).ast;
    for (const [objective, ladder] of Object.entries(lesson.hints)) {
      const found =
        resolvePointer(starterFile, ladder.pointer.at)?.complete ||
        resolvePointer(referenceFile, ladder.pointer.at)?.complete;
      expect(found, `hint pointer of ${objective}: ${ladder.pointer.at}`).toBe(true);
    }
  });

  it('shows how to verify the result and leaves out environment chores', () => {
    expect(lesson.text).toMatch(/^#### Verification$/m);
    expect(lesson.text).not.toMatch(/docker|curl|reload/i);
  });
});
