/**
 * The part of Go's text/template that `stage.template` and `stage.replace`
 * configs use: text with `{{ … }}` actions (and `{{-`/`-}}` trimming),
 * fields of the data map (`.Value`, `.level`), string and number literals,
 * pipelines (`.Value | ToUpper`), function calls, parentheses, and
 * `if`/`else if`/`else`/`end`. Functions are Loki's template helpers plus
 * the Go builtins that matter for strings. Anything else is rejected when
 * the template is compiled, with a message naming it.
 */
import { expand, goRegexp } from '../formats/go-regexp';

export type TemplateData = ReadonlyMap<string, string>;

export class TemplateError extends Error {}

type Value = string | number | boolean | undefined;

type Operand =
  | { kind: 'field'; name: string | null }
  | { kind: 'literal'; value: Value }
  | { kind: 'call'; name: string }
  | { kind: 'pipeline'; pipeline: Pipeline };
type Command = Operand[];
type Pipeline = Command[];

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipeline: Pipeline }
  | { kind: 'if'; branches: { condition: Pipeline; body: Node[] }[]; otherwise: Node[] };

export type Template = (data: TemplateData) => string;

/** Compiles a template; throws TemplateError for syntax or features not simulated. */
export function compileTemplate(source: string): Template {
  const nodes = parseNodes(tokenize(source));
  return (data) => render(nodes, data);
}

type Token = { kind: 'text'; text: string } | { kind: 'action'; body: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let rest = source;
  while (rest !== '') {
    const open = rest.indexOf('{{');
    if (open < 0) {
      tokens.push({ kind: 'text', text: rest });
      break;
    }
    let text = rest.slice(0, open);
    let body = rest.slice(open + 2);
    if (body.startsWith('- ')) {
      text = text.trimEnd();
      body = body.slice(1);
    }
    const close = body.indexOf('}}');
    if (close < 0) throw new TemplateError('unclosed action');
    let inner = body.slice(0, close);
    rest = body.slice(close + 2);
    if (inner.endsWith(' -')) {
      inner = inner.slice(0, -1);
      rest = rest.trimStart();
    }
    if (text !== '') tokens.push({ kind: 'text', text });
    const trimmed = inner.trim();
    if (!(trimmed.startsWith('/*') && trimmed.endsWith('*/'))) tokens.push({ kind: 'action', body: trimmed });
  }
  return tokens;
}

function parseNodes(tokens: Token[]): Node[] {
  let index = 0;
  const parseList = (terminators: readonly string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (index < tokens.length) {
      const token = tokens[index++] as Token;
      if (token.kind === 'text') {
        nodes.push({ kind: 'text', text: token.text });
        continue;
      }
      const keyword = /^(if|else if|else|end|range|with|define|template|block)\b/.exec(token.body)?.[1];
      if (keyword === undefined) {
        nodes.push({ kind: 'action', pipeline: parsePipeline(token.body) });
        continue;
      }
      if (terminators.includes(keyword)) {
        index--;
        return { nodes, end: keyword };
      }
      if (keyword !== 'if') throw new TemplateError(`{{${keyword}}} is not simulated`);
      nodes.push(parseIf(token.body.slice(2)));
    }
    return { nodes, end: '' };
  };
  const parseIf = (condition: string): Node => {
    const branches = [{ condition: parsePipeline(condition), body: [] as Node[] }];
    let otherwise: Node[] = [];
    for (;;) {
      const { nodes, end } = parseList(['else if', 'else', 'end']);
      (branches[branches.length - 1] as { body: Node[] }).body = nodes;
      const token = tokens[index++] as Token & { kind: 'action' };
      if (end === 'end') return { kind: 'if', branches, otherwise };
      if (end === 'else if') {
        branches.push({ condition: parsePipeline(token.body.slice('else if'.length)), body: [] });
        continue;
      }
      if (end === 'else') {
        const rest = parseList(['end']);
        otherwise = rest.nodes;
        if (rest.end !== 'end') throw new TemplateError('unexpected EOF');
        index++;
        return { kind: 'if', branches, otherwise };
      }
      throw new TemplateError('unexpected EOF');
    }
  };
  const { nodes, end } = parseList([]);
  if (end !== '') throw new TemplateError(`unexpected {{${end}}}`);
  return nodes;
}

const OPERAND =
  /\s*(?:(\.[A-Za-z_][\w]*|\.)|("(?:[^"\\]|\\.)*")|(`[^`]*`)|(-?\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(\()|(\))|(\|))/y;

function parsePipeline(text: string): Pipeline {
  OPERAND.lastIndex = 0;
  let position = 0;
  const next = (): RegExpExecArray | null => {
    if (/^\s*$/.test(text.slice(position))) return null;
    OPERAND.lastIndex = position;
    const match = OPERAND.exec(text);
    if (!match) throw new TemplateError(`unexpected "${text.slice(position).trim()}" in template`);
    position = OPERAND.lastIndex;
    return match;
  };
  const parse = (nested: boolean): Pipeline => {
    const pipeline: Pipeline = [];
    let command: Command = [];
    for (;;) {
      const match = next();
      if (!match || match[7]) {
        if (match && !nested) throw new TemplateError('unexpected ")" in template');
        if (!match && nested) throw new TemplateError('unclosed left paren');
        break;
      }
      if (match[8]) {
        if (command.length === 0) throw new TemplateError('missing value for command');
        pipeline.push(command);
        command = [];
      } else if (match[1]) command.push({ kind: 'field', name: match[1] === '.' ? null : match[1].slice(1) });
      else if (match[2]) command.push({ kind: 'literal', value: JSON.parse(match[2]) as string });
      else if (match[3]) command.push({ kind: 'literal', value: match[3].slice(1, -1) });
      else if (match[4]) command.push({ kind: 'literal', value: Number(match[4]) });
      else if (match[5] === 'true' || match[5] === 'false')
        command.push({ kind: 'literal', value: match[5] === 'true' });
      else if (match[5]) {
        if (!(match[5] in FUNCTIONS)) throw new TemplateError(`function "${match[5]}" not defined`);
        command.push({ kind: 'call', name: match[5] });
      } else if (match[6]) command.push({ kind: 'pipeline', pipeline: parse(true) });
    }
    if (command.length === 0) throw new TemplateError('missing value for command');
    pipeline.push(command);
    return pipeline;
  };
  return parse(false);
}

function render(nodes: readonly Node[], data: TemplateData): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'action') out += print(runPipeline(node.pipeline, data));
    else {
      const branch = node.branches.find((candidate) => truthy(runPipeline(candidate.condition, data)));
      out += render(branch ? branch.body : node.otherwise, data);
    }
  }
  return out;
}

function runPipeline(pipeline: Pipeline, data: TemplateData): Value {
  let previous: Value | typeof NONE = NONE;
  for (const command of pipeline) previous = runCommand(command, data, previous);
  return previous === NONE ? undefined : previous;
}

const NONE = Symbol('none');

function runCommand(command: Command, data: TemplateData, piped: Value | typeof NONE): Value {
  const [head, ...rest] = command;
  const evaluate = (operand: Operand): Value => {
    switch (operand.kind) {
      case 'field':
        return operand.name === null ? undefined : data.get(operand.name);
      case 'literal':
        return operand.value;
      case 'pipeline':
        return runPipeline(operand.pipeline, data);
      case 'call':
        return callFunction(operand.name, []);
    }
  };
  if (head?.kind === 'call') {
    const args = rest.map(evaluate);
    if (piped !== NONE) args.push(piped);
    return callFunction(head.name, args);
  }
  if (rest.length > 0 || piped !== NONE) throw new TemplateError("can't give argument to non-function");
  return head ? evaluate(head) : undefined;
}

function text(value: Value): string {
  return value === undefined ? '' : String(value);
}

const FUNCTIONS: Readonly<Record<string, (...args: Value[]) => Value>> = {
  ToLower: (s) => text(s).toLowerCase(),
  ToUpper: (s) => text(s).toUpperCase(),
  Replace: (s, old, replacement, n) => replaceN(text(s), text(old), text(replacement), Number(n ?? -1)),
  Trim: (s, cutset) => trimCutset(text(s), text(cutset), true, true),
  TrimLeft: (s, cutset) => trimCutset(text(s), text(cutset), true, false),
  TrimRight: (s, cutset) => trimCutset(text(s), text(cutset), false, true),
  TrimPrefix: (s, prefix) =>
    text(s).startsWith(text(prefix)) ? text(s).slice(text(prefix).length) : text(s),
  TrimSuffix: (s, suffix) =>
    text(suffix) !== '' && text(s).endsWith(text(suffix)) ? text(s).slice(0, -text(suffix).length) : text(s),
  TrimSpace: (s) => text(s).trim(),
  regexReplaceAll: (pattern, s, replacement) =>
    regexReplace(text(pattern), text(s), text(replacement), false),
  regexReplaceAllLiteral: (pattern, s, replacement) =>
    regexReplace(text(pattern), text(s), text(replacement), true),
  eq: (a, ...others) => others.some((other) => other === a),
  ne: (a, b) => a !== b,
  not: (a) => !truthy(a),
  and: (...args) => args.find((arg) => !truthy(arg)) ?? args[args.length - 1],
  or: (...args) => args.find((arg) => truthy(arg)) ?? args[args.length - 1],
  len: (s) => text(s).length,
  print: (...args) => args.map(print).join(''),
};

function callFunction(name: string, args: Value[]): Value {
  const fn = FUNCTIONS[name];
  if (!fn) throw new TemplateError(`function "${name}" not defined`);
  return fn(...args);
}

function truthy(value: Value): boolean {
  return value !== undefined && value !== '' && value !== 0 && value !== false;
}

/** A missing map key prints as Go prints a missing interface value. */
function print(value: Value): string {
  return value === undefined ? '<no value>' : String(value);
}

function replaceN(s: string, old: string, replacement: string, n: number): string {
  if (n < 0) return s.split(old).join(replacement);
  let out = s;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const at = out.indexOf(old, from);
    if (at < 0) break;
    out = out.slice(0, at) + replacement + out.slice(at + old.length);
    from = at + replacement.length;
  }
  return out;
}

function trimCutset(s: string, cutset: string, left: boolean, right: boolean): string {
  let start = 0;
  let end = s.length;
  while (left && start < end && cutset.includes(s[start] as string)) start++;
  while (right && end > start && cutset.includes(s[end - 1] as string)) end--;
  return s.slice(start, end);
}

function regexReplace(pattern: string, s: string, replacement: string, literal: boolean): string {
  const regex = goRegexp(pattern, { all: true });
  if (!regex) throw new TemplateError(`error parsing regexp: ${pattern}`);
  let out = '';
  let last = 0;
  for (const match of s.matchAll(regex)) {
    out += s.slice(last, match.index) + (literal ? replacement : expand(replacement, match));
    last = match.index + match[0].length;
  }
  return out + s.slice(last);
}
