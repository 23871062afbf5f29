import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, printExpression } from './format';
import { parse, parseExpression } from './parser';
import { printFile } from './printer/print';

const CONFORMANCE = join(__dirname, '../../test/fixtures/conformance/alloy-syntax');
const PRINTER = join(CONFORMANCE, 'printer');

type FormatVector = {
  id: string;
  input: string;
  output?: string;
  alloyFmtOutput?: string;
  expectErrorContains?: string;
};

const vectors = (
  JSON.parse(readFileSync(join(CONFORMANCE, 'vectors.json'), 'utf8')) as { format: FormatVector[] }
).format;

/** The printer output: `alloy fmt`'s text without its final newline. */
function printed(source: string): string {
  const { ast, diagnostics, lines } = parse(source);
  expect(diagnostics).toEqual([]);
  return printFile(ast, lines);
}

describe('printer testdata', () => {
  const inputs = readdirSync(PRINTER).filter((name) => name.endsWith('.in'));
  const read = (name: string) => readFileSync(join(PRINTER, name), 'utf8');

  it.each(inputs)('%s', (name) => {
    const base = name.slice(0, -'.in'.length);
    const input = read(name);
    if (existsSync(join(PRINTER, `${base}.expect`))) {
      expect(printed(input)).toBe(read(`${base}.expect`).replace(/\s+$/u, ''));
    } else {
      const expected = read(`${base}.error`).replace(/\r\n/g, '\n');
      const result = format(input);
      expect(result.text).toBe(input);
      expect(result.diagnostics.map((d) => d.message).join('\n')).toContain(expected);
    }
  });
});

describe('format vectors', () => {
  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const result = format(vector.input);
    if (vector.output !== undefined) {
      expect(printed(vector.input)).toBe(vector.output);
      expect(result).toEqual({ text: vector.alloyFmtOutput, diagnostics: [] });
    } else {
      expect(result.text).toBe(vector.input);
      expect(result.diagnostics.map((d) => d.message).join('\n')).toContain(vector.expectErrorContains);
    }
  });
});

describe('format', () => {
  it('returns a file with syntax errors unchanged, with its diagnostics', () => {
    const result = format('a = \n');
    expect(result.text).toBe('a = \n');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['expected expression, got EOF']);
  });

  it('formats chains and lines far longer than the call stack is deep', () => {
    const terms = Array.from({ length: 20_000 }, (_, i) => `k${i}`);
    const sum = `x = ${terms.join(' + ')}`;
    expect(format(sum + '\n').text).toBe(sum + '\n');
    const access = `x = a${'.b[0](1)'.repeat(20_000)}`;
    expect(format(access + '\n').text).toBe(access + '\n');
    const object = `x = {${terms.map((key) => `${key} = 1`).join(', ')}}`;
    expect(format(object + '\n').text).toBe(object + '\n');
  });

  it('is idempotent on formatted output', () => {
    const once = format('a {\nb = [1,\n2]\n// c\nccc = {x = 1, yy = 2}\n}\n').text;
    expect(format(once).text).toBe(once);
  });
});

describe('printExpression', () => {
  const print = (source: string) => {
    const { expression, diagnostics, lines } = parseExpression(source);
    expect(diagnostics).toEqual([]);
    return printExpression(expression, lines);
  };

  it('prints an expression as the formatter would, without a newline', () => {
    expect(print('a . b [ 0 ]( 1 ,2 )')).toBe('a.b[0](1, 2)');
    expect(print('{ a = 1,\nbbb = [\n1,\n] }')).toBe('{a = 1,\n\tbbb = [\n\t\t1,\n\t],\n}');
  });

  it('needs no source lines for an expression on one line', () => {
    const { expression } = parseExpression('-x + f(1, "s")');
    expect(printExpression(expression)).toBe('-x + f(1, "s")');
  });
});
