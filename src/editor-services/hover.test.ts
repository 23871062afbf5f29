import { describe, expect, it } from 'vitest';
import { editorModel } from './editorModel';
import { hoverAt } from './hover';

const SOURCE = `logging {
	level    = "debug"
	write_to = [loki.write.out.receiver]
}

loki.write "out" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

mystery.thing "x" {
	a = 1
}
`;

const hover = (needle: string, delta = 0) => hoverAt(editorModel(SOURCE), SOURCE.indexOf(needle) + delta);
const text = (needle: string, delta = 0) => hover(needle, delta)?.contents.join('\n\n') ?? '';

describe('hoverAt', () => {
  it('describes a component: kind, stability, summary, exports and docs link', () => {
    const result = hover('loki.write "out"', 3)!;
    expect(SOURCE.slice(result.span.start, result.span.end)).toBe('loki.write "out"');
    const [headline, ...rest] = result.contents;
    expect(headline).toBe('**loki.write** — component, generally available');
    expect(rest.join('\n')).toContain('Exports: `receiver` (LogsReceiver)');
    expect(rest.at(-1)).toBe(
      '[Documentation](https://grafana.com/docs/alloy/latest/reference/components/loki/loki.write/)',
    );
  });

  it('describes a configuration block', () => {
    expect(text('logging')).toContain('**logging** — configuration block');
  });

  it('gives an argument’s type, whether it is required, its default and allowed values', () => {
    const level = hover('level')!;
    expect(SOURCE.slice(level.span.start, level.span.end)).toBe('level');
    expect(level.contents[0]).toBe('**level**: string · optional · default "info"');
    expect(level.contents[1]).toBe('One of `"debug"`, `"info"`, `"warn"`, `"error"`');
    expect(text('url')).toBe('**url**: string · required');
  });

  it('describes a nested block', () => {
    expect(text('endpoint')).toMatch(/^\*\*endpoint\*\* — block of `loki\.write` · optional · repeatable/);
  });

  it('shows what a reference points at', () => {
    const result = hover('loki.write.out.receiver', 20)!;
    expect(SOURCE.slice(result.span.start, result.span.end)).toBe('loki.write.out.receiver');
    expect(result.contents[0]).toBe(
      'Export `receiver` (LogsReceiver) of `loki.write.out`, declared on line 6',
    );
    expect(result.contents[1]).toBe('**loki.write** — component, generally available');
  });

  it('says so for an unknown component and stays quiet on its unknown attributes', () => {
    expect(text('mystery.thing')).toBe('**mystery.thing** — unknown component');
    expect(hover('a = 1')).toBeNull();
  });

  it('has nothing to say about values and punctuation', () => {
    expect(hover('"http://')).toBeNull();
    expect(hover('{')).toBeNull();
  });
});
