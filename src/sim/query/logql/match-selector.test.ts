import { describe, expect, it } from 'vitest';
import { matchesSelector, parseMatchSelector } from './match-selector';

const labels = new Map([
  ['component', 'alloy'],
  ['service', 'alloy'],
]);

function matches(selector: string, line: string): boolean {
  return matchesSelector(parseMatchSelector(selector), labels, line);
}

describe('LogQL selectors for stage.match', () => {
  it('matches labels exactly or by anchored regular expression', () => {
    expect(matches('{service="alloy"}', 'x')).toBe(true);
    expect(matches('{service=~"all"}', 'x')).toBe(false);
    expect(matches('{service=~"all.*", component!="loki"}', 'x')).toBe(true);
    expect(matches('{missing=""}', 'x')).toBe(true);
  });

  it('applies line filters in order', () => {
    expect(matches('{service="alloy"} |= "level=debug"', 'ts=1 level=debug msg=x')).toBe(true);
    expect(matches('{service="alloy"} |= "level=debug" != "msg=x"', 'ts=1 level=debug msg=x')).toBe(false);
    expect(matches('{service="alloy"} |~ `level=(debug|info)`', 'level=info')).toBe(true);
    expect(matches('{service="alloy"} !~ "duration=\\\\d+ms"', 'duration=52ms')).toBe(false);
  });

  it('rejects what is not a selector', () => {
    expect(() => parseMatchSelector('service="alloy"')).toThrow();
    expect(() => parseMatchSelector('{}')).toThrow();
    expect(() => parseMatchSelector('{a="b"} | json')).toThrow('only line filters may follow the selector');
    // LogQL strings follow Go's escapes: `\d` must be written `\\d`.
    expect(() => parseMatchSelector('{a="b"} |~ "\\d"')).toThrow('unknown escape sequence');
  });
});
