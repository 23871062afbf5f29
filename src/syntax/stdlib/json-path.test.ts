import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { printValue } from '../eval/print-value';

const document = JSON.stringify({
  a: { b: 1 },
  list: [1, 2, 3],
  items: [
    { name: 'x', n: 1 },
    { name: 'y', n: 2 },
  ],
});

function jsonPath(path: string): string {
  const result = evaluate(`json_path(${JSON.stringify(document)}, ${JSON.stringify(path)})`);
  const [error] = result.diagnostics;
  return error ? `error: ${error.message}` : printValue(result.value);
}

describe('json_path', () => {
  it.each([
    ['$.a.b', '[1]'],
    ['a.b', '[1]'],
    ['.list[-1]', '[3]'],
    ['.list[0:2]', '[1, 2]'],
    ['.list[*]', '[1, 2, 3]'],
    ["$['a']['b']", '[1]'],
    ['$..name', '["x", "y"]'],
    ['.items[?(@.n > 1)].name', '["y"]'],
    ['.items[?(@.name == "x" || @.n == 2)].n', '[1, 2]'],
    ['.items[?(@.name =~ /^y/)].n', '[2]'],
    ['.missing', '[]'],
  ])('%s selects %s', (path, expected) => {
    expect(jsonPath(path)).toBe(expected);
  });

  it('reports invalid JSON', () => {
    const result = evaluate('json_path("{", ".a")');
    expect(result.diagnostics[0]?.message).toBe('json_path unexpected end of JSON input');
  });
});
