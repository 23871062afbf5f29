import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildRule, hashmod, relabel, type RuleSettings } from './relabel';

const run = (labels: Record<string, string>, ...rules: RuleSettings[]) =>
  relabel(labels, rules.map(buildRule));

describe('relabel rules (Prometheus semantics)', () => {
  it('replace without source labels writes the replacement (the workshop rules)', () => {
    expect(run({ component: 'alloy' }, { targetLabel: 'group', replacement: 'infrastructure' })).toEqual({
      component: 'alloy',
      group: 'infrastructure',
    });
  });

  it('replace expands capture groups of the anchored regex', () => {
    const rule = {
      sourceLabels: ['instance'],
      targetLabel: 'instance',
      regex: '^postgresql://(.+)',
      replacement: '$1',
    };
    expect(run({ instance: 'postgresql://mythical-database:5432/postgres' }, rule)).toEqual({
      instance: 'mythical-database:5432/postgres',
    });
    // Anchored: a partial match is no match, and nothing changes.
    expect(run({ a: 'xfoo' }, { sourceLabels: ['a'], regex: 'foo', targetLabel: 'b' })).toEqual({
      a: 'xfoo',
    });
  });

  it('treats an explicit default the same as an omitted one', () => {
    const labels = { job: 'integrations/postgres' };
    expect(
      run(labels, {
        action: 'replace',
        regex: '(.*)',
        sourceLabels: [],
        targetLabel: 'service',
        replacement: 'postgres',
      }),
    ).toEqual(run(labels, { targetLabel: 'service', replacement: 'postgres' }));
  });

  it('follows Go template names: $1x names a group called 1x', () => {
    const labels = { job: 'integrations/postgres' };
    expect(
      run(labels, { sourceLabels: ['job'], regex: '(.*)', targetLabel: 'a', replacement: '$1x' }),
    ).not.toHaveProperty('a');
    expect(
      run(labels, { sourceLabels: ['job'], regex: '(.*)', targetLabel: 'a', replacement: '${1}x' }),
    ).toMatchObject({ a: 'integrations/postgresx' });
  });

  it('replace joins source labels with the separator and removes the target when the result is empty', () => {
    expect(run({ a: '1', b: '2' }, { sourceLabels: ['a', 'b'], targetLabel: 'c' })).toEqual({
      a: '1',
      b: '2',
      c: '1;2',
    });
    expect(run({ a: '1', c: 'x' }, { sourceLabels: ['missing'], targetLabel: 'c' })).toEqual({ a: '1' });
  });

  it('keep and drop filter on the joined value', () => {
    expect(run({ job: 'a' }, { action: 'keep', sourceLabels: ['job'], regex: 'a|b' })).toEqual({ job: 'a' });
    expect(run({ job: 'c' }, { action: 'keep', sourceLabels: ['job'], regex: 'a|b' })).toBeNull();
    expect(run({ job: 'a' }, { action: 'drop', sourceLabels: ['job'], regex: 'a' })).toBeNull();
  });

  it('keepequal and dropequal compare with the target label', () => {
    const labels = { a: 'x', b: 'x', c: 'y' };
    expect(run(labels, { action: 'keepequal', sourceLabels: ['a'], targetLabel: 'b' })).toEqual(labels);
    expect(run(labels, { action: 'keepequal', sourceLabels: ['a'], targetLabel: 'c' })).toBeNull();
    expect(run(labels, { action: 'dropequal', sourceLabels: ['a'], targetLabel: 'b' })).toBeNull();
  });

  it('hashmod takes the last eight bytes of the MD5, big-endian', () => {
    const digest = createHash('md5').update('mythical-server:4000').digest();
    expect(hashmod('mythical-server:4000', 7)).toBe(Number(digest.readBigUInt64BE(8) % 7n));
    expect(
      run(
        { __address__: 'a' },
        { action: 'hashmod', sourceLabels: ['__address__'], targetLabel: 'shard', modulus: 3 },
      ),
    ).toEqual({
      __address__: 'a',
      shard: String(hashmod('a', 3)),
    });
  });

  it('labelmap copies matching labels under the expanded name', () => {
    expect(run({ __meta_service: 'loki', other: '1' }, { action: 'labelmap', regex: '__meta_(.+)' })).toEqual(
      {
        __meta_service: 'loki',
        service: 'loki',
        other: '1',
      },
    );
  });

  it('labeldrop and labelkeep match label names', () => {
    const labels = { instance_id: 'aws-1', method: '0', table: 'owlbear' };
    expect(run(labels, { action: 'labeldrop', regex: 'instance_id' })).toEqual({
      method: '0',
      table: 'owlbear',
    });
    expect(run(labels, { action: 'labelkeep', regex: 'method|table' })).toEqual({
      method: '0',
      table: 'owlbear',
    });
  });

  it('lowercase and uppercase write the changed value', () => {
    expect(run({ a: 'MiXed' }, { action: 'lowercase', sourceLabels: ['a'], targetLabel: 'b' })).toEqual({
      a: 'MiXed',
      b: 'mixed',
    });
    expect(run({ a: 'MiXed' }, { action: 'uppercase', sourceLabels: ['a'], targetLabel: 'a' })).toEqual({
      a: 'MIXED',
    });
  });

  it('the Mission 2 rules collapse instance ids into a cloud provider', () => {
    const labels = {
      __name__: 'mythical_db_request_count_total',
      instance_id: 'gcp-ik3j9x2qa',
      table: 'owlbear',
    };
    expect(
      run(
        labels,
        {
          sourceLabels: ['instance_id'],
          targetLabel: 'cloud_provider',
          regex: '^(aws|gcp|azure)-.+',
          replacement: '$1',
        },
        { action: 'labeldrop', regex: 'instance_id' },
      ),
    ).toEqual({ __name__: 'mythical_db_request_count_total', table: 'owlbear', cloud_provider: 'gcp' });
  });

  it('rejects rules Alloy rejects, with its messages', () => {
    expect(() => buildRule({ action: 'replace' })).toThrow(
      "relabel configuration for replace action requires 'target_label' value",
    );
    expect(() => buildRule({ action: 'hashmod', targetLabel: 'x' })).toThrow('requires non-zero modulus');
    expect(() => buildRule({ action: 'labeldrop', regex: 'x', targetLabel: 'y' })).toThrow(
      "labeldrop action requires only 'regex', and no other fields",
    );
    expect(() => buildRule({ action: 'frobnicate' })).toThrow('unknown relabel action "frobnicate"');
  });
});
