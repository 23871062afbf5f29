import { describe, expect, it } from 'vitest';
import { parse, type Span } from '../syntax';
import { parsePointer, pointersInMarkdown, resolvePointer } from './pointer';

const source = `prometheus.remote_write "default" {
	endpoint {
		url = "http://mimir:9009/api/v1/push"
	}
}

loki.process "p" {
	stage.json {
		expressions = {body = ""}
	}
}
`;
const file = parse(source).ast;

function text(span: Span): string {
  return source.slice(span.start, span.end);
}

describe('config pointers', () => {
  it('splits a pointer into block id and path', () => {
    expect(parsePointer('loki.write.mythical#endpoint.url')).toEqual({
      blockId: 'loki.write.mythical',
      path: ['endpoint', 'url'],
    });
    expect(parsePointer('logging')).toEqual({ blockId: 'logging', path: [] });
  });

  it('resolves a component, a nested block and an attribute', () => {
    expect(text(resolvePointer(file, 'prometheus.remote_write.default')!.range)).toMatch(
      /^prometheus\.remote_write/,
    );
    expect(text(resolvePointer(file, 'prometheus.remote_write.default#endpoint')!.range)).toMatch(
      /^endpoint \{/,
    );
    const url = resolvePointer(file, 'prometheus.remote_write.default#endpoint.url');
    expect(url?.complete).toBe(true);
    expect(text(url!.range)).toBe('url = "http://mimir:9009/api/v1/push"');
  });

  it('follows block names that contain dots', () => {
    const expressions = resolvePointer(file, 'loki.process.p#stage.json.expressions');
    expect(expressions?.complete).toBe(true);
    expect(text(expressions!.range)).toBe('expressions = {body = ""}');
  });

  it('stops at the deepest match and says so', () => {
    const partial = resolvePointer(file, 'prometheus.remote_write.default#endpoint.nope');
    expect(partial?.complete).toBe(false);
    expect(text(partial!.range)).toMatch(/^endpoint \{/);
    expect(resolvePointer(file, 'loki.write.missing')).toBeNull();
  });

  it('finds the pointers in Markdown links', () => {
    expect(
      pointersInMarkdown('See [url](alloy:a.b.c#d) and [x](https://e.f) and [`y`](alloy:logging).'),
    ).toEqual(['a.b.c#d', 'logging']);
  });
});
