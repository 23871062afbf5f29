import { describe, expect, it } from 'vitest';
import { buildLessonSet } from '../lessons';
import { createChecker } from './index';

const lesson = {
  'lesson.md': [
    '---',
    'id: demo',
    'title: Demo',
    'order: 1',
    'kind: section',
    'objectives:',
    '  - write: Write to Loki',
    '  - relabel: Label the logs',
    '---',
    'Text.',
  ].join('\n'),
  'skeleton.alloy': 'loki.relabel "logs" {\n\t// TODO\n}\n\nloki.write "mythical" {\n\t// TODO\n}\n',
  'solution.alloy': '',
  'hints.json': JSON.stringify({
    write: { nudge: 'n', pointer: { text: 't', at: 'loki.write.mythical' }, diff: '+x' },
    relabel: { nudge: 'n', pointer: { text: 't', at: 'loki.relabel.logs' }, diff: '+x' },
  }),
  'checks.json': JSON.stringify({
    roles: {
      relabel: { type: 'loki.relabel', label: 'logs' },
      writer: { type: 'loki.write', label: 'mythical', labelFixed: true },
    },
    objectives: {
      write: [
        {
          check: 'value',
          role: 'writer',
          path: 'endpoint.url',
          equals: 'http://loki:3100/loki/api/v1/push',
          says: 'sends to',
        },
        { check: 'flow', from: 'relabel', via: 'forward_to', to: 'writer' },
      ],
      relabel: [
        {
          check: 'logs',
          role: 'relabel',
          sample: 'the log lines',
          entry: { labels: { component: 'alloy' }, line: 'level=info' },
          expect: { labels: { service: 'alloy' } },
        },
      ],
    },
  }),
};
const checker = createChecker(
  buildLessonSet(Object.fromEntries(Object.entries(lesson).map(([name, text]) => [`demo/${name}`, text]))),
);

const relabel = (label: string, forward: string) =>
  `loki.relabel "${label}" {\n\trule {\n\t\ttarget_label = "service"\n\t\treplacement  = "alloy"\n\t}\n\tforward_to = [${forward}]\n}\n`;
const write = (label: string, url: string) =>
  `loki.write "${label}" {\n\tendpoint {\n\t\turl = ${url}\n\t}\n}\n`;

describe('checkLesson reports', () => {
  it('point at the attribute to fix and the component to mark', () => {
    const source =
      relabel('logs', 'loki.write.mythical.receiver') + write('mythical', '"http://loki:3100/api/v1/push"');
    const result = checker
      .checkLesson('demo', source)
      .objectives.find((objective) => objective.objectiveId === 'write');
    expect(result?.passed).toBe(false);
    expect(result?.nodeId).toBe('loki.write.mythical');
    const range = result?.range;
    expect(range && source.slice(range.start.offset, range.end.offset)).toBe(
      'url = "http://loki:3100/api/v1/push"',
    );
    expect(result?.message).toBe(
      '`loki.write.mythical` sends to `http://loki:3100/api/v1/push`, but the section asks for `http://loki:3100/loki/api/v1/push`.',
    );
  });

  it('confirm what passes', () => {
    const source =
      relabel('logs', 'loki.write.mythical.receiver') +
      write('mythical', '"http://loki:3100/loki/api/v1/push"');
    const report = checker.checkLesson('demo', source);
    expect(report.passed).toBe(true);
    expect(report.objectives.map((objective) => objective.message)).toEqual([
      '`loki.write.mythical` sends to `http://loki:3100/loki/api/v1/push`.',
      'The log lines leave `loki.relabel.logs` as asked.',
    ]);
  });

  it('find a component under another label when the label is free', () => {
    const source =
      relabel('mine', 'loki.write.mythical.receiver') +
      write('mythical', '"http://loki:3100/loki/api/v1/push"');
    expect(checker.checkLesson('demo', source).passed).toBe(true);
  });

  it('explain a fixed label', () => {
    const source =
      relabel('logs', 'loki.write.other.receiver') + write('other', '"http://loki:3100/loki/api/v1/push"');
    const result = checker.checkLesson('demo', source).objectives[0];
    expect(result?.message).toContain(
      'so this component\'s label must be `"mythical"`; yours is `loki.write.other`',
    );
    expect(result?.nodeId).toBe('loki.write.other');
  });

  it('say what to add when a component is missing', () => {
    const result = checker.checkLesson('demo', relabel('logs', '')).objectives[0];
    expect(result).toMatchObject({
      passed: false,
      message: 'There is no `loki.write` component yet; the section asks for `loki.write "mythical"`.',
      range: null,
      nodeId: null,
    });
  });

  it('do not guess values that are only known at run time', () => {
    const source = relabel('logs', 'loki.write.mythical.receiver') + write('mythical', 'sys.env("LOKI_URL")');
    expect(checker.checkLesson('demo', source).objectives[0]?.message).toBe(
      "`loki.write.mythical`'s `endpoint.url` is only known when Alloy runs, so the check cannot confirm it is `http://loki:3100/loki/api/v1/push`.",
    );
  });

  it('never throw, whatever the input', () => {
    for (const source of [
      '',
      '}{',
      'loki.write "mythical" {',
      '"\u0000\uffff',
      'a = [1, 2',
      'loki.relabel "logs" { rule { } }',
    ]) {
      const report = checker.checkLesson('demo', source);
      expect(report.lessonId).toBe('demo');
      expect(report.objectives).toHaveLength(2);
    }
  });
});
