import { describe, expect, it } from 'vitest';
import {
  convertTo,
  evaluate,
  evaluateExpression,
  parseTarget,
  printValue,
  values,
  type Value,
} from './evaluate';
import { parse } from './parser';

const show = (value: Value) => printValue(value);

describe('unknown values', () => {
  const scope = { variables: { x: values.unknown('component export') } };

  it.each([
    'x + 1',
    '1 + x',
    '!x',
    '-x',
    'x.a.b',
    'x[0]',
    '[1][x]',
    'x()',
    '[x] == [1]',
    'x == x',
    'string.join([x], ",")',
    'string.format("%s", x)',
    'array.concat([1], x)',
    'coalesce("", x)',
    'encoding.from_json(x).a',
    'json_path(x, ".a")',
  ])('%s is unknown without a diagnostic', (source) => {
    const result = evaluate(source, scope);
    expect(result.diagnostics).toEqual([]);
    expect(result.value.type).toBe('unknown');
  });

  it('keeps known parts around unknown ones', () => {
    expect(show(evaluate('[x, 1]', scope).value)).toBe('[(unknown), 1]');
    expect(show(evaluate('coalesce("a", x)', scope).value)).toBe('"a"');
  });

  it('reads environment variables and constants as unknown when the scope has none', () => {
    expect(evaluate('sys.env("HOME")').value.type).toBe('unknown');
    expect(evaluate('constants.os').value.type).toBe('unknown');
    expect(evaluate('constants.nope').diagnostics[0]?.message).toBe('field "nope" does not exist');
  });

  it('still reports errors that do not depend on the unknown', () => {
    expect(evaluate('x + nope', scope).diagnostics[0]?.message).toBe('identifier "nope" does not exist');
    expect(evaluate('string.join(x)', scope).diagnostics[0]?.message).toBe(
      'string.join expected 2 args, got 1',
    );
  });
});

describe('scope', () => {
  it('resolves nested exports and lets scope names shadow the standard library', () => {
    const exports = values.object({
      targets: values.array([values.object({ __address__: values.string('a:1') })]),
    });
    const scope = {
      variables: {
        prometheus: values.object({ exporter: values.object({ self: values.object({ alloy: exports }) }) }),
        concat: values.int(1n),
      },
    };
    expect(show(evaluate('prometheus.exporter.self.alloy.targets[0].__address__', scope).value)).toBe(
      '"a:1"',
    );
    const shadowed = evaluate('concat', scope);
    expect(shadowed.diagnostics).toEqual([]);
    expect(show(shadowed.value)).toBe('1');
  });

  it('reads sys.env from the given environment', () => {
    const scope = { environment: { HOST: 'box', UNSET: null } };
    expect(show(evaluate('sys.env("HOST")', scope).value)).toBe('"box"');
    expect(show(evaluate('sys.env("UNSET")', scope).value)).toBe('""');
  });

  it('warns about deprecated names, naming the replacement', () => {
    const result = evaluate('concat([1], [2])');
    expect(show(result.value)).toBe('[1, 2]');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'deprecated' });
    expect(result.diagnostics[0]?.message).toContain('array.concat');
    expect(result.diagnostics[0]?.range.end.column).toBe(7);
  });
});

describe('evaluateExpression', () => {
  it('reports errors at the ranges of the nodes in their file', () => {
    const source = 'a {\n  x = [1, 2] + "a"\n}\n';
    const { ast, lines } = parse(source);
    const block = ast.body[0];
    const attribute = block?.kind === 'Block' ? block.body[0] : undefined;
    if (attribute?.kind !== 'Attribute') throw new Error('expected an attribute');
    const [error] = evaluateExpression(attribute.value, {}, { lines }).diagnostics;
    expect(error?.message).toBe('[1, 2] should be one of [number string capsule] for binop +, got array');
    expect(error?.range.start).toEqual({ offset: 10, line: 2, column: 7 });
    expect(error?.range.end).toEqual({ offset: 16, line: 2, column: 13 });
  });

  it('keeps exact offsets without the lines of the source, counting it as one line', () => {
    const { ast } = parse('a {\n  x = nope\n}\n');
    const block = ast.body[0];
    const attribute = block?.kind === 'Block' ? block.body[0] : undefined;
    if (attribute?.kind !== 'Attribute') throw new Error('expected an attribute');
    const [error] = evaluateExpression(attribute.value).diagnostics;
    expect(error?.message).toBe('identifier "nope" does not exist');
    expect(error?.range).toEqual({
      start: { offset: 10, line: 1, column: 11 },
      end: { offset: 14, line: 1, column: 15 },
    });
  });

  it('converts for a target and names the culprit of a failed conversion', () => {
    expect(show(evaluate('"12"', {}, { target: parseTarget('number') }).value)).toBe('12');
    expect(show(evaluate('"1h30m"', {}, { target: parseTarget('duration') }).value)).toBe('"1h30m0s"');
    const failed = evaluate('["a", true]', {}, { target: parseTarget('list(string)') });
    expect(failed.diagnostics[0]?.message).toBe('true should be string, got bool');
    expect(evaluate('"soon"', {}, { target: parseTarget('duration') }).diagnostics[0]?.message).toBe(
      '"soon" time: invalid duration "soon"',
    );
  });

  it('never throws, whatever the input', () => {
    for (const source of ['', ')))', '{a = }', '1 +', '"abc', 'a.b.c(', '[1, 2][', 'f(,)']) {
      const result = evaluate(source);
      expect(result.value.type).toBe('unknown');
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('convertTo and parseTarget', () => {
  it('reads documented type names', () => {
    expect(parseTarget('map(list(secret))')).toEqual({
      kind: 'map',
      element: { kind: 'list', element: { kind: 'secret' } },
    });
    expect(parseTarget('list(otelcol.Consumer)')).toEqual({
      kind: 'list',
      element: { kind: 'capsule', hostType: 'otelcol.Consumer' },
    });
    expect(parseTarget('[]string')).toEqual({ kind: 'list', element: { kind: 'string' } });
    expect(parseTarget('string or secret')).toEqual({ kind: 'optionalSecret' });
  });

  it('converts like an assignment and explains failures', () => {
    const list = convertTo(values.array([values.int(1n), values.string('2')]), parseTarget('list(string)'));
    expect(list.ok && show(list.value)).toBe('["1", "2"]');
    expect(convertTo(values.string('x'), parseTarget('list(string)'))).toEqual({
      ok: false,
      message: 'should be array, got string',
    });
    expect(convertTo(values.array([values.bool(true)]), parseTarget('list(string)'))).toEqual({
      ok: false,
      message: '[0] should be string, got bool',
    });
  });

  it('matches host capsules by type', () => {
    const consumer = values.hostCapsule('otelcol.Consumer');
    expect(show(consumer)).toBe('capsule("otelcol.Consumer")');
    expect(convertTo(consumer, parseTarget('otelcol.Consumer')).ok).toBe(true);
    expect(convertTo(consumer, parseTarget('LogsReceiver'))).toEqual({
      ok: false,
      message: 'expected capsule("LogsReceiver"), got capsule("otelcol.Consumer")',
    });
  });

  it('reads fields of capsules that present themselves as objects', () => {
    const receiver = values.hostCapsule('receiver', values.object({ name: values.string('r') }, true));
    const scope = { variables: { receiver } };
    expect(show(evaluate('receiver.name', scope).value)).toBe('"r"');
    expect(show(evaluate('receiver["missing"]', scope).value)).toBe('null');
    expect(evaluate('receiver.missing', scope).diagnostics[0]?.message).toBe(
      'field "missing" does not exist',
    );
  });
});
