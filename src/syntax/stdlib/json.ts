/**
 * JSON as Go's encoding/json reads and writes it: decoding reports Go's
 * syntax-error messages, numbers decode as floats, duplicate keys keep the
 * last value; encoding sorts keys, escapes `<`, `>` and `&`, and writes
 * floats the way Go does.
 */
import { NULL, array, bool, float, int, object, string, type Value } from '../value';
import { formatFloat } from '../eval/float-format';
import { goQuote } from '../eval/go-quote';
import { compareCodePoints } from '../eval/print-value';

export class JsonError extends Error {}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Go's quoteChar: the offending character in a syntax-error message. */
function quoteChar(char: string): string {
  if (char === "'") return "'\\''";
  if (char === '"') return "'\"'";
  const quoted = goQuote(char);
  return "'" + quoted.slice(1, -1) + "'";
}

/** How to read numbers: always as floats (encoding/json) or as integers when integral (ojg). */
export type NumberMode = 'float' | 'integer-when-integral';

class JsonReader {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly numbers: NumberMode,
  ) {}

  private fail(context: string): never {
    if (this.i >= this.text.length) throw new JsonError('unexpected end of JSON input');
    const char = String.fromCodePoint(this.text.codePointAt(this.i) ?? 0);
    throw new JsonError(`invalid character ${quoteChar(char)} ${context}`);
  }

  private skipWhitespace(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text[this.i] as string)) this.i++;
  }

  document(): Value {
    const value = this.value();
    this.skipWhitespace();
    if (this.i < this.text.length) this.fail('after top-level value');
    return value;
  }

  private value(): Value {
    this.skipWhitespace();
    const char = this.text[this.i];
    switch (char) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return string(this.string());
      case 't':
        return this.literal('true', bool(true));
      case 'f':
        return this.literal('false', bool(false));
      case 'n':
        return this.literal('null', NULL);
      default:
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
        return this.fail('looking for beginning of value');
    }
  }

  private literal(word: string, value: Value): Value {
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.text[this.i] !== word[k]) this.fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    return value;
  }

  private object(): Value {
    this.i++;
    const fields = new Map<string, Value>();
    this.skipWhitespace();
    if (this.text[this.i] === '}') {
      this.i++;
      return object(fields);
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.i] !== '"') this.fail('looking for beginning of object key string');
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.i] !== ':') this.fail('after object key');
      this.i++;
      fields.set(key, this.value());
      this.skipWhitespace();
      const next = this.text[this.i];
      this.i++;
      if (next === '}') return object(fields);
      if (next !== ',') {
        this.i--;
        this.fail('after object key:value pair');
      }
    }
  }

  private array(): Value {
    this.i++;
    const elements: Value[] = [];
    this.skipWhitespace();
    if (this.text[this.i] === ']') {
      this.i++;
      return array(elements);
    }
    for (;;) {
      elements.push(this.value());
      this.skipWhitespace();
      const next = this.text[this.i];
      this.i++;
      if (next === ']') return array(elements);
      if (next !== ',') {
        this.i--;
        this.fail('after array element');
      }
    }
  }

  private string(): string {
    this.i++;
    let out = '';
    for (;;) {
      const char = this.text[this.i];
      if (char === undefined) this.fail('in string literal');
      if (char === '"') {
        this.i++;
        return out;
      }
      if (char === '\\') {
        this.i++;
        out += this.escape();
        continue;
      }
      const code = char.charCodeAt(0);
      if (code < 0x20) this.fail('in string literal');
      // A lone surrogate stands for a byte that is not UTF-8; Go decodes it as U+FFFD.
      const pair = this.text.codePointAt(this.i) ?? code;
      const width = pair > 0xffff ? 2 : 1;
      out +=
        code >= 0xd800 && code <= 0xdfff && width === 1 ? '\ufffd' : this.text.slice(this.i, this.i + width);
      this.i += width;
    }
  }

  private escape(): string {
    const char = this.text[this.i];
    const simple = char === undefined ? undefined : SIMPLE_ESCAPES[char];
    if (simple !== undefined) {
      this.i++;
      return simple;
    }
    if (char !== 'u') this.fail('in string escape code');
    this.i++;
    const first = this.hex4();
    if (first >= 0xd800 && first < 0xdc00 && this.text.startsWith('\\u', this.i)) {
      const save = this.i;
      this.i += 2;
      const second = this.hex4();
      if (second >= 0xdc00 && second <= 0xdfff)
        return String.fromCodePoint(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00));
      this.i = save;
    }
    return first >= 0xd800 && first <= 0xdfff ? '\ufffd' : String.fromCharCode(first);
  }

  private hex4(): number {
    let value = 0;
    for (let k = 0; k < 4; k++) {
      const char = this.text[this.i] ?? '';
      if (!/^[0-9a-fA-F]$/.test(char)) this.fail('in \\u hexadecimal character escape');
      value = value * 16 + parseInt(char, 16);
      this.i++;
    }
    return value;
  }

  private number(): Value {
    const start = this.i;
    const digit = () => /[0-9]/.test(this.text[this.i] ?? '');
    if (this.text[this.i] === '-') {
      this.i++;
      if (!digit()) this.fail('in numeric literal');
    }
    if (this.text[this.i] === '0') this.i++;
    else while (digit()) this.i++;
    let integral = true;
    if (this.text[this.i] === '.') {
      integral = false;
      this.i++;
      if (!digit()) this.fail('after decimal point in numeric literal');
      while (digit()) this.i++;
    }
    if (this.text[this.i] === 'e' || this.text[this.i] === 'E') {
      integral = false;
      this.i++;
      if (this.text[this.i] === '+' || this.text[this.i] === '-') this.i++;
      if (!digit()) this.fail('in exponent of numeric literal');
      while (digit()) this.i++;
    }
    const literal = this.text.slice(start, this.i);
    if (integral && this.numbers === 'integer-when-integral') {
      const parsed = BigInt(literal);
      if (parsed >= -(1n << 63n) && parsed < 1n << 63n) return int(parsed);
    }
    const parsed = Number(literal);
    if (!Number.isFinite(parsed))
      throw new JsonError(`json: cannot unmarshal number ${literal} into Go value of type float64`);
    return float(parsed);
  }
}

/** Decodes JSON text; throws `JsonError` with Go's message. */
export function decodeJson(text: string, numbers: NumberMode = 'float'): Value {
  return new JsonReader(text, numbers).document();
}

/** A JSON string as Go writes it: HTML-sensitive characters and U+2028/U+2029 escaped. */
function jsonString(text: string): string {
  let out = '"';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += '\\' + char;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (cp < 0x20 || char === '<' || char === '>' || char === '&' || cp === 0x2028 || cp === 0x2029) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else out += char;
  }
  return out + '"';
}

/** A float as encoding/json writes it: plain decimals, exponent form below 1e-6 and from 1e21. */
function jsonFloat(value: number): string {
  if (!Number.isFinite(value)) throw new JsonError(`json: unsupported value: ${formatFloat(value, 'g', -1)}`);
  const abs = Math.abs(value);
  if (abs === 0 || (abs >= 1e-6 && abs < 1e21)) return formatFloat(value, 'f', -1);
  return formatFloat(value, 'e', -1).replace(/e([+-])0(\d)$/, 'e$1$2');
}

/** Encodes a value as compact JSON (keys sorted); throws `JsonError` for what JSON cannot hold. */
export function encodeJson(value: Value): string {
  switch (value.type) {
    case 'null':
    case 'unknown':
      return 'null';
    case 'bool':
      return String(value.value);
    case 'number':
      return value.kind === 'float' ? jsonFloat(value.value) : value.value.toString();
    case 'string':
      return jsonString(value.value);
    case 'array':
      return `[${value.elements.map(encodeJson).join(',')}]`;
    case 'object': {
      const keys = [...value.fields.keys()].sort(compareCodePoints);
      return `{${keys.map((key) => `${jsonString(key)}:${encodeJson(value.fields.get(key) as Value)}`).join(',')}}`;
    }
    case 'function':
      throw new JsonError(`json: unsupported type: ${value.hostType}`);
    case 'capsule':
      if (value.kind === 'secret') return jsonString(value.value);
      if (value.kind === 'optionalSecret')
        return `{"IsSecret":${value.isSecret},"Value":${jsonString(value.value)}}`;
      throw new JsonError(`json: unsupported type: ${value.hostType}`);
  }
}
