/**
 * One lesson read from its folder. The folder holds plain files; this is
 * the only place that knows their names.
 *
 *   lesson.md       front matter (id, title, order, kind, part, builds_on, objectives) + Markdown text
 *   skeleton.alloy  the blocks the lesson adds to the configuration, with `// TODO` bodies
 *   solution.alloy  the lesson's part of the reference solution (new blocks and changed earlier ones)
 *   hints.json      a hint ladder per objective
 *   checks.json     the checks per objective (check-definitions.ts)
 */
import { parseCheckDefinitions, type CheckDefinitions } from './check-definitions';
import { parseFrontMatter, type FrontMatterValue } from './front-matter';
import { parseHints, type HintLadder } from './hints';

export const LESSON_FILES = [
  'lesson.md',
  'skeleton.alloy',
  'solution.alloy',
  'hints.json',
  'checks.json',
] as const;

export type LessonKind = 'lesson' | 'section' | 'exercise';

const KINDS: readonly LessonKind[] = ['lesson', 'section', 'exercise'];

export type Objective = { id: string; text: string };

export type Lesson = {
  id: string;
  title: string;
  /** Position in the course; lessons are listed by it. */
  order: number;
  /** How the text names itself in messages ("the section asks for …"). */
  kind: LessonKind;
  /** The part of the course it belongs to, for grouping: `Infrastructure Observability`. */
  part: string | null;
  /** The lesson whose configuration this one continues; null when it starts from an empty editor. */
  buildsOn: string | null;
  objectives: Objective[];
  /** The Markdown text after the front matter. */
  text: string;
  skeleton: string;
  solution: string;
  hints: Record<string, HintLadder>;
  checks: CheckDefinitions;
  /** The folder it was read from, for messages. */
  folder: string;
};

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

/** Reads one lesson from its files, keyed by file name. Pure: never touches the file system. */
export function parseLesson(folder: string, files: Readonly<Record<string, string>>): LessonResult {
  const errors: string[] = [];
  for (const name of LESSON_FILES) {
    if (files[name] === undefined) errors.push(`${folder}: \`${name}\` is missing`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const front = parseFrontMatter(files['lesson.md'] ?? '');
  if (!front.ok) return { ok: false, errors: front.errors.map((error) => `${folder}/lesson.md: ${error}`) };
  const fields = front.value.fields;
  const where = `${folder}/lesson.md`;

  const id = scalar(fields.get('id'), 'id', where, errors);
  const title = scalar(fields.get('title'), 'title', where, errors);
  const orderText = scalar(fields.get('order'), 'order', where, errors);
  const order = Number(orderText);
  if (orderText !== '' && !Number.isInteger(order)) errors.push(`${where}: \`order\` must be a whole number`);
  const kind = scalar(fields.get('kind'), 'kind', where, errors) as LessonKind;
  if (!KINDS.includes(kind)) errors.push(`${where}: \`kind\` must be one of ${KINDS.join(', ')}`);
  const part = optionalScalar(fields.get('part'), 'part', where, errors);
  const buildsOn = optionalScalar(fields.get('builds_on'), 'builds_on', where, errors);
  const objectives = readObjectives(fields.get('objectives'), where, errors);
  const known = new Set(['id', 'title', 'order', 'kind', 'part', 'builds_on', 'objectives']);
  for (const key of fields.keys()) if (!known.has(key)) errors.push(`${where}: unknown key \`${key}\``);

  const hints = parseHints(files['hints.json'] ?? '', `${folder}/hints.json`);
  if (!hints.ok) errors.push(...hints.errors);
  const checks = parseCheckDefinitions(files['checks.json'] ?? '', `${folder}/checks.json`);
  if (!checks.ok) errors.push(...checks.errors);
  if (!hints.ok || !checks.ok || errors.length > 0) return { ok: false, errors };

  const objectiveIds = objectives.map((objective) => objective.id);
  errors.push(
    ...sameKeys(objectiveIds, Object.keys(checks.value.objectives), `${folder}/checks.json`),
    ...sameKeys(objectiveIds, Object.keys(hints.value), `${folder}/hints.json`),
  );
  if (errors.length > 0) return { ok: false, errors };

  return {
    ok: true,
    lesson: {
      id,
      title,
      order,
      kind,
      part,
      buildsOn,
      objectives,
      text: front.value.body.trim(),
      skeleton: files['skeleton.alloy'] ?? '',
      solution: files['solution.alloy'] ?? '',
      hints: hints.value,
      checks: checks.value,
      folder,
    },
  };
}

function scalar(value: FrontMatterValue | undefined, key: string, where: string, errors: string[]): string {
  if (typeof value === 'string') return value;
  errors.push(
    value === undefined ? `${where}: \`${key}\` is missing` : `${where}: \`${key}\` must be a single value`,
  );
  return '';
}

function optionalScalar(
  value: FrontMatterValue | undefined,
  key: string,
  where: string,
  errors: string[],
): string | null {
  return value === undefined ? null : scalar(value, key, where, errors);
}

function readObjectives(value: FrontMatterValue | undefined, where: string, errors: string[]): Objective[] {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push(`${where}: \`objectives\` must be a list of \`- id: text\` items`);
    return [];
  }
  const objectives: Objective[] = [];
  for (const item of value) {
    if (typeof item === 'string') {
      errors.push(`${where}: objective \`${item}\` needs an id: write \`- id: text\``);
    } else if (objectives.some((objective) => objective.id === item.key)) {
      errors.push(`${where}: objective \`${item.key}\` is listed twice`);
    } else {
      objectives.push({ id: item.key, text: item.value });
    }
  }
  return objectives;
}

/** Messages for ids present on one side only. */
function sameKeys(objectiveIds: readonly string[], keys: readonly string[], where: string): string[] {
  return [
    ...objectiveIds
      .filter((id) => !keys.includes(id))
      .map((id) => `${where}: objective \`${id}\` has no entry`),
    ...keys
      .filter((key) => !objectiveIds.includes(key))
      .map((key) => `${where}: \`${key}\` is not an objective`),
  ];
}
