/**
 * OTTL boolean conditions as `otelcol.processor.filter` uses them, for the
 * span and log record contexts: comparisons (`==`, `!=`, `<`, `<=`, `>`,
 * `>=`) of paths (`name`, `kind`, `status.code`, `attributes["k"]`,
 * `resource.attributes["k"]`, `body`, `severity_text` …), literals, `nil`
 * and enums (`SPAN_KIND_SERVER`, `STATUS_CODE_ERROR`), the `IsMatch`
 * function, `and`, `or`, `not` and parentheses. Anything else is reported as
 * not simulated when the condition is compiled.
 */
import { goRegexp } from '../formats/go-regexp';
import { ConfigError, NotSimulatedError } from '../config/body';
import type { AttributeValue } from '../model';

/** What a condition can read: a span or a log record, seen through its context. */
export type OttlSubject = {
  attributes: Readonly<Record<string, AttributeValue>>;
  resource: Readonly<Record<string, AttributeValue>>;
  name?: string;
  kind?: string;
  status?: string;
  statusMessage?: string;
  traceId?: string;
  spanId?: string;
  body?: string;
  severityText?: string;
};

type Value = AttributeValue | null;
type Getter = (subject: OttlSubject) => Value;
export type Condition = (subject: OttlSubject) => boolean;

const ENUMS: Readonly<Record<string, string>> = {
  SPAN_KIND_UNSPECIFIED: 'SPAN_KIND_UNSPECIFIED',
  SPAN_KIND_INTERNAL: 'SPAN_KIND_INTERNAL',
  SPAN_KIND_SERVER: 'SPAN_KIND_SERVER',
  SPAN_KIND_CLIENT: 'SPAN_KIND_CLIENT',
  SPAN_KIND_PRODUCER: 'SPAN_KIND_PRODUCER',
  SPAN_KIND_CONSUMER: 'SPAN_KIND_CONSUMER',
  STATUS_CODE_UNSET: 'STATUS_CODE_UNSET',
  STATUS_CODE_OK: 'STATUS_CODE_OK',
  STATUS_CODE_ERROR: 'STATUS_CODE_ERROR',
};

const TOKEN =
  /\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|(==|!=|<=|>=|<|>|\(|\)|\[|\]|,|\.)|([A-Za-z_][A-Za-z0-9_]*))/y;

export function compileCondition(text: string): Condition {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new ConfigError(`unable to parse OTTL condition "${text}": unexpected token at ${at}`);
    tokens.push(match[0].trim());
  }
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const expect = (token: string) => {
    if (next() !== token)
      throw new ConfigError(`unable to parse OTTL condition "${text}": expected "${token}"`);
  };

  const orExpression = (): Condition => {
    let left = andExpression();
    while (peek() === 'or') {
      next();
      const [a, b] = [left, andExpression()];
      left = (subject) => a(subject) || b(subject);
    }
    return left;
  };
  const andExpression = (): Condition => {
    let left = notExpression();
    while (peek() === 'and') {
      next();
      const [a, b] = [left, notExpression()];
      left = (subject) => a(subject) && b(subject);
    }
    return left;
  };
  const notExpression = (): Condition => {
    if (peek() === 'not') {
      next();
      const inner = notExpression();
      return (subject) => !inner(subject);
    }
    if (peek() === '(') {
      next();
      const inner = orExpression();
      expect(')');
      return inner;
    }
    const left = value();
    const operator = peek();
    if (operator && ['==', '!=', '<', '<=', '>', '>='].includes(operator)) {
      next();
      const right = value();
      return (subject) => compare(left(subject), operator, right(subject));
    }
    return (subject) => left(subject) === true;
  };
  const value = (): Getter => {
    const token = next();
    if (token === undefined)
      throw new ConfigError(`unable to parse OTTL condition "${text}": unexpected end`);
    if (token.startsWith('"')) {
      const literal = JSON.parse(token) as string;
      return () => literal;
    }
    if (/^-?\d/.test(token)) {
      const number = Number(token);
      return () => number;
    }
    if (token === 'true' || token === 'false') return () => token === 'true';
    if (token === 'nil') return () => null;
    const known = ENUMS[token];
    if (known !== undefined) return () => known;
    if (token === 'IsMatch') {
      expect('(');
      const target = value();
      expect(',');
      const pattern = next() ?? '';
      expect(')');
      const regex = pattern.startsWith('"') ? goRegexp(JSON.parse(pattern) as string) : null;
      if (!regex) throw new ConfigError(`IsMatch needs a valid regular expression, got ${pattern}`);
      return (subject) => {
        const found = target(subject);
        return found !== null && regex.test(String(found));
      };
    }
    if (peek() === '(') throw new NotSimulatedError(`the OTTL function ${token} is not simulated`);
    return path(token);
  };
  const path = (first: string): Getter => {
    const parts = [first];
    while (peek() === '.') {
      next();
      parts.push(next() ?? '');
    }
    let key: string | null = null;
    if (peek() === '[') {
      next();
      const keyToken = next() ?? '';
      if (!keyToken.startsWith('"'))
        throw new ConfigError(`unable to parse OTTL condition "${text}": map keys are strings`);
      key = JSON.parse(keyToken) as string;
      expect(']');
    }
    return pathGetter(parts.join('.'), key);
  };

  const condition = orExpression();
  if (index < tokens.length)
    throw new ConfigError(`unable to parse OTTL condition "${text}": unexpected "${tokens[index]}"`);
  return condition;
}

function pathGetter(path: string, key: string | null): Getter {
  if (key !== null) {
    if (path === 'attributes') return (subject) => subject.attributes[key] ?? null;
    if (path === 'resource.attributes') return (subject) => subject.resource[key] ?? null;
    throw new NotSimulatedError(`the OTTL path ${path}["${key}"] is not simulated`);
  }
  const getters: Readonly<Record<string, Getter>> = {
    name: (subject) => subject.name ?? null,
    kind: (subject) => subject.kind ?? null,
    'status.code': (subject) => subject.status ?? null,
    'status.message': (subject) => subject.statusMessage ?? '',
    'trace_id.string': (subject) => subject.traceId ?? null,
    'span_id.string': (subject) => subject.spanId ?? null,
    body: (subject) => subject.body ?? null,
    severity_text: (subject) => subject.severityText ?? null,
  };
  const getter = getters[path];
  if (!getter) throw new NotSimulatedError(`the OTTL path ${path} is not simulated`);
  return getter;
}

function compare(left: Value, operator: string, right: Value): boolean {
  if (operator === '==') return left === right;
  if (operator === '!=') return left !== right;
  if (left === null || right === null || typeof left !== typeof right) return false;
  const [a, b] = [left as string | number, right as string | number];
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}
