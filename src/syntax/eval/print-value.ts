/**
 * Values as Alloy text (spec 4.12), exactly as Alloy's value printer writes
 * them. Like Alloy, the value is first written as compact source text — one
 * object field per line, strings and non-identifier keys Go-quoted — which
 * is then parsed and run through the formatter: objects come out multi-line
 * with aligned `=`, arrays on one line, secrets hidden.
 */
import { printExpression } from '../format';
import { isValidIdentifier } from '../identifier';
import { parseExpression } from '../parser';
import type { Value } from '../value';
import { numberText } from './convert';
import { goQuote } from './go-quote';

function objectSource(fields: ReadonlyMap<string, Value>, ordered: boolean): string {
  const keys = [...fields.keys()];
  if (!ordered) keys.sort(compareCodePoints);
  let source = '{\n';
  for (const key of keys) {
    const name = isValidIdentifier(key) ? key : goQuote(key);
    source += `${name}=${valueSource(fields.get(key) as Value)},\n`;
  }
  return source + '}';
}

/** Byte order of UTF-8 text, which is code point order. */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The compact source text Alloy writes for a value before formatting it. */
function valueSource(value: Value): string {
  switch (value.type) {
    case 'null':
      return 'null';
    case 'number':
      return numberText(value);
    case 'string':
      return goQuote(value.value);
    case 'bool':
      return String(value.value);
    case 'array':
      return `[${value.elements.map(valueSource).join(',')}]`;
    case 'object':
      return objectSource(value.fields, value.ordered);
    case 'function':
      return 'function';
    case 'capsule':
      if (value.kind === 'secret' || (value.kind === 'optionalSecret' && value.isSecret)) return '(secret)';
      if (value.kind === 'optionalSecret') return goQuote(value.value);
      if (value.object) return objectSource(value.object.fields, value.object.ordered);
      return `capsule(${goQuote(value.hostType)})`;
    case 'unknown':
      return '(unknown)';
  }
}

/**
 * Prints a value as Alloy text. Text that does not parse back gives the empty
 * string, as in Alloy: that is what positive infinity (`+Inf`) prints as.
 */
export function printValue(value: Value): string {
  const { expression, diagnostics, lines } = parseExpression(valueSource(value));
  return diagnostics.length > 0 ? '' : printExpression(expression, lines);
}
