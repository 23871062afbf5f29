/**
 * YAML as `encoding.from_yaml` reads it (Go's gopkg.in/yaml.v3 decoding into
 * `any`): block and flow collections, plain, quoted and block scalars,
 * anchors, aliases, merge keys and the core tags. Plain scalars resolve like
 * yaml.v3 (`0x10`, `0o10`, `1_000` are ints, `yes` is a string, `~` is null,
 * dates become RFC 3339 strings). Errors use yaml.v3's messages for the
 * common mistakes; the line numbers follow its conventions.
 */
import { goQuote } from '../eval/go-quote';
import { NULL, array, bool, float, hostCapsule, int, object, string, uint, type Value } from '../value';

export class YamlError extends Error {}

type Scalar = { kind: 'scalar'; text: string; plain: boolean; tag?: string; line: number; anchor?: string };
type Sequence = { kind: 'sequence'; items: Node[]; line: number; anchor?: string };
type Mapping = { kind: 'mapping'; entries: [Node, Node][]; line: number; anchor?: string };
type Alias = { kind: 'alias'; name: string; line: number };
type Node = Scalar | Sequence | Mapping | Alias;

/**
 * Where a message is reported. yaml.v3 prints 0-based lines of the context
 * (or, failing that, the problem), adding one for scanner errors; line 0 is
 * not printed at all.
 */
function failure(message: string, scanner: boolean, contextLine: number, problemLine: number): YamlError {
  const line = contextLine !== 0 ? contextLine : problemLine;
  const shown = line === 0 ? 0 : scanner ? line + 1 : line;
  return new YamlError(`yaml: ${shown !== 0 ? `line ${shown}: ` : ''}${message}`);
}

const BLANK = (c: string | undefined) =>
  c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
const FLOW_INDICATORS = ',[]{}';

class Parser {
  private i = 0;
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let k = 0; k < text.length; k++) if (text[k] === '\n') this.lineStarts.push(k + 1);
  }

  private line(at = this.i): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private column(at = this.i): number {
    return at - (this.lineStarts[this.line(at)] ?? 0);
  }

  /** The line of the end of input, where yaml.v3 puts a final line break if there is none. */
  private endLine(): number {
    const last = this.line(this.text.length);
    return this.column(this.text.length) === 0 ? last : last + 1;
  }

  private problemLine(): number {
    return this.i >= this.text.length ? this.endLine() : this.line();
  }

  private scannerError(message: string): YamlError {
    return failure(message, true, this.line(), this.line());
  }

  private parserError(message: string, contextStart: number): YamlError {
    return failure(message, false, this.line(contextStart), this.problemLine());
  }

  private peek(): string | undefined {
    return this.text[this.i];
  }

  private atEnd(): boolean {
    return this.i >= this.text.length;
  }

  private skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\r') this.i++;
  }

  /** Skips blanks, comments and line breaks; tabs may not indent. */
  private skipToContent(): void {
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '#') while (!this.atEnd() && this.peek() !== '\n') this.i++;
      if (this.peek() !== '\n') return;
      this.i++;
      const lineStart = this.i;
      while (this.peek() === ' ') this.i++;
      if (this.peek() === '\t' && this.restOfLineHasContent()) {
        throw this.scannerError('found character that cannot start any token');
      }
      if (this.i === lineStart) continue;
    }
  }

  private restOfLineHasContent(): boolean {
    for (let k = this.i; k < this.text.length && this.text[k] !== '\n'; k++) {
      const c = this.text[k];
      if (c === '#') return false;
      if (c !== ' ' && c !== '\t' && c !== '\r') return true;
    }
    return false;
  }

  private atLineEnd(): boolean {
    this.skipSpaces();
    return this.atEnd() || this.peek() === '\n' || this.peek() === '#';
  }

  private atDocumentMarker(): boolean {
    if (this.column() !== 0) return false;
    const marker = this.text.slice(this.i, this.i + 3);
    return (marker === '---' || marker === '...') && BLANK(this.text[this.i + 3]);
  }

  /** The first document of the stream; null when it is empty. */
  document(): Node | undefined {
    this.skipToContent();
    while (this.peek() === '%' && this.column() === 0) {
      while (!this.atEnd() && this.peek() !== '\n') this.i++;
      this.skipToContent();
    }
    if (this.atDocumentMarker() && this.text.startsWith('---', this.i)) {
      this.i += 3;
      this.skipToContent();
    }
    if (this.atEnd() || this.atDocumentMarker()) return undefined;
    const node = this.blockNode(-1);
    this.skipToContent();
    if (!this.atEnd() && !this.atDocumentMarker())
      throw this.parserError('did not find expected <document start>', this.i);
    return node;
  }

  private emptyScalar(): Scalar {
    return { kind: 'scalar', text: '', plain: true, line: this.line() + 1 };
  }

  /** A node in block context whose content must be indented more than `parent`. */
  private blockNode(parent: number): Node {
    this.skipToContent();
    if (this.atEnd() || this.atDocumentMarker() || this.column() <= parent) return this.emptyScalar();
    const { anchor, tag } = this.properties();
    if (anchor !== undefined || tag !== undefined) {
      if (this.atLineEnd()) {
        this.skipToContent();
        if (this.atEnd() || this.column() <= parent)
          return this.withProperties(this.emptyScalar(), anchor, tag);
      }
    }
    const column = this.column();
    let node: Node;
    if (this.peek() === '-' && BLANK(this.text[this.i + 1])) node = this.blockSequence(column);
    else if (this.peek() === '|' || this.peek() === '>') node = this.blockScalar(parent);
    else if (this.mappingKeyAhead()) node = this.blockMapping(column);
    else node = this.inlineNode(parent);
    return this.withProperties(node, anchor, tag);
  }

  private withProperties(node: Node, anchor: string | undefined, tag: string | undefined): Node {
    if (node.kind === 'alias') return node;
    if (tag !== undefined && node.kind === 'scalar') node = { ...node, tag };
    return anchor === undefined ? node : { ...node, anchor };
  }

  private properties(): { anchor?: string; tag?: string } {
    let anchor: string | undefined;
    let tag: string | undefined;
    while (this.peek() === '&' || this.peek() === '!') {
      const start = this.i;
      while (!BLANK(this.peek()) && !FLOW_INDICATORS.includes(this.peek() ?? '')) this.i++;
      const word = this.text.slice(start, this.i);
      if (word.startsWith('&')) anchor = word.slice(1);
      else tag = word;
      this.skipSpaces();
    }
    return { anchor, tag };
  }

  /** Whether a `key:` starts here (on this line). */
  private mappingKeyAhead(): boolean {
    let k = this.i;
    const quote = this.text[k];
    if (quote === '[' || quote === '{') return false;
    if (quote === '"' || quote === "'") {
      k++;
      while (k < this.text.length && this.text[k] !== quote && this.text[k] !== '\n') {
        k +=
          this.text[k] === '\\' && quote === '"' ? 2 : quote === "'" && this.text.startsWith("''", k) ? 2 : 1;
      }
      k++;
      while (this.text[k] === ' ' || this.text[k] === '\t') k++;
      return this.text[k] === ':' && BLANK(this.text[k + 1]);
    }
    for (; k < this.text.length && this.text[k] !== '\n'; k++) {
      if (this.text[k] === ':' && BLANK(this.text[k + 1])) return true;
      if (this.text[k] === '#' && (k === this.i || BLANK(this.text[k - 1]))) return false;
    }
    return false;
  }

  private blockMapping(column: number): Mapping {
    const start = this.i;
    const mapping: Mapping = { kind: 'mapping', entries: [], line: this.line() + 1 };
    for (;;) {
      const key = this.mappingKey();
      this.skipSpaces();
      this.i++; // ':'
      let value: Node;
      if (this.atLineEnd()) {
        this.skipToContent();
        if (
          !this.atEnd() &&
          this.column() === column &&
          this.peek() === '-' &&
          BLANK(this.text[this.i + 1])
        ) {
          value = this.blockSequence(column);
        } else {
          value = this.blockNode(column);
        }
      } else if (this.peek() === '-' && BLANK(this.text[this.i + 1])) {
        throw this.scannerError('block sequence entries are not allowed in this context');
      } else if (!'"\'&!*'.includes(this.peek() ?? '') && this.mappingKeyAhead()) {
        this.i = this.text.indexOf(':', this.i);
        throw this.scannerError('mapping values are not allowed in this context');
      } else {
        value = this.blockNode(column);
      }
      mapping.entries.push([key, value]);
      this.skipToContent();
      if (this.atEnd() || this.atDocumentMarker() || this.column() < column) return mapping;
      if (this.column() > column || !this.mappingKeyAhead()) {
        throw this.parserError('did not find expected key', start);
      }
    }
  }

  private mappingKey(): Node {
    const { anchor, tag } = this.properties();
    let key: Node;
    if (this.peek() === '"' || this.peek() === "'") key = this.quoted();
    else if (this.peek() === '*') key = this.alias();
    else {
      const line = this.line() + 1;
      const start = this.i;
      while (!(this.peek() === ':' && BLANK(this.text[this.i + 1]))) this.i++;
      key = { kind: 'scalar', text: this.text.slice(start, this.i).trimEnd(), plain: true, line };
    }
    return this.withProperties(key, anchor, tag);
  }

  private blockSequence(column: number): Sequence {
    const start = this.i;
    const sequence: Sequence = { kind: 'sequence', items: [], line: this.line() + 1 };
    for (;;) {
      this.i++; // '-'
      let item: Node;
      if (this.atLineEnd()) item = this.blockNode(column);
      else {
        const inner = this.column();
        if (this.peek() === '-' && BLANK(this.text[this.i + 1])) item = this.blockSequence(inner);
        else if (this.peek() !== '|' && this.peek() !== '>' && this.mappingKeyAhead())
          item = this.blockMapping(inner);
        else item = this.blockNode(column);
      }
      sequence.items.push(item);
      this.skipToContent();
      if (this.atEnd() || this.atDocumentMarker() || this.column() < column) return sequence;
      if (this.column() === column && !(this.peek() === '-' && BLANK(this.text[this.i + 1]))) return sequence;
      if (this.column() > column) throw this.parserError("did not find expected '-' indicator", start);
    }
  }

  /** A flow collection, quoted scalar, alias or plain scalar starting on this line. */
  private inlineNode(parent: number): Node {
    let node: Node;
    if (this.peek() === '[' || this.peek() === '{') node = this.flowCollection();
    else if (this.peek() === '"' || this.peek() === "'") node = this.quoted();
    else if (this.peek() === '*') node = this.alias();
    else if (this.peek() === '@' || this.peek() === '`' || this.peek() === '\t') {
      throw this.scannerError('found character that cannot start any token');
    } else return this.plainBlockScalar(parent);
    if (!this.atLineEnd()) {
      if (this.peek() === ':') throw this.scannerError('mapping values are not allowed in this context');
      throw this.parserError('did not find expected key', this.i);
    }
    return node;
  }

  private alias(): Alias {
    const line = this.line() + 1;
    const start = ++this.i;
    while (!BLANK(this.peek()) && !FLOW_INDICATORS.includes(this.peek() as string)) this.i++;
    return { kind: 'alias', name: this.text.slice(start, this.i), line };
  }

  /** A plain scalar in block context, folded over continuation lines indented more than `parent`. */
  private plainBlockScalar(parent: number): Scalar {
    const line = this.line() + 1;
    let value = this.plainLine();
    for (;;) {
      const save = this.i;
      let breaks = 0;
      while (!this.atEnd()) {
        this.skipSpaces();
        if (this.peek() !== '\n') break;
        breaks++;
        this.i++;
      }
      const lineStart = this.lineStarts[this.line()] ?? 0;
      const indent = this.i - lineStart;
      if (
        breaks === 0 ||
        this.atEnd() ||
        this.peek() === '#' ||
        indent <= parent ||
        this.atDocumentMarker()
      ) {
        this.i = save;
        break;
      }
      const more = this.plainLine();
      value += breaks === 1 ? ' ' + more : '\n'.repeat(breaks - 1) + more;
    }
    return { kind: 'scalar', text: value, plain: true, line };
  }

  /** One line of a plain scalar, up to a comment or the line end; `: ` is an error here. */
  private plainLine(): string {
    const start = this.i;
    while (!this.atEnd() && this.peek() !== '\n') {
      if (this.peek() === ':' && BLANK(this.text[this.i + 1])) {
        throw this.scannerError('mapping values are not allowed in this context');
      }
      if (this.peek() === '#' && BLANK(this.text[this.i - 1])) break;
      this.i++;
    }
    return this.text.slice(start, this.i).trim();
  }

  private quoted(): Scalar {
    const quote = this.peek() as string;
    const start = this.i;
    const line = this.line() + 1;
    this.i++;
    let value = '';
    for (;;) {
      if (this.atEnd()) {
        throw failure('found unexpected end of stream', true, this.line(start), this.line(this.text.length));
      }
      const c = this.peek() as string;
      if (c === quote) {
        if (quote === "'" && this.text[this.i + 1] === "'") {
          value += "'";
          this.i += 2;
          continue;
        }
        this.i++;
        return { kind: 'scalar', text: value, plain: false, line };
      }
      if (c === '\\' && quote === '"') {
        value += this.escape();
        continue;
      }
      if (c === '\n' || c === '\r') {
        value = value.replace(/[ \t]+$/, '');
        let breaks = 0;
        while (this.peek() === '\n' || this.peek() === '\r' || this.peek() === ' ' || this.peek() === '\t') {
          if (this.peek() === '\n') breaks++;
          this.i++;
        }
        value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
        continue;
      }
      value += c;
      this.i++;
    }
  }

  private escape(): string {
    this.i++;
    const c = this.peek() ?? '';
    this.i++;
    const simple = DOUBLE_QUOTED_ESCAPES[c];
    if (simple !== undefined) return simple;
    if (c === '\n') {
      while (this.peek() === ' ' || this.peek() === '\t') this.i++;
      return '';
    }
    const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    const digits = this.text.slice(this.i, this.i + width);
    if (width === 0 || !new RegExp(`^[0-9a-fA-F]{${width}}$`).test(digits)) {
      throw this.scannerError('found unknown escape character while parsing a quoted scalar');
    }
    this.i += width;
    return String.fromCodePoint(Math.min(parseInt(digits, 16), 0x10ffff));
  }

  private blockScalar(parent: number): Scalar {
    const line = this.line() + 1;
    const folded = this.peek() === '>';
    this.i++;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    let explicitIndent: number | undefined;
    while (this.peek() === '-' || this.peek() === '+' || /[1-9]/.test(this.peek() ?? '')) {
      if (this.peek() === '-') chomp = 'strip';
      else if (this.peek() === '+') chomp = 'keep';
      else explicitIndent = Number(this.peek());
      this.i++;
    }
    if (!this.atLineEnd()) throw this.scannerError('did not find expected comment or line break');
    while (!this.atEnd() && this.peek() !== '\n') this.i++;
    const lines: string[] = [];
    let indent = explicitIndent !== undefined ? Math.max(parent, 0) + explicitIndent : undefined;
    while (!this.atEnd()) {
      const lineStart = this.i + 1;
      if (lineStart >= this.text.length) break;
      const end = this.text.indexOf('\n', lineStart);
      const raw = this.text.slice(lineStart, end < 0 ? this.text.length : end).replace(/\r$/, '');
      const leading = raw.length - raw.replace(/^ +/, '').length;
      if (raw.trim() === '') {
        lines.push(raw.slice(Math.min(indent ?? leading, raw.length)));
        this.i = end < 0 ? this.text.length : end;
        continue;
      }
      indent ??= leading;
      if (leading < indent || leading <= parent) break;
      lines.push(raw.slice(indent));
      this.i = end < 0 ? this.text.length : end;
    }
    let trailing = 0;
    while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') {
      lines.pop();
      trailing++;
    }
    let body = folded ? foldLines(lines) : lines.join('\n');
    if (lines.length > 0 && chomp !== 'strip') body += '\n';
    if (chomp === 'keep') body += '\n'.repeat(trailing);
    return { kind: 'scalar', text: body, plain: false, line };
  }

  private flowCollection(): Node {
    const open = this.peek() as string;
    const close = open === '[' ? ']' : '}';
    const start = this.i;
    const line = this.line() + 1;
    this.i++;
    const items: Node[] = [];
    const entries: [Node, Node][] = [];
    for (;;) {
      this.skipToContent();
      if (this.peek() === close) {
        this.i++;
        return open === '[' ? { kind: 'sequence', items, line } : { kind: 'mapping', entries, line };
      }
      if (this.atEnd()) throw this.parserError(`did not find expected ',' or '${close}'`, start);
      const key = this.flowNode();
      this.skipToContent();
      if (this.peek() === ':') {
        this.i++;
        this.skipToContent();
        const value = this.peek() === ',' || this.peek() === close ? this.emptyScalar() : this.flowNode();
        if (open === '[') items.push({ kind: 'mapping', entries: [[key, value]], line: key.line });
        else entries.push([key, value]);
        this.skipToContent();
      } else if (open === '[') items.push(key);
      else entries.push([key, this.emptyScalar()]);
      if (this.peek() === ',') this.i++;
      else if (this.peek() !== close)
        throw this.parserError(`did not find expected ',' or '${close}'`, start);
    }
  }

  private flowNode(): Node {
    const { anchor, tag } = this.properties();
    let node: Node;
    if (this.peek() === '[' || this.peek() === '{') node = this.flowCollection();
    else if (this.peek() === '"' || this.peek() === "'") node = this.quoted();
    else if (this.peek() === '*') node = this.alias();
    else {
      const line = this.line() + 1;
      const start = this.i;
      while (
        !this.atEnd() &&
        !FLOW_INDICATORS.includes(this.peek() as string) &&
        !(
          this.peek() === ':' &&
          (BLANK(this.text[this.i + 1]) || FLOW_INDICATORS.includes(this.text[this.i + 1] as string))
        ) &&
        !(this.peek() === '#' && BLANK(this.text[this.i - 1]))
      ) {
        this.i++;
      }
      node = {
        kind: 'scalar',
        text: this.text.slice(start, this.i).replace(/\s+/g, ' ').trim(),
        plain: true,
        line,
      };
    }
    return this.withProperties(node, anchor, tag);
  }
}

const DOUBLE_QUOTED_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** Folding of `>` block scalars: single line breaks between normal lines become spaces. */
function foldLines(lines: readonly string[]): string {
  let out = '';
  let previousNormal = false;
  let pendingBreaks = 0;
  for (const line of lines) {
    if (line === '') {
      pendingBreaks++;
      continue;
    }
    const normal = !line.startsWith(' ') && !line.startsWith('\t');
    if (out !== '' || pendingBreaks > 0) {
      if (previousNormal && normal && pendingBreaks === 0) out += ' ';
      else out += '\n'.repeat(pendingBreaks + (previousNormal && normal ? 0 : 1));
    }
    out += line;
    pendingBreaks = 0;
    previousNormal = normal;
  }
  return out;
}

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Plain scalars with a fixed meaning; values are built fresh for every use. */
const FIXED_SCALARS = new Map<string, () => Value>();
const fix = (words: readonly string[], make: () => Value) =>
  words.forEach((word) => FIXED_SCALARS.set(word, make));
fix(['', '~', 'null', 'Null', 'NULL'], () => NULL);
fix(['true', 'True', 'TRUE'], () => bool(true));
fix(['false', 'False', 'FALSE'], () => bool(false));
fix(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'], () => float(Infinity));
fix(['-.inf', '-.Inf', '-.INF'], () => float(-Infinity));
fix(['.nan', '.NaN', '.NAN'], () => float(NaN));

/** Go's ParseInt/ParseUint with base 0 (prefixes 0x, 0o, 0b and a leading 0 for octal). */
function parseGoInteger(text: string): Value | undefined {
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const body = match[2] as string;
  const digits = /^0[0-7]+$/.test(body) ? '0o' + body.slice(1) : body.toLowerCase();
  let parsed = BigInt(digits);
  if (match[1] === '-') parsed = -parsed;
  if (parsed >= -(1n << 63n) && parsed < 1n << 63n) return int(parsed);
  if (parsed >= 0n && parsed < 1n << 64n && match[1] !== '+') return uint(parsed);
  return undefined;
}

/** yaml.v3's timestamp forms (`2006-1-2`, with optional time and zone), as RFC 3339 text. */
function timestamp(text: string): string | undefined {
  const match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(?:[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  let out = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const digits = (fraction ?? '').slice(1, 10).replace(/0+$/, '');
  if (digits) out += '.' + digits;
  if (zone === undefined || zone === 'Z') return out + 'Z';
  const [, sign, zoneHour, zoneMinute] = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(zone) ?? [];
  const offset = `${sign}${pad(zoneHour)}:${pad(zoneMinute)}`;
  return out + (offset === '+00:00' || offset === '-00:00' ? 'Z' : offset);
}

/** How yaml.v3 resolves a plain scalar (spec 6.5). */
function resolvePlain(text: string): Value {
  const fixed = FIXED_SCALARS.get(text);
  if (fixed) return fixed();
  const first = text[0] ?? '';
  if (first === '.') {
    const parsed = Number(text);
    return YAML_FLOAT.test(text) && !Number.isNaN(parsed) ? float(parsed) : string(text);
  }
  if (!/[-+0-9]/.test(first)) return string(text);
  const stamp = timestamp(text);
  if (stamp !== undefined) return string(stamp);
  const plain = text.replace(/_/g, '');
  const integer = parseGoInteger(plain);
  if (integer) return integer;
  if (YAML_FLOAT.test(plain)) return float(Number(plain));
  return string(text);
}

function resolveScalar(node: Scalar): Value {
  switch (node.tag) {
    case undefined:
      return node.plain ? resolvePlain(node.text) : string(node.text);
    case '!!str':
    case '!':
      return string(node.text);
    case '!!int':
    case '!!float':
    case '!!bool':
    case '!!null':
      return resolvePlain(node.text);
    default:
      return node.plain ? resolvePlain(node.text) : string(node.text);
  }
}

/** Builds values from nodes: anchors, aliases, merge keys, duplicate-key checks. */
class Decoder {
  private readonly anchors = new Map<string, Node>();
  readonly errors: string[] = [];

  value(node: Node): Value {
    if (node.kind === 'alias') {
      const target = this.anchors.get(node.name);
      if (!target) throw new YamlError(`yaml: unknown anchor '${node.name}' referenced`);
      return this.value(target);
    }
    if (node.anchor !== undefined) this.anchors.set(node.anchor, node);
    if (node.kind === 'scalar') return resolveScalar(node);
    if (node.kind === 'sequence') return array(node.items.map((item) => this.value(item)));
    return this.mapping(node);
  }

  private keyText(node: Node): string | undefined {
    return node.kind === 'scalar' ? node.text : undefined;
  }

  private mapping(node: Mapping): Value {
    node.entries.forEach(([key], i) => {
      for (const [later] of node.entries.slice(i + 1)) {
        if (
          key.kind === later.kind &&
          this.keyText(key) !== undefined &&
          this.keyText(key) === this.keyText(later)
        ) {
          this.errors.push(
            `line ${later.line}: mapping key ${goQuote(this.keyText(key) ?? '')} already defined at line ${key.line}`,
          );
        }
      }
    });
    const fields = new Map<string, Value>();
    let stringKeys = true;
    const merges: Node[] = [];
    for (const [keyNode, valueNode] of node.entries) {
      if (keyNode.kind === 'scalar' && keyNode.plain && keyNode.text === '<<' && keyNode.tag === undefined) {
        merges.push(valueNode);
        continue;
      }
      const key = this.value(keyNode);
      if (key.type !== 'string') stringKeys = false;
      // Non-string keys make the whole mapping opaque; their entries are only kept apart.
      fields.set(key.type === 'string' ? key.value : `\0${fields.size}`, this.value(valueNode));
    }
    for (const merge of merges) {
      const sources = merge.kind === 'sequence' ? merge.items : [merge];
      for (const source of sources) {
        const merged = this.value(source);
        if (merged.type !== 'object') continue;
        for (const [key, value] of merged.fields) if (!fields.has(key)) fields.set(key, value);
      }
    }
    return stringKeys ? object(fields) : hostCapsule('map[interface {}]interface {}');
  }
}

/** Decodes the first YAML document of `text`; throws `YamlError` with yaml.v3's message. */
export function decodeYaml(text: string): Value {
  const node = new Parser(text.replace(/^\ufeff/, '')).document();
  if (!node) return NULL;
  const decoder = new Decoder();
  const value = decoder.value(node);
  if (decoder.errors.length > 0)
    throw new YamlError(`yaml: unmarshal errors:\n  ${decoder.errors.join('\n  ')}`);
  return value;
}
