import { describe, expect, it } from 'vitest';
import { printValue } from '../eval/print-value';
import { decodeYaml } from './yaml';

const yaml = (text: string) => printValue(decodeYaml(text));

describe('decodeYaml', () => {
  it('reads block collections, including compact and same-indent sequences', () => {
    expect(yaml('a:\n  - 1\n  - 2\nb: x')).toBe('{\n\ta = [1, 2],\n\tb = "x",\n}');
    expect(yaml('a:\n- 1\n- 2')).toBe('{\n\ta = [1, 2],\n}');
    expect(yaml('- a: 1\n  b: 2\n- c')).toBe('[{\n\ta = 1,\n\tb = 2,\n}, "c"]');
    expect(yaml('- - 1\n  - 2\n- 3')).toBe('[[1, 2], 3]');
  });

  it('reads scalars in every style', () => {
    expect(yaml('s: |\n  line1\n  line2\n')).toBe('{\n\ts = "line1\\nline2\\n",\n}');
    expect(yaml('s: >-\n  a\n  b\n')).toBe('{\n\ts = "a b",\n}');
    expect(yaml('s: |+\n  x\n\n')).toBe('{\n\ts = "x\\n\\n",\n}');
    expect(yaml('s: >\n  x\n  y\n\n  z\n')).toBe('{\n\ts = "x y\\nz\\n",\n}');
    expect(yaml("t: 'it''s'")).toBe('{\n\tt = "it\'s",\n}');
    expect(yaml('t: "a\\tb"')).toBe('{\n\tt = "a\\tb",\n}');
    expect(yaml('a: hello\n  world')).toBe('{\n\ta = "hello world",\n}');
    expect(yaml('# comment\nkey: value # trailing')).toBe('{\n\tkey = "value",\n}');
  });

  it('resolves plain scalars like yaml.v3', () => {
    expect(yaml('[0777, 1e3, .5, -.inf, 0b101, +5, 2024-01-01 10:20:30, ~, True, no]')).toBe(
      '[511, 1000, 0.5, -Inf, 5, 5, "2024-01-01T10:20:30Z", null, true, "no"]',
    );
  });

  it('follows anchors, aliases and merge keys', () => {
    expect(yaml('base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2')).toBe(
      '{\n\tbase = {\n\t\tx = 1,\n\t},\n\tderived = {\n\t\tx = 1,\n\t\ty = 2,\n\t},\n}',
    );
  });

  it('reads only the first document', () => {
    expect(yaml('---\na: 1\n...\n---\nb: 2\n')).toBe('{\n\ta = 1,\n}');
  });

  it('makes mappings with non-string keys opaque', () => {
    expect(yaml('1: a')).toBe('capsule("map[interface {}]interface {}")');
  });

  it('reports errors with yaml.v3 messages', () => {
    expect(() => decodeYaml('a: [1, 2')).toThrow("yaml: line 1: did not find expected ',' or ']'");
    expect(() => decodeYaml('x: 1\na: b: c')).toThrow(
      'yaml: line 2: mapping values are not allowed in this context',
    );
    expect(() => decodeYaml('a: "open')).toThrow('yaml: found unexpected end of stream');
    expect(() => decodeYaml('a: 1\nb: 2\na: 3')).toThrow(
      'yaml: unmarshal errors:\n  line 3: mapping key "a" already defined at line 1',
    );
  });
});
