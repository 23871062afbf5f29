import { describe, expect, it } from 'vitest';
import { relabel } from './relabel';

const sample = new Map([
  ['__name__', 'pg_up'],
  ['job', 'integrations/postgres'],
  ['instance', 'postgresql://mythical-database:5432/postgres'],
]);

function labelsAfter(rules: object[]) {
  const outcome = relabel(rules as never[], sample);
  return outcome.labels && Object.fromEntries(outcome.labels);
}

describe('relabel', () => {
  it('writes a replacement when a rule has only a target label (the default action is replace)', () => {
    expect(labelsAfter([{ target_label: 'group', replacement: 'infrastructure' }])).toMatchObject({
      group: 'infrastructure',
    });
  });

  it('treats an explicit default the same as an omitted one', () => {
    const explicit = labelsAfter([
      {
        action: 'replace',
        regex: '(.*)',
        source_labels: [],
        target_label: 'service',
        replacement: 'postgres',
      },
    ]);
    expect(explicit).toEqual(labelsAfter([{ target_label: 'service', replacement: 'postgres' }]));
  });

  it('expands capture groups from the source labels, anchored', () => {
    const labels = labelsAfter([
      {
        source_labels: ['instance'],
        regex: '^postgresql://(.+)',
        target_label: 'instance',
        replacement: '$1',
      },
      { source_labels: ['job'], regex: 'integrations', target_label: 'never', replacement: 'x' },
    ]);
    expect(labels).toMatchObject({ instance: 'mythical-database:5432/postgres' });
    expect(labels).not.toHaveProperty('never');
  });

  it('follows Go template names: $1x names a group called 1x', () => {
    expect(
      labelsAfter([{ source_labels: ['job'], regex: '(.*)', target_label: 'a', replacement: '$1x' }]),
    ).not.toHaveProperty('a');
    expect(
      labelsAfter([{ source_labels: ['job'], regex: '(.*)', target_label: 'a', replacement: '${1}x' }]),
    ).toMatchObject({
      a: 'integrations/postgresx',
    });
  });

  it('keeps, drops and filters label names', () => {
    expect(labelsAfter([{ action: 'drop', source_labels: ['__name__'], regex: 'pg_.*' }])).toBeNull();
    expect(labelsAfter([{ action: 'keep', source_labels: ['__name__'], regex: 'up' }])).toBeNull();
    expect(labelsAfter([{ action: 'labeldrop', regex: 'inst.*' }])).not.toHaveProperty('instance');
    expect(Object.keys(labelsAfter([{ action: 'labelkeep', regex: '__name__|job' }]) ?? {})).toEqual([
      '__name__',
      'job',
    ]);
  });

  it('removes the target label when the replacement comes out empty', () => {
    expect(labelsAfter([{ target_label: 'job', replacement: '' }])).not.toHaveProperty('job');
  });

  it('says when it cannot follow a rule', () => {
    const outcome = relabel(
      [{ action: 'hashmod', source_labels: ['job'], modulus: 4, target_label: 'shard' }],
      sample,
    );
    expect(outcome.unsure).toEqual(['rule 1: the action `hashmod` cannot be followed here']);
  });
});
