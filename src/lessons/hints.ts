/**
 * Hints, as written in a lesson's `hints.json`: for every objective a ladder
 * of three rungs, each giving away a little more than the one before.
 */
import { isJsonObject, ObjectReader, parseJson } from './json';

export type HintLadder = {
  /** A question or reminder that points the way without naming the answer. */
  nudge: string;
  /** Names the line or component to change; `at` is a config pointer (see pointer.ts). */
  pointer: { text: string; at: string };
  /** A partial diff: unified-diff lines (`+`, `-`, ` `) showing the change. */
  diff: string;
};

export type HintsResult = { ok: true; value: Record<string, HintLadder> } | { ok: false; errors: string[] };

export function parseHints(text: string, where: string): HintsResult {
  const errors: string[] = [];
  const data = parseJson(text, where, errors);
  if (data === undefined) return { ok: false, errors };
  if (!isJsonObject(data))
    return { ok: false, errors: [`${where}: must be an object keyed by objective id`] };

  const ladders: Record<string, HintLadder> = {};
  for (const [objective, raw] of Object.entries(data)) {
    const place = `${where}: objective \`${objective}\``;
    if (!isJsonObject(raw)) {
      errors.push(`${place} must be an object with \`nudge\`, \`pointer\` and \`diff\``);
      continue;
    }
    const reader = new ObjectReader(raw, place, errors);
    const nudge = reader.requiredString('nudge');
    const pointerRaw = reader.object('pointer');
    const diff = reader.requiredString('diff');
    reader.rejectUnknownKeys();
    if (!pointerRaw) {
      errors.push(`${place}: \`pointer\` is missing`);
      continue;
    }
    const pointerReader = new ObjectReader(pointerRaw, `${place}, pointer`, errors);
    const pointer = { text: pointerReader.requiredString('text'), at: pointerReader.requiredString('at') };
    pointerReader.rejectUnknownKeys();
    for (const [rung, value] of [
      ['nudge', nudge],
      ['pointer.text', pointer.text],
      ['diff', diff],
    ] as const) {
      if (value.trim() === '') errors.push(`${place}: \`${rung}\` is empty`);
    }
    ladders[objective] = { nudge, pointer, diff };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: ladders };
}
