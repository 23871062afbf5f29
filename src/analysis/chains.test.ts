import { describe, expect, it } from 'vitest';
import { parseExpression } from '../syntax';
import { chainOf, chainsIn, chainText } from './chains';

const texts = (source: string) =>
  chainsIn(parseExpression(source).expression).map((chain) => chainText(chain));

describe('reference chains', () => {
  it('reads an identifier and the names accessed right after it', () => {
    const chain = chainOf(parseExpression('prometheus.exporter.self.alloy.targets').expression);
    expect(chain?.parts.map((p) => p.name)).toEqual(['prometheus', 'exporter', 'self', 'alloy', 'targets']);
    expect(chain?.range).toEqual({ start: 0, end: 38 });
    expect(chain && chainText(chain, 2)).toBe('prometheus.exporter');
  });

  it('ends a chain at an index or a call, and looks inside them', () => {
    expect(texts('a.b[0].c')).toEqual(['a.b']);
    expect(texts('json_path(local.file.x.content, ".a")[0]')).toEqual(['json_path', 'local.file.x.content']);
    expect(texts('f(x).field')).toEqual(['f', 'x']);
  });

  it('finds chains in lists, objects and operators, in source order', () => {
    expect(texts('[a.receiver, {k = b.c + -d}, !e, (f)]')).toEqual(['a.receiver', 'b.c', 'd', 'e', 'f']);
  });

  it('finds none in literals', () => {
    expect(texts('["a", 1, true, null]')).toEqual([]);
    expect(chainOf(parseExpression('"a"').expression)).toBeNull();
  });
});
