import { describe, expect, it } from 'vitest';
import { editorModel } from './editorModel';
import { renameEdits, renameLocation, type TextEdit } from './rename';
import { withCursor } from './testing';

const SOURCE = `loki.relabel "logs" {
	forward_to = [loki.write.out.receiver]
}

loki.write "out" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

logging {
	write_to = [loki.write.out.receiver, loki.relabel.logs.receiver]
}
`;

/** Applies edits back to front so earlier offsets stay valid. */
function apply(source: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((text, edit) => text.slice(0, edit.span.start) + edit.text + text.slice(edit.span.end), source);
}

describe('renameLocation', () => {
  it('is the label text without its quotes on a declaration', () => {
    const offset = SOURCE.indexOf('"out"') + 1;
    const location = renameLocation(editorModel(SOURCE), offset);
    expect(location).toEqual({ span: { start: offset, end: offset + 3 }, text: 'out' });
  });

  it('is the label part of a reference', () => {
    const offset = SOURCE.indexOf('loki.write.out');
    const location = renameLocation(editorModel(SOURCE), offset + 2);
    expect(location).toEqual({ span: { start: offset + 11, end: offset + 14 }, text: 'out' });
  });

  it('explains why other places cannot be renamed', () => {
    const model = editorModel(SOURCE);
    expect(renameLocation(model, SOURCE.indexOf('endpoint'))).toHaveProperty('error');
    expect(renameLocation(model, SOURCE.indexOf('.receiver') + 3)).toHaveProperty('error');
    expect(renameLocation(model, SOURCE.indexOf('logging'))).toEqual({
      error: 'logging has no label to rename.',
    });
  });
});

describe('renameEdits', () => {
  it('renames the label and every reference to it', () => {
    const model = editorModel(SOURCE);
    const result = renameEdits(model, SOURCE.indexOf('loki.write.out'), 'loki_out');
    expect('edits' in result).toBe(true);
    if (!('edits' in result)) return;
    const renamed = apply(SOURCE, result.edits);
    expect(renamed).toContain('loki.write "loki_out" {');
    expect(renamed.match(/loki\.write\.loki_out\.receiver/g)).toHaveLength(2);
    expect(renamed).not.toMatch(/\bout\b/);
    // Nothing else changed.
    expect(renamed.replace(/loki_out/g, 'out')).toBe(SOURCE);
  });

  it('refuses a label that is not an identifier', () => {
    const model = editorModel(SOURCE);
    for (const label of ['', 'my-out', '1out', 'true', 'a b']) {
      expect(renameEdits(model, SOURCE.indexOf('"out"') + 1, label)).toHaveProperty('error');
    }
  });

  it('refuses a label another component of the same kind already has', () => {
    const { source, offset } = withCursor(
      'loki.write "a|" {}\nloki.write "b" {}\nloki.relabel "c" {\n\tforward_to = []\n}',
    );
    const model = editorModel(source);
    expect(renameEdits(model, offset, 'b')).toEqual({ error: 'loki.write "b" already exists (line 2).' });
    // Another component name may share the label.
    expect(renameEdits(model, offset, 'c')).toHaveProperty('edits');
  });
});
