import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter';

describe('parseFrontMatter', () => {
  it('reads scalars, quoted scalars and lists of pairs, and returns the body', () => {
    const result = parseFrontMatter(
      [
        '---',
        'id: section-1',
        'title: "Section 1: Collect logs"',
        'order: 2',
        'objectives:',
        '  - logging: "Use the `logging` block"',
        '  - write: Write to Loki',
        "  - quote: 'It''s `here`'",
        '---',
        '',
        'Text.',
      ].join('\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fields.get('title')).toBe('Section 1: Collect logs');
    expect(result.value.fields.get('order')).toBe('2');
    expect(result.value.fields.get('objectives')).toEqual([
      { key: 'logging', value: 'Use the `logging` block' },
      { key: 'write', value: 'Write to Loki' },
      { key: 'quote', value: "It's `here`" },
    ]);
    expect(result.value.body).toBe('\nText.');
  });

  it('accepts Windows line endings', () => {
    const result = parseFrontMatter('---\r\nid: a\r\n---\r\nbody');
    expect(result.ok && result.value.fields.get('id')).toBe('a');
  });

  it.each([
    ['no opening line', 'id: a\n---\n', 'must start with a front matter block'],
    ['no closing line', '---\nid: a\n', 'not closed'],
    [
      'a plain value YAML would misread',
      '---\ntitle: Section 1: Logs\n---\n',
      'put `Section 1: Logs` in quotes',
    ],
    ['a leading backquote', '---\ntitle: `x`\n---\n', 'in quotes'],
    ['a broken quoted value', '---\ntitle: "open\n---\n', 'not a valid double-quoted string'],
    ['a broken single-quoted value', "---\ntitle: 'it's'\n---\n", 'not a valid single-quoted string'],
    ['a duplicated key', '---\nid: a\nid: b\n---\n', '`id` is given twice'],
    ['a stray list item', '---\nid: a\n  - b\n---\n', 'must follow a key'],
    ['a line that is neither', '---\njust words\n---\n', 'expected `key: value`'],
  ])('rejects %s with a message naming the line', (_, text, message) => {
    const result = parseFrontMatter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });
});
