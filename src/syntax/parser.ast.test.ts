import { describe, expect, it } from 'vitest';
import type { Expression, Statement } from './ast';
import type { Diagnostic } from './diagnostic';
import { characterSpan, nameSpan, operatorSpan } from './part-span';
import { MAX_NESTING, parse, parseExpression } from './parser';
import type { Span } from './span';

/** An expression as a compact S-expression, to assert on structure. */
function show(e: Expression): string {
  switch (e.kind) {
    case 'Literal':
      return e.raw;
    case 'Identifier':
      return e.name;
    case 'Array':
      return `[${e.elements.map(show).join(' ')}]`;
    case 'Object':
      return `{${e.fields.map((f) => `${f.quoted ? `"${f.name}"` : f.name}=${show(f.value)}`).join(' ')}}`;
    case 'Access':
      return `(. ${show(e.value)} ${e.name.name})`;
    case 'Index':
      return `(index ${show(e.value)} ${show(e.index)})`;
    case 'Call':
      return `(call ${[e.callee, ...e.args].map(show).join(' ')})`;
    case 'Unary':
      return `(${e.operator} ${show(e.operand)})`;
    case 'Binary':
      return `(${e.operator} ${show(e.left)} ${show(e.right)})`;
    case 'Paren':
      return `(paren ${show(e.inner)})`;
    case 'Invalid':
      return '<invalid>';
  }
}

function expr(source: string): string {
  const { expression, diagnostics } = parseExpression(source);
  expect(diagnostics).toEqual([]);
  return show(expression);
}

/** The source text a span covers. */
function text(source: string, span: Span): string {
  return source.slice(span.start, span.end);
}

/** The source text a diagnostic covers. */
function diagnosed(source: string, diagnostic: Diagnostic): string {
  return source.slice(diagnostic.range.start.offset, diagnostic.range.end.offset);
}

function statement<K extends Statement['kind']>(
  s: Statement | undefined,
  kind: K,
): Extract<Statement, { kind: K }> {
  expect(s?.kind).toBe(kind);
  return s as Extract<Statement, { kind: K }>;
}

describe('expressions', () => {
  it('binds operators by precedence, left to right except ^', () => {
    expect(expr('1 + 2 * 3 - 4')).toBe('(- (+ 1 (* 2 3)) 4)');
    expect(expr('a || b && c == d + e * f ^ g')).toBe('(|| a (&& b (== c (+ d (* e (^ f g))))))');
    expect(expr('2 ^ 3 ^ 2')).toBe('(^ 2 (^ 3 2))');
    expect(expr('1 < 2 == true')).toBe('(== (< 1 2) true)');
    expect(expr('-2 ^ 2')).toBe('(^ (- 2) 2)');
    expect(expr('!!x')).toBe('(! (! x))');
    expect(expr('1 ^ -2 ^ 3')).toBe('(^ 1 (^ (- 2) 3))');
  });

  it('applies postfix operators to any primary', () => {
    expect(expr('a.b[0](1, 2,).c')).toBe('(. (call (index (. a b) 0) 1 2) c)');
    expect(expr('{a = 1}.a')).toBe('(. {a=1} a)');
    expect(expr('[1, 2][0]')).toBe('(index [1 2] 0)');
    expect(expr('(f)(x)')).toBe('(call (paren f) x)');
  });

  it('keeps literals as written', () => {
    expect(expr('[1, 1.5, .5, 1e3, "a\\"b", `raw`, true, false, null]')).toBe(
      '[1 1.5 .5 1e3 "a\\"b" `raw` true false null]',
    );
    const { expression } = parseExpression('0755');
    expect(expression).toMatchObject({ kind: 'Literal', token: 'NUMBER', raw: '0755' });
  });

  it('reads object keys: identifiers, quoted keys without quotes, and the empty key with its quotes', () => {
    const { expression } = parseExpression('{ a = 1, "b c" = 2, `d` = 3, "" = 4 }');
    expect(expression.kind === 'Object' && expression.fields.map((f) => [f.name, f.quoted])).toEqual([
      ['a', false],
      ['b c', true],
      ['d', true],
      ['""', false],
    ]);
  });

  it('spans every node over its source text', () => {
    const source = 'f(a.b, [1], {k = -x})[0] + (y)';
    const { expression } = parseExpression(source);
    expect(text(source, expression)).toBe(source);
    if (expression.kind !== 'Binary') throw new Error('expected a binary expression');
    expect(text(source, operatorSpan(expression))).toBe('+');
    expect(text(source, expression.left)).toBe('f(a.b, [1], {k = -x})[0]');
    expect(text(source, expression.right)).toBe('(y)');
    const call = expression.left.kind === 'Index' ? expression.left.value : undefined;
    if (call?.kind !== 'Call') throw new Error('expected a call');
    expect(call.args.map((a) => text(source, a))).toEqual(['a.b', '[1]', '{k = -x}']);
    const object = call.args[2];
    if (object?.kind !== 'Object') throw new Error('expected an object');
    expect(text(source, object.fields[0]!)).toBe('k = -x');
    expect(text(source, nameSpan(object.fields[0]!))).toBe('k');
  });

  it('allows line breaks after operators and inside lists after commas', () => {
    expect(expr('1 +\n2')).toBe('(+ 1 2)');
    expect(expr('[\n  1,\n  2,\n]')).toBe('[1 2]');
    expect(expr('f(\n  1,\n)')).toBe('(call f 1)');
  });
});

describe('statements', () => {
  const source = [
    '// Scrape the app.',
    'prometheus.scrape "app" {',
    '  targets    = [{"__address__" = "app:8080"}]',
    '  forward_to = [prometheus.remote_write.default.receiver]',
    '',
    '  clustering { enabled = true }',
    '}',
    '',
    'logging {}',
    'empty "" {}',
    'level = "debug" // trailing',
  ].join('\n');
  const { ast, diagnostics, lines } = parse(source);

  it('parses without diagnostics', () => expect(diagnostics).toEqual([]));

  it('reads blocks with dotted names, labels and nested bodies', () => {
    const block = statement(ast.body[0], 'Block');
    expect(block.name).toBe('prometheus.scrape');
    expect(text(source, nameSpan(block))).toBe('prometheus.scrape');
    expect(block.label?.value).toBe('app');
    expect(text(source, block.label!)).toBe('"app"');
    expect(text(source, characterSpan(block.openBrace))).toBe('{');
    expect(text(source, characterSpan(block.closeBrace!))).toBe('}');
    expect(text(source, block)).toMatch(/^prometheus\.scrape "app" \{[\s\S]*\}$/);
    expect(block.body.map((s) => (s.kind === 'Block' ? s.name : s.name.name))).toEqual([
      'targets',
      'forward_to',
      'clustering',
    ]);
    const forward = statement(block.body[1], 'Attribute');
    expect(show(forward.value)).toBe('[(. (. (. prometheus remote_write) default) receiver)]');
    expect(text(source, forward)).toBe('forward_to = [prometheus.remote_write.default.receiver]');
    expect(text(source, forward.name)).toBe('forward_to');
  });

  it('returns the lines that place spans at lines and columns', () => {
    const forward = statement(statement(ast.body[0], 'Block').body[1], 'Attribute');
    expect(lines.range(forward.name)).toEqual({
      start: { offset: 93, line: 4, column: 3 },
      end: { offset: 103, line: 4, column: 13 },
    });
    expect(lines.position(statement(ast.body[0], 'Block').closeBrace!)).toMatchObject({
      line: 7,
      column: 1,
    });
  });

  it('treats an empty label as no label', () => {
    expect(statement(ast.body[1], 'Block').label).toBeNull();
    expect(statement(ast.body[2], 'Block').label).toBeNull();
  });

  it('keeps comments as groups', () => {
    expect(ast.comments.map((g) => g.comments.map((c) => c.text))).toEqual([
      ['// Scrape the app.'],
      ['// trailing'],
    ]);
    expect(text(source, ast.comments[1]!)).toBe('// trailing');
  });

  it('spans the file over the whole text', () => {
    expect(ast).toMatchObject({ start: 0, end: source.length });
  });

  it('locates everything by offsets alone: the tree holds no line-and-column positions', () => {
    const positions: unknown[] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if ('line' in node || 'column' in node || 'offset' in node) positions.push(node);
      Object.values(node).forEach(visit);
    };
    visit(ast);
    expect(positions).toEqual([]);
  });
});

describe('comment groups', () => {
  it('groups comments on consecutive lines and splits at blank lines and tokens', () => {
    const source = '// a\n/* b\n */ // c\n// d\n\n// e\nx = 1 // f\n// g\ny = 2 /* h */ + 3\n';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics).toEqual([]);
    expect(ast.comments.map((g) => g.comments.map((c) => c.text))).toEqual([
      ['// a', '/* b\n */', '// c', '// d'],
      ['// e'],
      ['// f', '// g'],
      ['/* h */'],
    ]);
  });

  it('removes carriage returns from comment text, not from the source range', () => {
    const source = '// a\r\nx = 1\r\n';
    const { ast } = parse(source);
    const comment = ast.comments[0]!.comments[0]!;
    expect(comment.text).toBe('// a');
    expect(text(source, comment)).toBe('// a\r');
  });
});

describe('error recovery', () => {
  it('reports each of three mistakes once and keeps every statement', () => {
    const source = [
      'a = 1 2',
      'block "x" {',
      '  inner = true',
      '}',
      'b = [1 2]',
      'c = {d = 1 e = 2}',
      'last = "ok"',
    ].join('\n');
    const { ast, diagnostics } = parse(source);
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual([
      '1:7 expected TERMINATOR, got NUMBER',
      "5:8 missing ',' in expression list",
      "6:12 missing ',' in field list",
    ]);
    expect(ast.body.map((s) => (s.kind === 'Block' ? s.name : s.name.name))).toEqual([
      'a',
      'block',
      'b',
      'c',
      'last',
    ]);
    // Like Alloy, the field after the missing comma is lost with its key.
    expect(show(statement(ast.body[3], 'Attribute').value)).toBe('{d=1}');
    expect(statement(ast.body[1], 'Block').body).toHaveLength(1);
  });

  it('keeps a block whose closing brace is missing', () => {
    const source = 'a {\n  b = 1\n  c {\n';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics.map((d) => d.message)).toEqual(['expected }, got EOF']);
    const outer = statement(ast.body[0], 'Block');
    expect(outer.closeBrace).toBeNull();
    expect(statement(outer.body[0], 'Attribute').name.name).toBe('b');
    const inner = statement(outer.body[1], 'Block');
    expect(inner.closeBrace).toBeNull();
    expect(text(source, inner)).toBe('c {');
  });

  it('puts an Invalid node where an expression is missing, covering what was skipped', () => {
    const source = 'a = 1 + + 2\nb = )\nc = f(1, )\n';
    const { ast } = parse(source);
    const a = statement(ast.body[0], 'Attribute').value;
    expect(show(a)).toBe('(+ 1 <invalid>)');
    expect(a.kind === 'Binary' && text(source, a.right)).toBe('+ 2');
    const b = statement(ast.body[1], 'Attribute').value;
    expect(b.kind).toBe('Invalid');
    expect(b.start).toEqual(b.end);
    expect(show(statement(ast.body[2], 'Attribute').value)).toBe('(call f 1)');
  });

  it('turns a block used as a value into an Invalid node', () => {
    const source = 'x = a "b" { c = 1 }\ny = 2\n';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics.map((d) => [d.message, diagnosed(source, d)])).toEqual([
      ['cannot use a block as an expression', 'a "b" { c = 1 }'],
    ]);
    expect(statement(ast.body[0], 'Attribute').value.kind).toBe('Invalid');
    expect(statement(ast.body[1], 'Attribute').name.name).toBe('y');
  });

  it('builds the attribute of a dotted or labelled name, and drops a statement it cannot read', () => {
    const { ast } = parse('a.b = 1\nc "d" = 2\n= 3\ne f\ng = 4\n');
    expect(ast.body.map((s) => s.kind === 'Attribute' && s.name.name)).toEqual(['a', 'c', 'g']);
  });

  it('measures a dotted attribute name in bytes, as Alloy does', () => {
    const source = 'é./* c */x = 1';
    const [diagnostic] = parse(source).diagnostics;
    // "é.x" is 4 bytes long: the range ends where byte 4 of the source ends.
    expect(diagnostic && diagnosed(source, diagnostic)).toBe('é./');
  });

  it('takes an unterminated label without its last byte, as Alloy does', () => {
    const messages = parse('a "日本\n').diagnostics.map((d) => d.message);
    expect(messages).toContain('expected block label to be a valid identifier, but got "日\\xe6\\x9c"');
  });

  it('gives diagnostic ranges over the offending token, zero-width at terminators and the end', () => {
    const ranges = (source: string) =>
      parse(source).diagnostics.map((d) => [d.message, diagnosed(source, d)]);
    expect(ranges('x = [1 2]')).toEqual([["missing ',' in expression list", '2']]);
    expect(ranges('y = (1\n')).toEqual([['expected ), got TERMINATOR', '']]);
    expect(ranges('z = ')).toEqual([['expected expression, got EOF', '']]);
  });

  it('consumes the token a missing closer was expected at, as Alloy does', () => {
    // The newline's terminator is taken for the `)`, so `z` seems to continue the line.
    expect(parse('y = (1\nz = 2\n').diagnostics.map((d) => d.message)).toEqual([
      'expected ), got TERMINATOR',
      'expected TERMINATOR, got IDENT',
    ]);
  });
});

describe('robustness', () => {
  it('stops at a nesting depth limit instead of exhausting the stack', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['(', ')'],
      ['{a = ', '}'],
      ['-', ''],
      ['a {\n', '}\n'],
    ] as const) {
      const deep = `x = ${open.repeat(MAX_NESTING + 10)}1${close.repeat(MAX_NESTING + 10)}`;
      const { diagnostics } = parse(deep);
      expect(diagnostics.map((d) => d.message)).toContain(
        `nesting is too deep (more than ${MAX_NESTING} levels)`,
      );
      expect(diagnostics.length).toBeLessThanOrEqual(3);
    }
    expect(parse(`x = ${'1 ^ '.repeat(MAX_NESTING + 10)}1`).diagnostics).toHaveLength(1);
  });

  it('parses nesting just under the limit', () => {
    const source = `x = ${'['.repeat(MAX_NESTING - 1)}1${']'.repeat(MAX_NESTING - 1)}`;
    expect(parse(source).diagnostics).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    const alphabet = [
      'a',
      '=',
      '{',
      '}',
      '[',
      ']',
      '(',
      ')',
      '"',
      '`',
      '\n',
      ' ',
      '.',
      ',',
      '/*',
      '//',
      '1',
      '\\',
      '\0',
      '\udc80',
    ];
    let state = 42;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      let source = '';
      for (let j = 0; j < 40; j++) source += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => parse(source), JSON.stringify(source)).not.toThrow();
      expect(() => parseExpression(source), JSON.stringify(source)).not.toThrow();
      for (const d of parse(source).diagnostics) {
        expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
        expect(d.range.end.offset).toBeLessThanOrEqual(source.length);
      }
    }
  });
});

describe('parseExpression', () => {
  it('requires the expression to make up the whole input', () => {
    expect(parseExpression('1 2').diagnostics.map((d) => d.message)).toEqual([
      'expected TERMINATOR, got NUMBER',
    ]);
    expect(parseExpression('  a.b // note\n').diagnostics).toEqual([]);
  });

  it('gives an Invalid expression for empty input', () => {
    const { expression, diagnostics } = parseExpression('');
    expect(expression.kind).toBe('Invalid');
    expect(diagnostics.map((d) => d.message)).toEqual(['expected expression, got EOF']);
  });
});
