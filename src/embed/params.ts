/**
 * The URL parameters of an embedded playground (`?embed=1&…`). Every
 * parameter is optional; a value that cannot be used falls back to the
 * default and is reported in `problems`, which the frame passes on to the
 * host, so a typo never breaks the page.
 */
import { parseOriginList, type OriginAllowList } from './origins';
import type { EmbedView } from './protocol';

export type EmbedTheme = 'light' | 'dark';

export type EmbedParams = {
  /** `lesson=<id>`: the lesson to open (its existence is the app's to check). */
  lessonId: string | null;
  /** `config=<compressed>`: the starting configuration as given, still compressed (src/share/codec.ts). */
  config: string | null;
  /** `view=editor|graph|both`. */
  view: EmbedView;
  /** `theme=light|dark`; null follows the reader's system. */
  theme: EmbedTheme | null;
  /** `scale=<number>`: the font scale, 1 being the app's usual size. */
  scale: number;
  /** `readonly=1`: the reader cannot edit (the host still can). */
  readonly: boolean;
  /** `check=1`: show the Check button. */
  check: boolean;
  /** `origin=<origin>,<origin>`: the hosts allowed to talk to the frame; null: any. */
  origins: OriginAllowList;
  problems: string[];
};

export const MIN_SCALE = 0.5;
export const MAX_SCALE = 3;

const VIEWS: readonly EmbedView[] = ['editor', 'graph', 'both'];
const THEMES: readonly EmbedTheme[] = ['light', 'dark'];
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function isEmbedded(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const problems: string[] = [];

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T | null): T | null => {
    const value = params.get(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`\`${name}\` must be one of ${allowed.join(', ')}, not "${value}"`);
    return fallback;
  };

  const flag = (name: string): boolean => oneOf(name, ['1', '0'], '0') === '1';

  const lessonId = params.get('lesson');
  if (lessonId !== null && !LESSON_ID.test(lessonId))
    problems.push(`\`lesson\` must be a lesson id such as "section-1", not "${lessonId}"`);

  let origins: OriginAllowList = null;
  const originText = params.get('origin');
  if (originText !== null) {
    const parsed = parseOriginList(originText);
    problems.push(...parsed.problems.map((problem) => `\`origin\`: ${problem}`));
    origins = parsed.origins;
  }

  return {
    lessonId: lessonId !== null && LESSON_ID.test(lessonId) ? lessonId : null,
    config: params.get('config'),
    view: oneOf('view', VIEWS, 'both') ?? 'both',
    theme: oneOf('theme', THEMES, null),
    scale: readScale(params.get('scale'), problems),
    readonly: flag('readonly'),
    check: flag('check'),
    origins,
    problems,
  };
}

function readScale(text: string | null, problems: string[]): number {
  if (text === null) return 1;
  const scale = Number(text);
  if (text.trim() !== '' && Number.isFinite(scale) && scale >= MIN_SCALE && scale <= MAX_SCALE) return scale;
  problems.push(`\`scale\` must be a number from ${MIN_SCALE} to ${MAX_SCALE}, not "${text}"`);
  return 1;
}
