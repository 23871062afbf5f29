/**
 * All lessons of the course, read from a flat map of files. The map comes
 * from Vite's `import.meta.glob` in the app (bundled.ts) or from the file
 * system in Node (files-on-disk.ts); both end here, so a new lesson folder is
 * picked up by either without code changes.
 */
import { parseLesson, type Lesson } from './lesson';

export type LessonSet = {
  /** Every lesson that was read without errors, by `order`. */
  lessons: readonly Lesson[];
  byId: ReadonlyMap<string, Lesson>;
  /** Authoring mistakes, one message each; lessons with mistakes are left out. */
  problems: readonly string[];
};

/**
 * Builds the set from files keyed by path. Only the last two path segments
 * count: `<lesson folder>/<file name>`; anything deeper is ignored.
 */
export function buildLessonSet(files: Readonly<Record<string, string>>): LessonSet {
  const folders = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    const folder = parts.at(-2);
    const name = parts.at(-1);
    if (folder === undefined || name === undefined) continue;
    const entry = folders.get(folder) ?? {};
    entry[name] = text;
    folders.set(folder, entry);
  }

  const problems: string[] = [];
  const lessons: Lesson[] = [];
  // Plain code-unit order: setting up a locale-aware collator would cost the page's start-up.
  for (const [folder, entry] of [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const result = parseLesson(folder, entry);
    if (result.ok) lessons.push(result.lesson);
    else problems.push(...result.errors);
  }
  lessons.sort((a, b) => a.order - b.order);

  const byId = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const twin = byId.get(lesson.id);
    if (twin) problems.push(`${lesson.folder}: the id \`${lesson.id}\` is already used by ${twin.folder}`);
    else byId.set(lesson.id, lesson);
  }
  for (const [index, lesson] of lessons.entries()) {
    const before = lessons[index - 1];
    if (before && before.order === lesson.order) {
      problems.push(`${lesson.folder}: \`order\` ${lesson.order} is already used by ${before.folder}`);
    }
    if (lesson.buildsOn === null) continue;
    const base = byId.get(lesson.buildsOn);
    if (!base)
      problems.push(`${lesson.folder}: \`builds_on\` names the unknown lesson \`${lesson.buildsOn}\``);
    else if (base.order >= lesson.order) {
      problems.push(
        `${lesson.folder}: \`builds_on\` must name an earlier lesson, but \`${base.id}\` comes later`,
      );
    }
  }
  return { lessons, byId, problems };
}

/** The lessons whose configurations lead up to `lesson`, oldest first, `lesson` last. */
export function lessonChain(set: LessonSet, lesson: Lesson): Lesson[] {
  const chain: Lesson[] = [lesson];
  let current = lesson;
  while (current.buildsOn !== null) {
    const base = set.byId.get(current.buildsOn);
    // A broken or circular link is reported by buildLessonSet; stop rather than loop.
    if (!base || chain.includes(base) || base.order >= current.order) break;
    chain.unshift(base);
    current = base;
  }
  return chain;
}
