/**
 * The JMESPath that `stage.json` expressions use in practice: field names,
 * quoted field names (`"http.method"`), sub-expressions (`a.b`) and array
 * indexes (`items[0]`). Other JMESPath (filters, projections, functions) is
 * not simulated and says so.
 */
import { ConfigError, NotSimulatedError } from '../config/body';

type Step = { field: string } | { index: number };

export type JmesPath = (data: unknown) => unknown;

export function compileJmesPath(expression: string): JmesPath {
  const steps = parse(expression.trim());
  return (data) => {
    let current: unknown = data;
    for (const step of steps) {
      if ('field' in step) {
        if (typeof current !== 'object' || current === null || Array.isArray(current)) return null;
        current = (current as Record<string, unknown>)[step.field] ?? null;
      } else {
        if (!Array.isArray(current)) return null;
        const at = step.index < 0 ? current.length + step.index : step.index;
        current = current[at] ?? null;
      }
    }
    return current;
  };
}

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|\[\s*(-?\d+)\s*\]|(\.))/y;

function parse(expression: string): Step[] {
  if (expression === '') throw new ConfigError('could not compile JMES expression: empty expression');
  const steps: Step[] = [];
  let position = 0;
  let expectField = true;
  while (position < expression.length) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(expression);
    if (!match) throw new NotSimulatedError(`the JMESPath expression "${expression}" is not simulated`);
    position = TOKEN.lastIndex;
    if (match[4]) {
      if (expectField) throw new ConfigError(`could not compile JMES expression: ${expression}`);
      expectField = true;
    } else if (match[3] !== undefined) {
      steps.push({ index: Number(match[3]) });
      expectField = false;
    } else {
      if (!expectField)
        throw new NotSimulatedError(`the JMESPath expression "${expression}" is not simulated`);
      steps.push({ field: match[1] ?? (JSON.parse(`"${match[2] ?? ''}"`) as string) });
      expectField = false;
    }
  }
  if (expectField) throw new ConfigError(`could not compile JMES expression: ${expression}`);
  return steps;
}
