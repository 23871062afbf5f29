/**
 * Evaluating the learner's attribute values into plain data. References to
 * components evaluate to unknown: what a component exports is only known
 * when Alloy runs it, and the checks follow references through the pipeline
 * instead.
 */
import type { AlloyFile, Expression } from '../syntax/ast';
import { evaluateExpression } from '../syntax';
import { unknown, type Value } from '../syntax/value';
import { UNKNOWN, type Plain } from './plain';

export class ValueReader {
  private readonly cache = new WeakMap<Expression, Plain>();
  private readonly variables: Record<string, Value>;

  constructor(file: AlloyFile) {
    // Every component namespace in the file (`loki`, `prometheus`, …) stands for unknown exports.
    this.variables = {};
    for (const statement of file.body) {
      if (statement.kind !== 'Block' || !statement.label) continue;
      const namespace = statement.name.split('.')[0] ?? '';
      this.variables[namespace] = unknown('component export');
    }
  }

  read(expression: Expression): Plain {
    const cached = this.cache.get(expression);
    if (cached !== undefined) return cached;
    const { value } = evaluateExpression(expression, { variables: this.variables });
    const plain = toPlain(value);
    this.cache.set(expression, plain);
    return plain;
  }
}

export function toPlain(value: Value): Plain {
  switch (value.type) {
    case 'null':
      return null;
    case 'number':
      return Number(value.value);
    case 'string':
    case 'bool':
      return value.value;
    case 'array':
      return value.elements.map(toPlain);
    case 'object': {
      const fields: Record<string, Plain> = {};
      for (const [key, field] of value.fields) fields[key] = toPlain(field);
      return fields;
    }
    case 'capsule':
      if (value.kind === 'host') return value.object ? toPlain(value.object) : UNKNOWN;
      return value.value;
    case 'function':
    case 'unknown':
      return UNKNOWN;
  }
}
