/**
 * `json_path(json, path)` (spec 6.9): JSONPath in the Goessner syntax as the
 * Go ojg library reads it — `$` optional, `.name`, `['name']`, `[0]`, `[-1]`,
 * `*`, `..` (descendants), unions `[a,b]`, slices `[1:3]` and filters
 * `[?(@.x == "y")]` with comparisons, `=~` regular expressions, `&&`, `||`
 * and `!`. The result is the list of matches. Integral JSON numbers are
 * integers here (ojg's reading), unlike `encoding.from_json`.
 */
import { FunctionError, array, toFloat64, type Value } from '../value';
import { STRING, typedFunction } from './define';
import { JsonError, decodeJson } from './json';
import { valuesEqual } from '../eval/operators';
import { compareBytes } from '../eval/utf8';

type Selector =
  | { kind: 'child'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'wildcard' }
  | { kind: 'slice'; start?: number; end?: number; step: number }
  | { kind: 'filter'; test: Filter }
  | { kind: 'descend' };

type Operand =
  { kind: 'path'; root: '$' | '@'; selectors: Selector[] } | { kind: 'literal'; value: Value | RegExp };

type Filter =
  | { kind: 'exists'; operand: Operand }
  | { kind: 'compare'; operator: string; left: Operand; right: Operand }
  | { kind: 'not'; inner: Filter }
  | { kind: 'and' | 'or'; left: Filter; right: Filter };

class PathParser {
  private i = 0;
  constructor(private readonly text: string) {}

  private fail(): never {
    throw new FunctionError(`parse error at ${this.i + 1} in ${this.text}`);
  }

  private skipSpaces(): void {
    while (this.text[this.i] === ' ') this.i++;
  }

  private eat(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  /** A whole path: an optional root, then selectors. */
  path(): Selector[] {
    if (this.text[this.i] === '$' || this.text[this.i] === '@') this.i++;
    else if (/[\p{L}_]/u.test(this.text[this.i] ?? '')) return [this.nameSelector(), ...this.selectors(true)];
    const selectors = this.selectors(true);
    if (this.i < this.text.length) this.fail();
    return selectors;
  }

  private nameSelector(): Selector {
    const start = this.i;
    while (this.i < this.text.length && !/[.[\] ()=!<>&|,]/.test(this.text[this.i] as string)) this.i++;
    if (this.i === start) this.fail();
    const name = this.text.slice(start, this.i);
    return name === '*' ? { kind: 'wildcard' } : { kind: 'child', names: [name] };
  }

  private selectors(topLevel: boolean): Selector[] {
    const selectors: Selector[] = [];
    for (;;) {
      if (this.text.startsWith('..', this.i)) {
        this.i += 2;
        selectors.push({ kind: 'descend' });
        if (this.text[this.i] !== '[') selectors.push(this.nameSelector());
      } else if (this.text[this.i] === '.') {
        this.i++;
        selectors.push(this.nameSelector());
      } else if (this.text[this.i] === '[') {
        this.i++;
        selectors.push(this.bracket());
      } else {
        if (topLevel && this.i < this.text.length) this.fail();
        return selectors;
      }
    }
  }

  private bracket(): Selector {
    this.skipSpaces();
    let selector: Selector;
    if (this.eat('?')) {
      const parenthesised = this.eat('(');
      const test = this.orFilter();
      if (parenthesised && !this.eat(')')) this.fail();
      selector = { kind: 'filter', test };
    } else if (this.eat('*')) {
      selector = { kind: 'wildcard' };
    } else if (this.text[this.i] === '"' || this.text[this.i] === "'") {
      const names = [this.quoted()];
      while (this.eat(',')) {
        this.skipSpaces();
        names.push(this.quoted());
      }
      selector = { kind: 'child', names };
    } else {
      const numbers = /^\s*(-?\d*)\s*(?::\s*(-?\d*)\s*(?::\s*(-?\d*)\s*)?)?/.exec(this.text.slice(this.i));
      const [matched = '', first = '', second, third] = numbers ?? [];
      if (matched.includes(':')) {
        this.i += matched.length;
        selector = {
          kind: 'slice',
          start: first === '' ? undefined : Number(first),
          end: second === undefined || second === '' ? undefined : Number(second),
          step: third === undefined || third === '' ? 1 : Number(third),
        };
      } else {
        const indexes: number[] = [];
        do {
          const index = /^\s*(-?\d+)/.exec(this.text.slice(this.i));
          if (!index) this.fail();
          indexes.push(Number(index[1]));
          this.i += index[0].length;
        } while (this.eat(','));
        selector = { kind: 'index', indexes };
      }
    }
    if (!this.eat(']')) this.fail();
    return selector;
  }

  private quoted(): string {
    const quote = this.text[this.i];
    let out = '';
    this.i++;
    while (this.i < this.text.length && this.text[this.i] !== quote) {
      if (this.text[this.i] === '\\') this.i++;
      out += this.text[this.i] ?? '';
      this.i++;
    }
    if (this.text[this.i] !== quote) this.fail();
    this.i++;
    return out;
  }

  private orFilter(): Filter {
    let left = this.andFilter();
    while (this.eat('||')) left = { kind: 'or', left, right: this.andFilter() };
    return left;
  }

  private andFilter(): Filter {
    let left = this.unaryFilter();
    while (this.eat('&&')) left = { kind: 'and', left, right: this.unaryFilter() };
    return left;
  }

  private unaryFilter(): Filter {
    if (this.eat('!')) return { kind: 'not', inner: this.unaryFilter() };
    if (this.eat('(')) {
      const inner = this.orFilter();
      if (!this.eat(')')) this.fail();
      return inner;
    }
    const left = this.operand();
    for (const operator of ['==', '!=', '<=', '>=', '=~', '<', '>']) {
      if (this.eat(operator)) return { kind: 'compare', operator, left, right: this.operand() };
    }
    return { kind: 'exists', operand: left };
  }

  private operand(): Operand {
    this.skipSpaces();
    const char = this.text[this.i];
    if (char === '@' || char === '$') {
      this.i++;
      return { kind: 'path', root: char, selectors: this.selectors(false) };
    }
    if (char === '"' || char === "'")
      return { kind: 'literal', value: { type: 'string', value: this.quoted() } };
    if (char === '/') {
      const end = this.text.indexOf('/', this.i + 1);
      if (end < 0) this.fail();
      const pattern = this.text.slice(this.i + 1, end);
      this.i = end + 1;
      return { kind: 'literal', value: new RegExp(pattern) };
    }
    const word = /^(true|false|null|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(this.text.slice(this.i));
    if (!word) this.fail();
    this.i += word[0].length;
    return { kind: 'literal', value: decodeJson(word[0], 'integer-when-integral') };
  }
}

/** Children of a value in document order. */
function children(value: Value): Value[] {
  if (value.type === 'array') return [...value.elements];
  if (value.type === 'object') return [...value.fields.values()];
  return [];
}

function descendants(value: Value): Value[] {
  return [value, ...children(value).flatMap(descendants)];
}

function select(values: readonly Value[], selectors: readonly Selector[], root: Value): Value[] {
  let current = [...values];
  for (const selector of selectors) current = current.flatMap((value) => apply(value, selector, root));
  return current;
}

function apply(value: Value, selector: Selector, root: Value): Value[] {
  switch (selector.kind) {
    case 'descend':
      return descendants(value);
    case 'wildcard':
      return children(value);
    case 'child':
      return value.type === 'object'
        ? selector.names.flatMap((name) => {
            const field = value.fields.get(name);
            return field === undefined ? [] : [field];
          })
        : [];
    case 'index':
      if (value.type !== 'array') return [];
      return selector.indexes.flatMap((index) => {
        const element = value.elements[index < 0 ? value.elements.length + index : index];
        return element === undefined ? [] : [element];
      });
    case 'slice': {
      if (value.type !== 'array' || selector.step === 0) return [];
      const length = value.elements.length;
      const clamp = (n: number) => Math.max(0, Math.min(length, n < 0 ? length + n : n));
      const start = clamp(selector.start ?? (selector.step > 0 ? 0 : length - 1));
      const end = clamp(selector.end ?? (selector.step > 0 ? length : -length - 1));
      const out: Value[] = [];
      if (selector.step > 0)
        for (let k = start; k < end; k += selector.step) out.push(value.elements[k] as Value);
      else
        for (let k = Math.min(start, length - 1); k > end; k += selector.step)
          out.push(value.elements[k] as Value);
      return out;
    }
    case 'filter':
      return children(value).filter((child) => test(selector.test, child, root));
  }
}

function operandValues(operand: Operand, current: Value, root: Value): (Value | RegExp)[] {
  if (operand.kind === 'literal') return [operand.value];
  return select([operand.root === '@' ? current : root], operand.selectors, root);
}

function compare(operator: string, left: Value | RegExp, right: Value | RegExp): boolean {
  if (left instanceof RegExp) return false;
  if (right instanceof RegExp) return operator === '=~' && left.type === 'string' && right.test(left.value);
  if (operator === '==') return valuesEqual(left, right) === true;
  if (operator === '!=') return valuesEqual(left, right) !== true;
  let order: number | undefined;
  if (left.type === 'number' && right.type === 'number')
    order = Math.sign(toFloat64(left) - toFloat64(right));
  else if (left.type === 'string' && right.type === 'string') order = compareBytes(left.value, right.value);
  if (order === undefined) return false;
  return operator === '<'
    ? order < 0
    : operator === '<='
      ? order <= 0
      : operator === '>'
        ? order > 0
        : order >= 0;
}

function test(filter: Filter, current: Value, root: Value): boolean {
  switch (filter.kind) {
    case 'exists':
      return operandValues(filter.operand, current, root).length > 0;
    case 'not':
      return !test(filter.inner, current, root);
    case 'and':
      return test(filter.left, current, root) && test(filter.right, current, root);
    case 'or':
      return test(filter.left, current, root) || test(filter.right, current, root);
    case 'compare': {
      const left = operandValues(filter.left, current, root);
      const right = operandValues(filter.right, current, root);
      return left.some((l) => right.some((r) => compare(filter.operator, l, r)));
    }
  }
}

export const jsonPath = typedFunction(
  { hostType: 'func(string, string) ([]interface {}, error)', params: [STRING, STRING] },
  ([json, path]) => {
    const selectors = new PathParser(path?.type === 'string' ? path.value : '').path();
    let document: Value;
    try {
      document = decodeJson(json?.type === 'string' ? json.value : '', 'integer-when-integral');
    } catch (error) {
      if (error instanceof JsonError) throw new FunctionError(error.message);
      throw error;
    }
    return array(select([document], selectors, document));
  },
);
