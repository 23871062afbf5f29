import { describe, expect, it } from 'vitest';
import { editorModel } from './editorModel';
import { definitionAt, outline, referencesAt } from './navigation';
import type { Span } from '../syntax/span';
import { withCursor } from './testing';

const SOURCE = `logging {
	write_to = [loki.relabel.logs.receiver]
}

loki.relabel "logs" {
	forward_to = [loki.write.out.receiver]
}

loki.write "out" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

loki.source.file "files" {
	targets    = []
	forward_to = [loki.write.out.receiver, loki.relabel.logs.receiver]
}
`;

const text = (source: string, span: Span) => source.slice(span.start, span.end);
const offsetOf = (needle: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = SOURCE.indexOf(needle, at + 1);
  return at;
};

describe('definitionAt', () => {
  it('goes from a reference to the declaring block, selecting its name and label', () => {
    const model = editorModel(SOURCE);
    const definition = definitionAt(model, offsetOf('loki.write.out.receiver') + 12)!;
    expect(text(SOURCE, definition.header)).toBe('loki.write "out"');
    expect(text(SOURCE, definition.block)).toMatch(/^loki\.write "out" \{[\s\S]*\n\}$/);
  });

  it('works from any part of the reference, its export included', () => {
    const model = editorModel(SOURCE);
    const start = offsetOf('loki.relabel.logs.receiver');
    for (const offset of [start, start + 5, start + 'loki.relabel.logs.rec'.length]) {
      expect(text(SOURCE, definitionAt(model, offset)!.header)).toBe('loki.relabel "logs"');
    }
  });

  it('finds nothing on other text', () => {
    const model = editorModel(SOURCE);
    expect(definitionAt(model, offsetOf('http://'))).toBeNull();
    expect(definitionAt(model, offsetOf('forward_to'))).toBeNull();
  });

  it('resolves inside a declare body to the module’s own component', () => {
    const { source, offset } = withCursor(
      'loki.write "x" {}\ndeclare "m" {\n\tloki.write "x" {}\n\tloki.relabel "r" {\n\t\tforward_to = [loki.wr|ite.x.receiver]\n\t}\n}',
    );
    const definition = definitionAt(editorModel(source), offset)!;
    expect(source.slice(0, definition.header.start)).toContain('declare');
  });
});

describe('referencesAt', () => {
  it('lists every reference to the component, from a reference or from the declaration', () => {
    const model = editorModel(SOURCE);
    const expected = ['loki.write.out', 'loki.write.out'];
    expect(
      referencesAt(model, offsetOf('loki.write.out.receiver'), false).map((s) => text(SOURCE, s)),
    ).toEqual(expected);
    expect(referencesAt(model, offsetOf('"out"') + 2, false).map((s) => text(SOURCE, s))).toEqual(expected);
    const references = referencesAt(model, offsetOf('loki.write.out.receiver'), false);
    expect(references[0]!.start).toBe(offsetOf('loki.write.out.receiver'));
    expect(references[1]!.start).toBe(offsetOf('loki.write.out.receiver', 1));
  });

  it('puts the declaration first when asked', () => {
    const model = editorModel(SOURCE);
    const spans = referencesAt(model, offsetOf('loki.relabel.logs'), true).map((s) => text(SOURCE, s));
    expect(spans).toEqual(['loki.relabel "logs"', 'loki.relabel.logs', 'loki.relabel.logs']);
  });

  it('is empty where no component is named', () => {
    expect(referencesAt(editorModel(SOURCE), offsetOf('endpoint'), true)).toEqual([]);
  });
});

describe('outline', () => {
  it('has one entry per declared block', () => {
    expect(outline(editorModel(SOURCE)).map((entry) => [entry.name, entry.kind])).toEqual([
      ['logging', 'config'],
      ['loki.relabel "logs"', 'component'],
      ['loki.write "out"', 'component'],
      ['loki.source.file "files"', 'component'],
    ]);
  });
});
