import { describe, expect, it } from 'vitest';
import { closestName, editDistance, suggestNames, suggestionLimit } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('url', 'urls')).toBe(1);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('loki.wirte', 'loki.write')).toBe(1);
    expect(editDistance('forwrad_to', 'forward_to')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['scrape', 'scarpe'],
      ['relabel', 'label'],
      ['', 'x'],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });

  it('stops early past a limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('suggestNames', () => {
  const names = ['forward_to', 'targets', 'scrape_interval', 'scrape_timeout', 'job_name'];

  it('returns the nearest names first', () => {
    expect(suggestNames('forwad_to', names)).toEqual(['forward_to']);
    expect(suggestNames('scrape_timout', names)[0]).toBe('scrape_timeout');
    expect(closestName('target', names)).toBe('targets');
  });

  it('ignores case differences but ranks them first', () => {
    expect(suggestNames('Targets', names)).toEqual(['targets']);
  });

  it('leaves out names too far away, and the name itself', () => {
    expect(suggestNames('xyz', names)).toEqual([]);
    expect(suggestNames('targets', names)).toEqual([]);
    expect(closestName('completely_else', names)).toBeNull();
  });

  it('returns at most max names', () => {
    expect(suggestNames('aa', ['ab', 'ac', 'ad', 'ae'], 2)).toEqual(['ab', 'ac']);
  });

  it('allows about one edit per three characters', () => {
    expect(suggestionLimit('ab')).toBe(1);
    expect(suggestionLimit('forward_to')).toBe(3);
  });
});
