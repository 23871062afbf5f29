import { describe, expect, it } from 'vitest';
import { parseLesson } from './lesson';
import { buildLessonSet, lessonChain } from './lesson-set';
import { referenceBefore, referenceConfig, starterConfig } from './configs';

const checks = JSON.stringify({
  roles: { writer: { type: 'loki.write' } },
  objectives: {
    write: [
      { check: 'value', role: 'writer', path: 'endpoint.url', equals: 'http://loki:3100/loki/api/v1/push' },
    ],
  },
});
const hints = JSON.stringify({
  write: {
    nudge: 'Where do logs go?',
    pointer: { text: 'Look at loki.write.', at: 'loki.write.x' },
    diff: '+url',
  },
});

function files(overrides: Record<string, string> = {}, id = 'one', extra = ''): Record<string, string> {
  return {
    'lesson.md': `---\nid: ${id}\ntitle: One\norder: 1\nkind: section\n${extra}objectives:\n  - write: Write\n---\nText.\n`,
    'skeleton.alloy': 'loki.write "x" {\n\t// TODO\n}\n',
    'solution.alloy':
      'loki.write "x" {\n\tendpoint {\n\t\turl = "http://loki:3100/loki/api/v1/push"\n\t}\n}\n',
    'hints.json': hints,
    'checks.json': checks,
    ...overrides,
  };
}

describe('parseLesson', () => {
  it('reads a complete lesson', () => {
    const result = parseLesson('01-one', files());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lesson).toMatchObject({
      id: 'one',
      order: 1,
      kind: 'section',
      buildsOn: null,
      part: null,
      text: 'Text.',
    });
    expect(result.lesson.objectives).toEqual([{ id: 'write', text: 'Write' }]);
  });

  it.each([
    ['a missing file', { 'hints.json': undefined }, '`hints.json` is missing'],
    [
      'an objective without checks',
      { 'checks.json': JSON.stringify({ roles: {}, objectives: {} }) },
      'objective `write` has no entry',
    ],
    [
      'a check for an unknown role',
      {
        'checks.json': JSON.stringify({
          roles: {},
          objectives: { write: [{ check: 'flow', from: 'a', via: 'forward_to', to: 'b' }] },
        }),
      },
      'uses the unknown role `a`',
    ],
    [
      'a misspelled clause key',
      {
        'checks.json': JSON.stringify({
          roles: { w: { type: 'loki.write' } },
          objectives: { write: [{ check: 'value', role: 'w', path: 'url', equal: 'x' }] },
        }),
      },
      'unknown key `equal`',
    ],
    [
      'a hint without a diff',
      { 'hints.json': JSON.stringify({ write: { nudge: 'n', pointer: { text: 't', at: 'a' } } }) },
      '`diff` is missing',
    ],
    ['broken JSON', { 'checks.json': '{' }, 'not valid JSON'],
    [
      'an unknown kind',
      { 'lesson.md': '---\nid: a\ntitle: A\norder: 1\nkind: chapter\nobjectives:\n  - write: W\n---\n' },
      '`kind` must be one of',
    ],
  ])('reports %s', (_, overrides, message) => {
    const given = files();
    for (const [name, text] of Object.entries(overrides)) {
      if (text === undefined) delete given[name];
      else given[name] = text;
    }
    const result = parseLesson('01-one', given);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });
});

describe('buildLessonSet', () => {
  const two = files(
    {
      'lesson.md':
        '---\nid: two\ntitle: Two\norder: 2\nkind: section\nbuilds_on: one\nobjectives:\n  - write: Write\n---\n',
      'skeleton.alloy': 'loki.process "p" {\n\t// TODO\n}\n',
      'solution.alloy':
        'loki.write "x" {\n\tendpoint {\n\t\turl = "http://loki:3100/loki/api/v1/push"\n\t}\n\texternal_labels = {a = "b"}\n}\n\nloki.process "p" {\n\tforward_to = []\n}\n',
    },
    'two',
  );
  const set = buildLessonSet({
    ...Object.fromEntries(Object.entries(files()).map(([name, text]) => [`lessons/01-one/${name}`, text])),
    ...Object.fromEntries(Object.entries(two).map(([name, text]) => [`../../lessons/02-two/${name}`, text])),
  });

  it('groups files by folder, orders lessons and follows builds_on', () => {
    expect(set.problems).toEqual([]);
    expect(set.lessons.map((lesson) => lesson.id)).toEqual(['one', 'two']);
    expect(lessonChain(set, set.byId.get('two')!).map((lesson) => lesson.id)).toEqual(['one', 'two']);
  });

  it('composes the reference before, the reference after and the starter', () => {
    const lesson = set.byId.get('two')!;
    expect(referenceBefore(set, lesson)).not.toContain('loki.process');
    const after = referenceConfig(set, lesson);
    expect(after.match(/loki\.write "x"/g)).toHaveLength(1);
    expect(after).toContain('external_labels');
    const starter = starterConfig(set, lesson);
    expect(starter).toContain('url = "http://loki:3100/loki/api/v1/push"');
    expect(starter).toContain('loki.process "p" {\n\t// TODO');
    expect(starterConfig(set, lesson, 'logging {}\n')).toBe(
      'logging {}\n\nloki.process "p" {\n\t// TODO\n}\n',
    );
  });

  it('reports duplicate ids and unknown or later builds_on targets', () => {
    const broken = buildLessonSet({
      ...Object.fromEntries(
        Object.entries(files({}, 'one', 'builds_on: later\n')).map(([n, t]) => [`a/${n}`, t]),
      ),
      ...Object.fromEntries(Object.entries(files({}, 'one')).map(([n, t]) => [`b/${n}`, t])),
    });
    expect(broken.problems.join('\n')).toContain('the id `one` is already used by a');
    expect(broken.problems.join('\n')).toContain('`builds_on` names the unknown lesson `later`');
  });
});
