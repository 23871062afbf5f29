/**
 * Values of the wrong type, as far as they are known while editing. Each
 * attribute's value is evaluated with every component reference (and every
 * other name the file binds) standing for an unknown value, then converted
 * to the argument's type the way Alloy decodes it. Unknowns convert to
 * anything, so environment variables, file contents and component exports
 * never cause an error; literals that cannot fit do:
 * `expected string, got bool`, `time: unknown unit "x" in duration "2x"`,
 * `expected capsule, got string` for a string in `forward_to`.
 */
import { getAllowedValues, closestName, type ValueType } from '../catalog';
import type { Expression } from '../syntax/ast';
import { convert, type Target } from '../syntax/eval/convert';
import { EvaluationError, causeText, type Cause } from '../syntax/eval/errors';
import { LiteralError, literalValue } from '../syntax/eval/literal';
import { evaluateExpression } from '../syntax/evaluate';
import { unknown, type Value } from '../syntax/value';
import type { Scope as EvaluationScope } from '../syntax/eval/scope';
import type { AttributeSite } from './body-check';
import { chainsIn, isChain } from './chains';
import type { Declaration } from './declarations';
import { CODES, finding, type AnalysisCode, type Finding } from './diagnostics';
import { literalString } from './literals';
import { isGlobalName, LOADER_NAMES } from './scope-names';

/** Codes the evaluator gives its diagnostics, and ours for them. */
const EVALUATION_CODES: Readonly<Record<string, AnalysisCode>> = {
  deprecated: CODES.deprecatedStdlib,
};

export function checkValues(sites: readonly AttributeSite[], declarations: readonly Declaration[]): void {
  const file = fileValues(declarations);
  for (const site of sites) checkSite(site, file);
}

/**
 * What the values of one file are checked with.
 *
 * Every name the values use that the standard library does not define is a
 * component, a `foreach` variable or a typo (which reference resolution
 * reports): all unknown here. A component named like a library namespace
 * shadows it, as in Alloy.
 *
 * The names are bound as the values that use them are evaluated (see
 * `bindNames`): most values are lone literals or references, which are
 * never evaluated, so their names need not be looked for.
 */
type FileValues = {
  scope: EvaluationScope & { variables: Record<string, Value> };
  /** The first name part of every declared block: `loki` for `loki.write "x"`. */
  componentNames: ReadonlySet<string>;
  /** What every component reference evaluates to. */
  componentExport: Value;
  /** Durations converted so far, by text: a file repeats the same few (`"15s"` in every scrape). */
  durations: Map<string, Value>;
};

function fileValues(declarations: readonly Declaration[]): FileValues {
  const componentNames = new Set<string>();
  for (const { block } of declarations) {
    const dot = block.name.indexOf('.');
    componentNames.add(dot < 0 ? block.name : block.name.slice(0, dot));
  }
  const variables: Record<string, Value> = {};
  for (const name of LOADER_NAMES) variables[name] = unknown(name);
  return {
    scope: { variables },
    componentNames,
    componentExport: unknown('component export'),
    durations: new Map(),
  };
}

/** Binds the names an expression uses, before it is evaluated; names bound for earlier values stay. */
function bindNames(file: FileValues, expr: Expression): void {
  for (const chain of chainsIn(expr)) {
    const name = chain.parts[0]!.name;
    if (!isGlobalName(name) || file.componentNames.has(name)) {
      file.scope.variables[name] = file.componentExport;
    }
  }
}

function checkSite(site: AttributeSite, file: FileValues): void {
  const { attribute, argument, declaration } = site;
  const expr = attribute.value;
  if (isReferenceList(expr)) return;
  const findings = declaration.findings;

  const value = simpleLiteral(expr) ?? evaluate(expr, file, findings);
  if (!argument) return;
  const target = targetOf(argument.type);
  if (!target) return;
  let converted: Value;
  try {
    converted = convertFor(value, target, file);
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    const blamed = culprit(expr, error.chain);
    findings.push(
      quotedReference(blamed) ?? finding('error', CODES.typeMismatch, blamed.message, blamed.expr),
    );
    return;
  }
  if (converted.type === 'string' && declaration.schema) {
    checkAllowed(site, converted.value, declaration.schema.name, findings);
  }
}

/** The value of an expression, adding the evaluator's diagnostics to `findings`. */
function evaluate(expr: Expression, file: FileValues, findings: Finding[]): Value {
  bindNames(file, expr);
  // Without the source's lines the evaluator still gives exact offsets, which is all a finding needs.
  const evaluated = evaluateExpression(expr, file.scope);
  for (const found of evaluated.diagnostics) {
    const code = EVALUATION_CODES[found.code ?? ''] ?? CODES.invalidValue;
    const { start, end } = found.range;
    findings.push(finding(found.severity, code, found.message, { start: start.offset, end: end.offset }));
  }
  return evaluated.value;
}

/**
 * Converts a value for its argument. A duration is parsed and written out
 * again (`"90s"` → `"1m30s"`), the costliest conversion, so each text is
 * converted once per file; one that does not convert is tried again, to
 * throw its error where it is written.
 */
function convertFor(value: Value, target: Target, file: FileValues): Value {
  if (target.kind !== 'duration' || value.type !== 'string') return convert(value, target);
  let converted = file.durations.get(value.value);
  if (converted === undefined) {
    converted = convert(value, target);
    file.durations.set(value.value, converted);
  }
  return converted;
}

/**
 * The value of a lone string, number or bool literal — most attributes —
 * without setting up an evaluation; null for anything else, or for a
 * literal the evaluator must report on (a float that overflows).
 */
function simpleLiteral(expr: Expression): Value | null {
  if (expr.kind !== 'Literal') return null;
  try {
    return literalValue(expr);
  } catch (error) {
    if (error instanceof LiteralError) return null;
    throw error;
  }
}

/** A reference written in quotes where a capsule goes: `forward_to = ["loki.write.x.receiver"]`. */
function quotedReference(blamed: { expr: Expression; message: string }): Finding | null {
  const text = literalString(blamed.expr);
  if (text === null || !blamed.message.startsWith('expected capsule') || !REFERENCE_TEXT.test(text))
    return null;
  const range = blamed.expr;
  return finding(
    'error',
    CODES.typeMismatch,
    `${blamed.message}: write the reference without quotes`,
    range,
    {
      text,
      range,
    },
  );
}

const REFERENCE_TEXT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** `[a.b.c.receiver, …]` or a lone reference: unknown whatever it names, so nothing to convert. */
function isReferenceList(expr: Expression): boolean {
  if (isChain(expr)) return true;
  return expr.kind === 'Array' && expr.elements.length > 0 && expr.elements.every(isChain);
}

function checkAllowed(site: AttributeSite, value: string, component: string, findings: Finding[]): void {
  const allowed = getAllowedValues(component, site.blockPath, site.attribute.name.name);
  if (!allowed || allowed.includes(value)) return;
  const range = site.attribute.value;
  const suggestion = closestName(value, allowed);
  findings.push(
    finding(
      'error',
      CODES.invalidValue,
      `"${value}" is not a valid ${site.attribute.name.name}: use one of ${allowed.map((v) => `"${v}"`).join(', ')}`,
      range,
      suggestion === null ? undefined : { text: `"${suggestion}"`, range },
    ),
  );
}

const targets = new WeakMap<ValueType, Target | null>();

/** The conversion target of a catalog type, made once per type; null when anything goes. */
function targetOf(type: ValueType): Target | null {
  let target = targets.get(type);
  if (target === undefined) {
    target = newTarget(type);
    targets.set(type, target);
  }
  return target;
}

function newTarget(type: ValueType): Target | null {
  switch (type.kind) {
    case 'any':
      return null;
    case 'string':
    case 'size':
      return { kind: 'string' };
    case 'number':
      return type.integer ? { kind: 'number', numberKind: 'int' } : { kind: 'number' };
    case 'bool':
    case 'duration':
    case 'secret':
    case 'optionalSecret':
      return { kind: type.kind };
    case 'list':
      return { kind: 'list', element: newTarget(type.element) ?? { kind: 'any' } };
    case 'map':
      return { kind: 'map', element: newTarget(type.value) ?? { kind: 'any' } };
    case 'object':
      return { kind: 'map', element: { kind: 'any' } };
    case 'receiver':
      return { kind: 'capsule', hostType: type.receiver ?? 'receiver' };
    case 'capsule':
      return { kind: 'capsule', hostType: type.name };
  }
}

/**
 * The part of a written value a conversion error is about: it follows the
 * error's `[i]`/`.key` steps into list and object literals, so that
 * `[1, true]` as a list of strings blames `true`. The message is the
 * validator's, undecorated: `expected string, got bool`.
 */
function culprit(expr: Expression, cause: Cause): { expr: Expression; message: string } {
  let current = expr;
  let link = cause;
  for (;;) {
    if (link.kind === 'element' && current.kind === 'Array' && current.elements[link.index]) {
      current = current.elements[link.index]!;
      link = link.inner;
    } else if (link.kind === 'field' && current.kind === 'Object') {
      const name = link.field;
      const field = current.fields.findLast((f) => f.name === name);
      if (!field) break;
      current = field.value;
      link = link.inner;
    } else {
      break;
    }
  }
  return { expr: current, message: causeText(link) };
}
