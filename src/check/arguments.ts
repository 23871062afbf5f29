/**
 * Looking up an argument of a component by its path through blocks
 * (`endpoint.url`, `grpc.endpoint`, `dimension.name`), the way Alloy decodes
 * it: a missing attribute takes its default when its block is there, and a
 * path through a repeated block finds one value per block.
 */
import { getBodySchema, type ArgumentSchema, type BodySchema, type ValueType } from '../catalog';
import type { Statement } from '../syntax/ast';
import type { Span } from '../syntax/span';
import { evaluate } from '../syntax';
import type { ComponentView } from './components';
import { UNKNOWN, type Plain } from './plain';
import { toPlain, type ValueReader } from './values';

export type ArgumentHit =
  | { kind: 'value'; value: Plain; range: Span; defaulted: boolean; type: ValueType | null }
  | { kind: 'block'; range: Span };

export type ArgumentLookup = {
  hits: ArgumentHit[];
  /** When nothing was found: the first missing part of the path and the deepest place that exists. */
  missing: { part: string; isBlock: boolean; range: Span } | null;
};

export function lookupArgument(view: ComponentView, path: string, reader: ValueReader): ArgumentLookup {
  const hits: ArgumentHit[] = [];
  let missing: ArgumentLookup['missing'] = null;

  const walk = (body: readonly Statement[], blockPath: string[], rest: string[], range: Span): void => {
    if (rest.length === 0) {
      hits.push({ kind: 'block', range });
      return;
    }
    const schema = getBodySchema(view.type, blockPath) ?? null;
    const step = nextStep(body, schema, rest);
    const remaining = rest.slice(step.length);
    if (step.isBlock) {
      const blocks = body.filter((statement) => statement.kind === 'Block' && statement.name === step.name);
      if (blocks.length === 0) missing ??= { part: step.name, isBlock: true, range };
      for (const block of blocks) {
        if (block.kind === 'Block') walk(block.body, [...blockPath, step.name], remaining, block);
      }
      return;
    }
    const type = step.argument?.type ?? null;
    const attribute = body.find(
      (statement) => statement.kind === 'Attribute' && statement.name.name === step.name,
    );
    if (attribute?.kind === 'Attribute') {
      hits.push({
        kind: 'value',
        value: reader.read(attribute.value),
        range: attribute,
        defaulted: false,
        type,
      });
      return;
    }
    const fallback = step.argument ? defaultValue(step.argument) : undefined;
    if (fallback !== undefined) hits.push({ kind: 'value', value: fallback, range, defaulted: true, type });
    else missing ??= { part: step.name, isBlock: false, range };
  };

  walk(view.block.body, [], path.split('.'), view.block);
  return { hits, missing: hits.length > 0 ? null : missing };
}

type Step = { name: string; length: number; isBlock: boolean; argument: ArgumentSchema | null };

/** The longest run of path parts naming a block or an argument: block names may contain dots (`stage.json`). */
function nextStep(body: readonly Statement[], schema: BodySchema | null, rest: readonly string[]): Step {
  for (let length = rest.length; length > 0; length--) {
    const name = rest.slice(0, length).join('.');
    const argument = schema?.arguments.find((item) => item.name === name) ?? null;
    if (argument) return { name, length, isBlock: false, argument };
    const isBlock =
      (schema?.blocks.some((item) => item.name === name) ?? false) ||
      body.some((statement) => statement.kind === 'Block' && statement.name === name);
    if (isBlock) return { name, length, isBlock: true, argument: null };
    if (body.some((statement) => statement.kind === 'Attribute' && statement.name.name === name)) {
      return { name, length, isBlock: false, argument: null };
    }
  }
  return { name: rest[0] ?? '', length: 1, isBlock: rest.length > 1, argument: null };
}

const defaults = new Map<string, Plain | undefined>();

/**
 * An argument's default as a value. The catalog keeps defaults as the docs
 * print them: usually Alloy syntax (`"5s"`, `true`), sometimes bare text for
 * strings (`replace`, `(.*)`).
 */
function defaultValue(argument: ArgumentSchema): Plain | undefined {
  const text = argument.default;
  if (text === null) return undefined;
  const key = `${argument.type.kind}:${text}`;
  if (defaults.has(key)) return defaults.get(key);
  const evaluated = evaluate(text);
  let value: Plain | undefined = evaluated.diagnostics.length === 0 ? toPlain(evaluated.value) : undefined;
  if (value === UNKNOWN || value === undefined) {
    const textual = ['string', 'duration', 'size', 'secret', 'optionalSecret'].includes(argument.type.kind);
    value = textual ? text : undefined;
  }
  defaults.set(key, value);
  return value;
}
